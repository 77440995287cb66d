import { Field, Float, InputType, Int } from "type-graphql";
import { IsInt, IsOptional, Max, MaxLength, Min } from "class-validator";
import { IsEuros } from "@pole/subgraph-kit";

@InputType({ description: "Resources needed to run a practice: budget and people." })
export class PracticeResourcesInput {
  @Field(() => Float, { nullable: true, description: "Budget needed, in euros, at most two decimals." })
  @IsOptional()
  @IsEuros()
  budget?: number | null;

  @Field(() => Int, { nullable: true, description: "Number of people needed to run it." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  peopleCount?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The resources in words (French): skills, premises, equipment, period of the budget.",
  })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;
}
