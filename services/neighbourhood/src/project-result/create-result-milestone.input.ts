import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Length } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";

@InputType({ description: "A new milestone of a project result." })
export class CreateResultMilestoneInput {
  @Field(() => ID, { description: "The result (UUID)." })
  resultId!: string;

  @Field(() => LocalDate, { description: "Day of the milestone." })
  occurredOn!: IsoDate;

  @Field({ description: "What happened (French), 3 to 200 characters." })
  @Length(3, 200)
  title!: string;

  @Field(() => String, { nullable: true, description: "More about it (French), up to 5000 characters." })
  @IsOptional()
  @Length(1, 5000)
  description?: string | null;
}
