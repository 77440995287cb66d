import { Field, Float, ID, InputType, Int } from "type-graphql";
import { IsInt, IsOptional, Length, Max, Min } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";

@InputType({ description: "A new result of a participatory project." })
export class CreateProjectResultInput {
  @Field(() => ID, { description: "The participatory project (UUID)." })
  projectId!: string;

  @Field({ description: "Title (French), 3 to 200 characters." })
  @Length(3, 200)
  title!: string;

  @Field({ description: "What was decided and done (French), up to 5000 characters." })
  @Length(1, 5000)
  description!: string;

  @Field(() => Float, {
    nullable: true,
    description: "How far it has got: a percentage from 0 to 100, in whole percent; 0 when omitted.",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progressPercentage?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Progress in percent, 0 to 100; 0 when omitted. The same number as `progressPercentage`.",
    deprecationReason: "2026-12-02: use progressPercentage",
  })
  @IsOptional()
  @Min(0)
  @Max(100)
  progress?: number | null;

  @Field(() => LocalDate, { nullable: true, description: "When work started." })
  startsOn?: IsoDate | null;

  @Field(() => LocalDate, { nullable: true, description: "When it was, or is planned to be, completed." })
  endsOn?: IsoDate | null;
}
