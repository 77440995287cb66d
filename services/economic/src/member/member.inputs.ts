import { Field, Float, ID, InputType, Int } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from "class-validator";
import { LocalDate, MAX_REPORT_YEAR, MIN_REPORT_YEAR, type IsoDate } from "@pole/subgraph-kit";
import { IsDecimal, IsEuros, IsRna, IsSiret, IsWebUrl, MAX_EUROS } from "../common/validators";
import { Activity, LegalForm, MembershipKind } from "./member.enums";

@InputType({ description: "A new member structure (staff)." })
export class CreateMemberInput {
  @Field({ description: "Name of the structure, 1–200 characters." })
  @Length(1, 200)
  name!: string;

  @Field(() => LegalForm, { description: "Legal form; its INSEE catégorie juridique follows from it." })
  legalForm!: LegalForm;

  @Field(() => [Activity], { description: "Activities, 1 to 12, each once." })
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ArrayUnique()
  activities!: Activity[];

  @Field(() => MembershipKind, { description: "Installed in the building or associated, from joinedOn." })
  membershipKind!: MembershipKind;

  @Field(() => LocalDate, { description: "Date the structure joins the Pôle." })
  joinedOn!: IsoDate;

  @Field(() => String, { nullable: true, description: "SIRET: 14 digits with a valid check digit." })
  @IsOptional()
  @IsSiret()
  siret?: string | null;

  @Field(() => String, { nullable: true, description: "RNA number, associations only: W and 9 digits." })
  @IsOptional()
  @IsRna()
  rnaNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Public presentation (French), up to 2,000 characters.",
  })
  @IsOptional()
  @MaxLength(2000)
  publicDescription?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Website: an absolute http or https URL with a domain name, up to 2,000 characters.",
  })
  @IsOptional()
  @IsWebUrl()
  website?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Address of the logo image: an absolute https URL with a domain name, up to 2,000 characters.",
  })
  @IsOptional()
  @IsWebUrl({ httpsOnly: true })
  logoUrl?: string | null;
}

@InputType({
  description: "Changes to a member's profile (staff, or the member itself); only the fields given change.",
})
export class UpdateMemberInput {
  @Field(() => ID, { description: "The member." })
  @IsUUID()
  id!: string;

  @Field({ nullable: true, description: "New name, 1–200 characters." })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => LegalForm, { nullable: true, description: "New legal form." })
  @IsOptional()
  legalForm?: LegalForm;

  @Field(() => [Activity], { nullable: true, description: "New activities, 1 to 12, each once." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ArrayUnique()
  activities?: Activity[];

  @Field(() => String, { nullable: true, description: "New SIRET; null clears it." })
  @IsOptional()
  @IsSiret()
  siret?: string | null;

  @Field(() => String, { nullable: true, description: "New RNA number (associations only); null clears it." })
  @IsOptional()
  @IsRna()
  rnaNumber?: string | null;

  @Field(() => String, { nullable: true, description: "New public presentation; null clears it." })
  @IsOptional()
  @MaxLength(2000)
  publicDescription?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "New website (absolute http or https URL); null clears it.",
  })
  @IsOptional()
  @IsWebUrl()
  website?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "New logo address (absolute https URL of an image); null clears it.",
  })
  @IsOptional()
  @IsWebUrl({ httpsOnly: true })
  logoUrl?: string | null;
}

@InputType({ description: "A member leaves the Pôle (staff)." })
export class RecordMemberDepartureInput {
  @Field(() => ID, { description: "The member." })
  @IsUUID()
  memberId!: string;

  @Field(() => LocalDate, { description: "Last day as a member; its open leases end that day too." })
  leftOn!: IsoDate;
}

@InputType({ description: "A member moves into or out of the building (staff)." })
export class RecordMembershipChangeInput {
  @Field(() => ID, { description: "The member." })
  @IsUUID()
  memberId!: string;

  @Field(() => MembershipKind, {
    description: "The new kind: INSTALLED (moves in) or ASSOCIATED (moves out).",
  })
  kind!: MembershipKind;

  @Field(() => LocalDate, {
    description: "First day under the new kind; moving out ends the member's open leases the day before.",
  })
  effectiveOn!: IsoDate;
}

@InputType({
  description: "A member's figures for one year (staff, or the member itself); replaces that year's figures.",
})
export class RecordMemberYearInput {
  @Field(() => ID, { description: "The member." })
  @IsUUID()
  memberId!: string;

  @Field(() => Int, { description: "Calendar year; the member must have been a member during it." })
  @IsInt()
  @Min(MIN_REPORT_YEAR)
  @Max(MAX_REPORT_YEAR)
  year!: number;

  @Field(() => Float, { description: "Full-time equivalents, 0–10,000, at most two decimals." })
  @IsDecimal({ min: 0, max: 10_000 })
  fte!: number;

  @Field(() => Int, { description: "Permanent employees at the end of the year." })
  @IsInt()
  @Min(0)
  @Max(100_000)
  permanentEmployees!: number;

  @Field(() => Float, { description: "Budget in euros." })
  @IsEuros()
  budget!: number;

  @Field(() => Float, { description: "Revenue (chiffre d'affaires) in euros." })
  @IsEuros()
  revenue!: number;

  @Field(() => Float, { description: "Equity (fonds propres) in euros; may be negative." })
  @IsEuros({ min: -MAX_EUROS })
  equity!: number;
}
