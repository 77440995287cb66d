import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "Neighbourhood indicators of a year: the actions with and for the inhabitants of the Grésilles.",
})
export class NeighbourhoodReport {
  @Field(() => Int, { description: "Neighbourhood actions that started during the year." })
  actionCount!: number;

  @Field(() => Int, {
    description:
      "Inhabitants reached, summed over the actions that started during the year (aggregate counts only).",
  })
  inhabitantsReached!: number;
}
