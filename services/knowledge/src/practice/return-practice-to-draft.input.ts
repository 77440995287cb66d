import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, IsOptional, MaxLength } from "class-validator";

@InputType({
  description:
    "Sends a practice in review back to its authors (IN_REVIEW → DRAFT): staff, or the practice's own territory.",
})
export class ReturnPracticeToDraftInput {
  @Field(() => ID, { description: "Id of the practice." })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The reviewer's comment (French), at most 5000 characters: what to change before submitting it again. Read by staff and the practice's territory in Practice.reviewComments, never by anyone else.",
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(5000)
  comment?: string | null;
}
