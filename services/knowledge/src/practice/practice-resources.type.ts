import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Resources needed to run a practice: budget and people." })
export class PracticeResources {
  @Field(() => Float, {
    nullable: true,
    description: "Budget needed, in euros (exact to the cent); the description says over which period.",
  })
  budget!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Number of people needed to run it (staff, artists, volunteers).",
  })
  peopleCount!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The resources in words (French): skills, premises, equipment, partners, period of the budget.",
  })
  description!: string | null;
}
