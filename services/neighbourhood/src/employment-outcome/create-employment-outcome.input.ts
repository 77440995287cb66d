import { Field, ID, InputType, Int } from "type-graphql";
import { Max, Min } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { MAX_COUNT } from "../neighbourhood-action/create-neighbourhood-action.input";

@InputType({
  description:
    "Results of an employment partnership over a period: within one calendar year and the action's dates, not overlapping the action's other periods.",
})
export class CreateEmploymentOutcomeInput {
  @Field(() => ID, { description: "The EMPLOYMENT_PARTNERSHIP action (UUID)." })
  actionId!: string;

  @Field(() => LocalDate, { description: "First day of the period." })
  periodStart!: IsoDate;

  @Field(() => LocalDate, { description: "Last day of the period (same calendar year)." })
  periodEnd!: IsoDate;

  @Field(() => Int, { defaultValue: 0, description: "Inhabitants who started a training." })
  @Min(0)
  @Max(MAX_COUNT)
  trainingCount!: number;

  @Field(() => Int, { defaultValue: 0, description: "Immersions in member enterprises." })
  @Min(0)
  @Max(MAX_COUNT)
  immersionCount!: number;

  @Field(() => Int, { defaultValue: 0, description: "Returns to employment." })
  @Min(0)
  @Max(MAX_COUNT)
  returnToEmploymentCount!: number;
}
