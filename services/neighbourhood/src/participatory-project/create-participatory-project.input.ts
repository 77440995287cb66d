import { Field, InputType } from "type-graphql";
import { Length } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";

@InputType({ description: "A new participatory project." })
export class CreateParticipatoryProjectInput {
  @Field({ description: "Title (French), 3 to 200 characters." })
  @Length(3, 200)
  title!: string;

  @Field({ description: "What the project sets out to do and how the inhabitants take part (French)." })
  @Length(1, 5000)
  summary!: string;

  @Field(() => LocalDate, { description: "First day." })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day; null while it goes on." })
  endsOn?: IsoDate | null;

  @Field({ description: "Where, e.g. « Esplanade Boutaric » (2 to 200 characters)." })
  @Length(2, 200)
  place!: string;
}
