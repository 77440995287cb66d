import { Field, ID, InputType } from "type-graphql";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";

@InputType({ description: "Publishes a practice in review (IN_REVIEW → PUBLISHED): staff only." })
export class PublishPracticeInput {
  @Field(() => ID, { description: "Id of the practice." })
  id!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Publication date; today (Paris time) when omitted.",
  })
  publishedOn?: IsoDate | null;
}
