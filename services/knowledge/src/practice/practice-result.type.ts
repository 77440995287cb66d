import { Field, Float, ObjectType } from "type-graphql";

/**
 * One result of a practice with its evidence: an indicator, its value and where the figure comes from.
 * Stored with the practice (a `jsonb` list): results are read and written with their practice only.
 */
@ObjectType({
  description:
    "A measured result of a practice: an indicator (French), its value, its unit and the evidence behind it.",
})
export class PracticeResult {
  @Field({ description: "What was measured (French), e.g. « habitants ayant participé aux ateliers »." })
  indicator!: string;

  @Field(() => Float, { description: "The measured value, e.g. 120." })
  value!: number;

  @Field(() => String, {
    nullable: true,
    description: "Unit of the value (French), e.g. « personnes », « % ».",
  })
  unit!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Evidence for the value (French): the source, the survey or the report it comes from, and its date.",
  })
  evidence!: string | null;
}
