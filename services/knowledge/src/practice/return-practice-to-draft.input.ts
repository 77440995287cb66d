import { Field, ID, InputType } from "type-graphql";

@InputType({
  description:
    "Sends a practice in review back to its authors (IN_REVIEW → DRAFT): staff, or the practice's own territory.",
})
export class ReturnPracticeToDraftInput {
  @Field(() => ID, { description: "Id of the practice." })
  id!: string;
}
