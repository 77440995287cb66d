import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { centsToEuros, formerNameOf, LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { bigintCents, dateArray, numericValue } from "../money";
import { AidNature, FunderKind, PaymentConditions } from "./funding.enums";

/**
 * Funding the association received. Beside the funder kind, the year, the project share and the scheme's
 * name, every field maps onto a column of the French SCDL *subventions* open-data standard (v2.1.1), named
 * in its description; `fundingOpenData` writes the rows (schema/scdl/subventions-2.1.1.schema.json). The
 * association is the sole beneficiary of every funding recorded here, so the SCDL share of the grant
 * (`pourcentageSubvention`) is always 1.00 and `montant` is the whole grant.
 */
@Entity("funding")
@Index(["year"])
@Check(`"amount_cents" > 0`)
@Check(`"subsidy_percentage" > 0 AND "subsidy_percentage" <= 100`)
@ObjectType({ description: "Funding received by the association (public: grants are open data)." })
export class Funding {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => Int, { description: "Year the funding is for (the report counts it in this year)." })
  @Column({ type: "int" })
  year!: number;

  @Field(() => FunderKind, { description: "Kind of funder: city, metropolis, department, region, state…" })
  @Column({ name: "funder_kind", type: "enum", enum: FunderKind, enumName: "funder_kind" })
  funderKind!: FunderKind;

  @Field({ description: "SCDL `nomAttribuant`: official name of the attributing body." })
  @Column({ name: "attributing_body_name", type: "varchar", length: 200 })
  attributingBodyName!: string;

  @Field({ description: "SCDL `idAttribuant`: SIRET of the attributing body." })
  @Column({ name: "attributing_body_siret", type: "varchar", length: 14 })
  attributingBodySiret!: string;

  @Field(() => LocalDate, { description: "SCDL `dateConvention`: date of the agreement (convention)." })
  @Column({ name: "agreement_date", type: "date" })
  agreementDate!: IsoDate;

  @Field(() => String, {
    nullable: true,
    description: "SCDL `referenceDecision`: reference of the decision.",
  })
  @Column({ name: "decision_reference", type: "varchar", length: 100, nullable: true })
  decisionReference!: string | null;

  @Field({ description: "SCDL `nomBeneficiaire`: name of the beneficiary." })
  @Column({ name: "beneficiary_name", type: "varchar", length: 200 })
  beneficiaryName!: string;

  @Field(() => String, { nullable: true, description: "SCDL `idBeneficiaire`: SIRET of the beneficiary." })
  @Column({ name: "beneficiary_siret", type: "varchar", length: 14, nullable: true })
  beneficiarySiret!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "SCDL `rnaBeneficiaire`: RNA number of the beneficiary.",
  })
  @Column({ name: "beneficiary_rna", type: "varchar", length: 10, nullable: true })
  beneficiaryRna!: string | null;

  @Field({ description: "SCDL `objet`: purpose of the funding (French)." })
  @Column({ type: "text" })
  object!: string;

  @Column({ name: "amount_cents", type: "bigint", transformer: bigintCents })
  amountCents!: number;

  @Field(() => Float, { description: "SCDL `montant`: amount in euros, exact to the cent." })
  get amount(): number {
    return centsToEuros(this.amountCents);
  }

  @Field(() => [AidNature], { description: "SCDL `nature`: cash, in kind, or both." })
  @Column({ type: "enum", enum: AidNature, enumName: "aid_nature", array: true })
  natures!: AidNature[];

  @Field(() => PaymentConditions, {
    description: "SCDL `conditionsVersement`: single payment or instalments.",
  })
  @Column({
    name: "payment_conditions",
    type: "enum",
    enum: PaymentConditions,
    enumName: "payment_conditions",
  })
  paymentConditions!: PaymentConditions;

  @Field(() => [LocalDate], {
    description:
      "SCDL `datesPeriodeVersement`: the payment dates (one for a single payment; first and last for a period).",
  })
  @Column({ name: "payment_dates", type: "date", array: true, transformer: dateArray })
  paymentDates!: IsoDate[];

  @Field(() => String, { nullable: true, description: "SCDL `idRAE`: number in the aid register, if any." })
  @Column({ name: "rae_id", type: "varchar", length: 50, nullable: true })
  raeId!: string | null;

  @Field(
    formerNameOf(
      "isEuNotified",
      "SCDL `notificationUE`: whether the aid was notified to the European Commission.",
    ),
  )
  @Column({ name: "eu_notification", type: "boolean", default: false })
  euNotification!: boolean;

  @Field({
    description:
      "SCDL `notificationUE`: whether the aid was notified to the European Commission (booleans are is…/has…).",
  })
  get isEuNotified(): boolean {
    return this.euNotification;
  }

  @Field(() => Float, {
    description:
      "Share of the funded project's budget this aid covers, in percent (0–100]. The association's own figure, not SCDL `pourcentageSubvention` (the beneficiary's share of the grant, 1.00 here: the association is the sole beneficiary).",
  })
  @Column({ name: "subsidy_percentage", type: "numeric", precision: 5, scale: 2, transformer: numericValue })
  subsidyPercentage!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "Name of the aid scheme or call, if any (« Contrat de ville »…), for people; SCDL wants its identifier, `schemeId`.",
  })
  @Column({ type: "varchar", length: 200, nullable: true })
  scheme!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "SCDL `dispositifAide`: identifier of the aid scheme in the funder's own « dispositifs d'aide » open data (`id_aide`), if the funder publishes one.",
  })
  @Column({ name: "scheme_id", type: "varchar", length: 200, nullable: true })
  schemeId!: string | null;

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;
}
