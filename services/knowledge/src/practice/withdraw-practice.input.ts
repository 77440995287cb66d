import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, MaxLength } from "class-validator";

@InputType({
  description:
    "Withdraws a practice (DRAFT, IN_REVIEW or PUBLISHED → WITHDRAWN) with a reason: staff, or the practice's own territory. Final.",
})
export class WithdrawPracticeInput {
  @Field(() => ID, { description: "Id of the practice." })
  id!: string;

  @Field({ description: "Why it is withdrawn (French); shown with the practice." })
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
