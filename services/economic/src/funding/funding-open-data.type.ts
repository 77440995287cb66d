import { Field, Float, ObjectType } from "type-graphql";

/**
 * One funding received, as a row of the French SCDL « subventions » open-data standard (v2.1.1,
 * schema.data.gouv.fr/scdl/subventions): the field names are its column names, the values its formats.
 */
@ObjectType({
  description: "A funding received, as a row of the SCDL « subventions » open-data standard (v2.1.1).",
})
export class ScdlSubventionRow {
  @Field({ description: "Official name of the attributing body." })
  nomAttribuant!: string;

  @Field({ description: "SIRET of the attributing body." })
  idAttribuant!: string;

  @Field({ description: "Date of the agreement, AAAA-MM-JJ." })
  dateConvention!: string;

  @Field(() => String, { nullable: true, description: "Reference of the decision." })
  referenceDecision!: string | null;

  @Field({ description: "Name of the beneficiary." })
  nomBeneficiaire!: string;

  @Field(() => String, { nullable: true, description: "SIRET of the beneficiary." })
  idBeneficiaire!: string | null;

  @Field(() => String, { nullable: true, description: "RNA number of the beneficiary (associations)." })
  rnaBeneficiaire!: string | null;

  @Field({ description: "Purpose of the funding." })
  objet!: string;

  @Field(() => Float, { description: "Amount in euros." })
  montant!: number;

  @Field({ description: "« aide en numéraire », « aide en nature », or both separated by « ; »." })
  nature!: string;

  @Field({ description: "« unique » or « échelonné »." })
  conditionsVersement!: string;

  @Field({ description: "Payment date, or first and last dates joined by « _ » (AAAA-MM-JJ_AAAA-MM-JJ)." })
  datesPeriodeVersement!: string;

  @Field(() => String, { nullable: true, description: "Number in the aid register (RAE), if any." })
  idRAE!: string | null;

  @Field({ description: "Whether the aid was notified to the European Commission." })
  notificationUE!: boolean;

  @Field(() => Float, {
    description: "Share of the funded project's budget the aid covers, between 0 and 1.",
  })
  pourcentageSubvention!: number;

  @Field(() => String, { nullable: true, description: "The aid scheme or call, if any." })
  dispositifAide!: string | null;
}
