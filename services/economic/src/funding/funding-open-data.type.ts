import { Field, Float, ObjectType } from "type-graphql";

/**
 * One funding received, as a row of the French SCDL « subventions » open-data standard (v2.1.1,
 * schema.data.gouv.fr/scdl/subventions): the field names are its column names in its order, the values its
 * formats; schema/scdl/subventions-2.1.1.schema.json is the standard's field list as a JSON Schema.
 */
@ObjectType({
  description:
    "A funding received, as a row of the SCDL « subventions » open-data standard (v2.1.1); the fields are its columns, in its order (schema/scdl/subventions-2.1.1.schema.json).",
})
export class ScdlSubventionRow {
  @Field({ description: "nomAttribuant: official name of the attributing body." })
  nomAttribuant!: string;

  @Field({ description: "idAttribuant: SIRET of the attributing body (14 digits)." })
  idAttribuant!: string;

  @Field({ description: "dateConvention: date of the agreement, AAAA-MM-JJ." })
  dateConvention!: string;

  @Field(() => String, {
    nullable: true,
    description: "referenceDecision: the funder's reference of the decision.",
  })
  referenceDecision!: string | null;

  @Field({ description: "nomBeneficiaire: name of the beneficiary." })
  nomBeneficiaire!: string;

  @Field(() => String, {
    nullable: true,
    description: "idBeneficiaire: SIRET of the beneficiary (14 digits); this or rnaBeneficiaire is given.",
  })
  idBeneficiaire!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "rnaBeneficiaire: RNA number of the beneficiary association (W and 9 digits).",
  })
  rnaBeneficiaire!: string | null;

  @Field({ description: "objet: purpose of the funding, at most 256 characters." })
  objet!: string;

  @Field(() => Float, { description: "montant: total amount of the grant in euros." })
  montant!: number;

  @Field({ description: "nature: « aide en numéraire », « aide en nature », or both separated by « ; »." })
  nature!: string;

  @Field({ description: "conditionsVersement: « unique » (one payment) or « échelonné » (instalments)." })
  conditionsVersement!: string;

  @Field({
    description:
      "datesPeriodeVersement: the date of a single payment (AAAA-MM-JJ), or the period from the first to the last payment, AAAA-MM-JJ/AAAA-MM-JJ (ISO 8601 interval).",
  })
  datesPeriodeVersement!: string;

  @Field(() => String, {
    nullable: true,
    description: "idRAE: number in the register of aids to enterprises (RAE), if any.",
  })
  idRAE!: string | null;

  @Field({
    description:
      "notificationUE: whether the aid was notified to the European Commission (« oui »/« non » in CSV).",
  })
  notificationUE!: boolean;

  @Field(() => Float, {
    description:
      "pourcentageSubvention: the beneficiary's share of the grant as a decimal, 1.00 for a single beneficiary (always, here: the association is the sole beneficiary). Not the share of a project's budget.",
  })
  pourcentageSubvention!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "dispositifAide: identifier of the aid scheme in the funder's « dispositifs d'aide » open data, if any.",
  })
  dispositifAide!: string | null;
}
