import { Field, Float, InputType, Int, registerEnumType } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsInt,
  IsOptional,
  Length,
  Max,
  MaxLength,
  Min,
} from "class-validator";
import { LocalDate, MAX_REPORT_YEAR, MIN_REPORT_YEAR, type IsoDate } from "@pole/subgraph-kit";
import { SortInput } from "../common/listing";
import { IsDecimal, IsEuros, IsRna, IsSiret } from "../common/validators";
import { AidNature, FunderKind, PaymentConditions } from "./funding.enums";

@InputType({ description: "Narrows the list of funding; every given criterion must hold." })
export class FundingFilter {
  @Field(() => Int, { nullable: true, description: "Only funding for this year." })
  @IsOptional()
  @IsInt()
  @Min(MIN_REPORT_YEAR)
  @Max(MAX_REPORT_YEAR)
  year?: number;

  @Field(() => FunderKind, { nullable: true, description: "Only funding from this kind of funder." })
  funderKind?: FunderKind;
}

export enum FundingSortField {
  AGREEMENT_DATE = "AGREEMENT_DATE",
  AMOUNT = "AMOUNT",
  YEAR = "YEAR",
}

registerEnumType(FundingSortField, {
  name: "FundingSortField",
  description: "Field the funding list is sorted by.",
  valuesConfig: {
    AGREEMENT_DATE: { description: "Date of the agreement." },
    AMOUNT: { description: "Amount." },
    YEAR: { description: "Year funded, then agreement date." },
  },
});

export const FundingSort = SortInput("Funding", FundingSortField, FundingSortField.AGREEMENT_DATE);
export type FundingSort = InstanceType<typeof FundingSort>;

@InputType({ description: "Funding the association received (staff), in the SCDL subventions fields." })
export class RecordFundingInput {
  @Field(() => Int, { description: "Year funded." })
  @IsInt()
  @Min(MIN_REPORT_YEAR)
  @Max(MAX_REPORT_YEAR)
  year!: number;

  @Field(() => FunderKind, { description: "Kind of funder." })
  funderKind!: FunderKind;

  @Field({ description: "nomAttribuant: official name of the funder, 1–200 characters." })
  @Length(1, 200)
  attributingBodyName!: string;

  @Field({ description: "idAttribuant: SIRET of the funder." })
  @IsSiret()
  attributingBodySiret!: string;

  @Field(() => LocalDate, { description: "dateConvention: date of the agreement." })
  agreementDate!: IsoDate;

  @Field(() => String, { nullable: true, description: "referenceDecision: reference of the decision." })
  @IsOptional()
  @MaxLength(100)
  decisionReference?: string | null;

  @Field({ description: "nomBeneficiaire: name of the beneficiary, 1–200 characters." })
  @Length(1, 200)
  beneficiaryName!: string;

  @Field(() => String, { nullable: true, description: "idBeneficiaire: SIRET of the beneficiary." })
  @IsOptional()
  @IsSiret()
  beneficiarySiret?: string | null;

  @Field(() => String, { nullable: true, description: "rnaBeneficiaire: RNA number of the beneficiary." })
  @IsOptional()
  @IsRna()
  beneficiaryRna?: string | null;

  @Field({ description: "objet: purpose (French), 1–256 characters (the SCDL limit)." })
  @Length(1, 256)
  object!: string;

  @Field(() => Float, { description: "montant: amount in euros, above 0." })
  @IsEuros({ min: 0.01 })
  amount!: number;

  @Field(() => [AidNature], { description: "nature: cash, in kind, or both." })
  @ArrayMinSize(1)
  @ArrayUnique()
  natures!: AidNature[];

  @Field(() => PaymentConditions, { description: "conditionsVersement: one payment or instalments." })
  paymentConditions!: PaymentConditions;

  @Field(() => [LocalDate], {
    description: "datesPeriodeVersement: one date for a single payment, two or more for instalments.",
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(24)
  paymentDates!: IsoDate[];

  @Field(() => String, {
    nullable: true,
    description:
      "idRAE: number in the register of aids to enterprises, at most 5 characters (the SCDL limit).",
  })
  @IsOptional()
  @MaxLength(5)
  raeId?: string | null;

  @Field({ defaultValue: false, description: "notificationUE: notified to the European Commission." })
  euNotification!: boolean;

  @Field(() => Float, {
    description:
      "Share of the funded project's budget this aid covers, in percent (0–100]; not SCDL pourcentageSubvention, which is 1.00 (the association is the sole beneficiary).",
  })
  @IsDecimal({ above: 0, max: 100 })
  subsidyPercentage!: number;

  @Field(() => String, { nullable: true, description: "Name of the aid scheme or call, for people." })
  @IsOptional()
  @MaxLength(200)
  scheme?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "dispositifAide: identifier of the aid scheme in the funder's « dispositifs d'aide » open data (id_aide), 1–200 characters.",
  })
  @IsOptional()
  @Length(1, 200)
  schemeId?: string | null;
}
