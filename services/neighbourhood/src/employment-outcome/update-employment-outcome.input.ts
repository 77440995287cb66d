import { Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, Max, Min } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { MAX_COUNT } from "../neighbourhood-action/create-neighbourhood-action.input";

@InputType({ description: "Corrections to an employment outcome: only the fields given change." })
export class UpdateEmploymentOutcomeInput {
  @Field(() => ID, { description: "The employment outcome (UUID)." })
  id!: string;

  @Field(() => LocalDate, { nullable: true, description: "First day of the period." })
  periodStart?: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day of the period (same calendar year)." })
  periodEnd?: IsoDate;

  @Field(() => Int, { nullable: true, description: "Inhabitants who started a training." })
  @IsOptional()
  @Min(0)
  @Max(MAX_COUNT)
  trainingCount?: number;

  @Field(() => Int, { nullable: true, description: "Immersions in member enterprises." })
  @IsOptional()
  @Min(0)
  @Max(MAX_COUNT)
  immersionCount?: number;

  @Field(() => Int, { nullable: true, description: "Returns to employment." })
  @IsOptional()
  @Min(0)
  @Max(MAX_COUNT)
  returnToEmploymentCount?: number;
}
