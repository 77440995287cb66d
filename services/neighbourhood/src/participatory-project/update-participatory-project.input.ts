import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Length } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";

@InputType({ description: "Changes to a participatory project: only the fields given change." })
export class UpdateParticipatoryProjectInput {
  @Field(() => ID, { description: "The project (UUID)." })
  id!: string;

  @Field({ nullable: true, description: "Title (French), 3 to 200 characters." })
  @IsOptional()
  @Length(3, 200)
  title?: string;

  @Field({ nullable: true, description: "Summary (French)." })
  @IsOptional()
  @Length(1, 5000)
  summary?: string;

  @Field(() => LocalDate, { nullable: true, description: "First day." })
  startsOn?: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day; null: it goes on." })
  endsOn?: IsoDate | null;

  @Field({ nullable: true, description: "Where (2 to 200 characters)." })
  @IsOptional()
  @Length(2, 200)
  place?: string;
}
