import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, MaxLength } from "class-validator";

@InputType({ description: "Rejects a territory's pending change, with a reason (staff only)." })
export class RejectTerritoryChangeInput {
  @Field(() => ID, { description: "Id of the territory whose pending change is rejected." })
  territoryId!: string;

  @Field({ description: "Why it is rejected (French); shown to the territory." })
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
