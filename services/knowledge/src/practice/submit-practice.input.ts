import { Field, ID, InputType } from "type-graphql";

@InputType({
  description:
    "Submits a DRAFT practice for review (DRAFT → IN_REVIEW): staff, or the practice's own territory.",
})
export class SubmitPracticeInput {
  @Field(() => ID, { description: "Id of the practice." })
  id!: string;
}
