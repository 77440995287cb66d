import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  description: "Knowledge indicators of a year: practices published and transfers to other territories.",
})
export class KnowledgeReport {
  @Field(() => Int, { description: "Practices published during the year (and still published)." })
  practiceCount!: number;

  @Field(() => Int, { description: "Transfers of good practice held during the year." })
  transferCount!: number;

  @Field(() => Int, { description: "Distinct territories that received a transfer during the year." })
  territoryCount!: number;
}
