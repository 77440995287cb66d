import { Field, ID, InputType } from "type-graphql";
import { Length } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";

@InputType({
  description:
    "A new phase of a participatory project: within the project's dates, not overlapping its other phases.",
})
export class CreateProjectPhaseInput {
  @Field(() => ID, { description: "The participatory project (UUID)." })
  projectId!: string;

  @Field({ description: "Title (French), 2 to 200 characters." })
  @Length(2, 200)
  title!: string;

  @Field({ description: "What happens during the phase (French), up to 5000 characters." })
  @Length(1, 5000)
  description!: string;

  @Field(() => LocalDate, { description: "First day." })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { description: "Last day (the phase closes at the end of this day, Dijon time)." })
  endsOn!: IsoDate;

  @Field({ defaultValue: true, description: "Whether inhabitants may contribute and vote during the phase." })
  acceptsContributions!: boolean;
}
