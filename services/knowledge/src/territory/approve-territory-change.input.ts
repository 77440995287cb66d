import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Approves a territory's pending change and applies it (staff only)." })
export class ApproveTerritoryChangeInput {
  @Field(() => ID, { description: "Id of the territory whose pending change is approved." })
  territoryId!: string;
}
