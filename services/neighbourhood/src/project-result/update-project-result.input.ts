import { Field, Float, ID, InputType, Int } from "type-graphql";
import { IsInt, IsOptional, Length, Max, Min } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";

@InputType({ description: "Changes to a result, e.g. its progress: only the fields given change." })
export class UpdateProjectResultInput {
  @Field(() => ID, { description: "The result (UUID)." })
  id!: string;

  @Field({ nullable: true, description: "Title (French), 3 to 200 characters." })
  @IsOptional()
  @Length(3, 200)
  title?: string;

  @Field({ nullable: true, description: "What was decided and done (French)." })
  @IsOptional()
  @Length(1, 5000)
  description?: string;

  @Field(() => Float, {
    nullable: true,
    description: "How far it has got: a percentage from 0 to 100, in whole percent.",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progressPercentage?: number;

  @Field(() => Int, {
    nullable: true,
    description: "Progress in percent, 0 to 100. The same number as `progressPercentage`.",
    deprecationReason: "2026-12-02: use progressPercentage",
  })
  @IsOptional()
  @Min(0)
  @Max(100)
  progress?: number;

  @Field(() => LocalDate, { nullable: true, description: "When work started; null clears it." })
  startsOn?: IsoDate | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: "When it was, or is planned to be, completed; null clears it.",
  })
  endsOn?: IsoDate | null;
}
