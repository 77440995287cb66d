import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Length } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";

@InputType({
  description: "Changes to a phase (e.g. to close it early or extend it): only the fields given change.",
})
export class UpdateProjectPhaseInput {
  @Field(() => ID, { description: "The phase (UUID)." })
  id!: string;

  @Field({ nullable: true, description: "Title (French), 2 to 200 characters." })
  @IsOptional()
  @Length(2, 200)
  title?: string;

  @Field({ nullable: true, description: "What happens during the phase (French)." })
  @IsOptional()
  @Length(1, 5000)
  description?: string;

  @Field(() => LocalDate, { nullable: true, description: "First day." })
  startsOn?: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day." })
  endsOn?: IsoDate;

  @Field({ nullable: true, description: "Whether inhabitants may contribute and vote during the phase." })
  acceptsContributions?: boolean;
}
