import { Field, ID, InputType, Int } from "type-graphql";
import { IsOptional, Length, Max, Min } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { MAX_COUNT } from "../neighbourhood-action/create-neighbourhood-action.input";

@InputType({ description: "Changes to a cohort: only the fields given change (null clears endsOn)." })
export class UpdateInsertionCohortInput {
  @Field(() => ID, { description: "The cohort (UUID)." })
  id!: string;

  @Field({ nullable: true, description: "Name of the cohort, unique within the action." })
  @IsOptional()
  @Length(2, 200)
  label?: string;

  @Field(() => LocalDate, { nullable: true, description: "Day the cohort entered the pathway." })
  startsOn?: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Day the pathway ended; null: still running." })
  endsOn?: IsoDate | null;

  @Field(() => Int, { nullable: true, description: "Entries." })
  @IsOptional()
  @Min(0)
  @Max(MAX_COUNT)
  entryCount?: number;

  @Field(() => Int, { nullable: true, description: "Exits to employment." })
  @IsOptional()
  @Min(0)
  @Max(MAX_COUNT)
  exitsToEmployment?: number;

  @Field(() => Int, { nullable: true, description: "Exits to a training." })
  @IsOptional()
  @Min(0)
  @Max(MAX_COUNT)
  exitsToTraining?: number;

  @Field(() => Int, { nullable: true, description: "Other exits." })
  @IsOptional()
  @Min(0)
  @Max(MAX_COUNT)
  otherExits?: number;
}
