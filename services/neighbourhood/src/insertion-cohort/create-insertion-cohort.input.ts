import { Field, ID, InputType, Int } from "type-graphql";
import { Length, Max, Min } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { MAX_COUNT } from "../neighbourhood-action/create-neighbourhood-action.input";

@InputType({
  description:
    "A cohort of an insertion pathway: entries and exits as counts (exits to employment + to training + others ≤ entries).",
})
export class CreateInsertionCohortInput {
  @Field(() => ID, { description: "The INSERTION_PATHWAY action (UUID)." })
  actionId!: string;

  @Field({ description: "Name of the cohort (French), unique within the action, 2 to 200 characters." })
  @Length(2, 200)
  label!: string;

  @Field(() => LocalDate, { description: "Day the cohort entered the pathway (within the action's dates)." })
  startsOn!: IsoDate;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Day the pathway ended for the cohort; null while it runs.",
  })
  endsOn?: IsoDate | null;

  @Field(() => Int, { description: "Inhabitants who entered the pathway." })
  @Min(0)
  @Max(MAX_COUNT)
  entryCount!: number;

  @Field(() => Int, { defaultValue: 0, description: "Exits to employment." })
  @Min(0)
  @Max(MAX_COUNT)
  exitsToEmployment!: number;

  @Field(() => Int, { defaultValue: 0, description: "Exits to a training." })
  @Min(0)
  @Max(MAX_COUNT)
  exitsToTraining!: number;

  @Field(() => Int, { defaultValue: 0, description: "Other exits." })
  @Min(0)
  @Max(MAX_COUNT)
  otherExits!: number;
}
