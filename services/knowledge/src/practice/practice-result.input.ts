import { Field, Float, InputType } from "type-graphql";
import { IsNotEmpty, IsNumber, IsOptional, MaxLength } from "class-validator";

@InputType({ description: "A measured result of a practice with its evidence." })
export class PracticeResultInput {
  @Field({ description: "What was measured (French), e.g. « habitants ayant participé aux ateliers »." })
  @IsNotEmpty()
  @MaxLength(300)
  indicator!: string;

  @Field(() => Float, { description: "The measured value." })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @Field(() => String, { nullable: true, description: "Unit of the value (French), e.g. « personnes »." })
  @IsOptional()
  @MaxLength(50)
  unit?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Evidence for the value (French): source, survey or report, and its date.",
  })
  @IsOptional()
  @MaxLength(1000)
  evidence?: string | null;
}
