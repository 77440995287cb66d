import { Field, Float, ObjectType } from "type-graphql";

/** How a funding source of a practice is stored (an item of the `funding_sources` JSON column). */
export interface StoredFundingSource {
  funder: string;
  programme: string | null;
  amountCents: number | null;
}

@ObjectType({ description: "Who funded a practice, through which programme, how much." })
export class PracticeFundingSource {
  @Field({ description: "The funder (French), e.g. « Région Bourgogne-Franche-Comté », « ANCT »." })
  funder!: string;

  @Field(() => String, {
    nullable: true,
    description: "The programme or call, e.g. « Contrat de ville », « FEDER 2021-2027 ».",
  })
  programme!: string | null;

  @Field(() => Float, { nullable: true, description: "Amount in euros (exact to the cent), when known." })
  amount!: number | null;
}
