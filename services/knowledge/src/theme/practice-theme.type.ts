import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "A keyword of the practice library with how many published practices carry it: one entry of a theme facet.",
})
export class PracticeTheme {
  @Field({
    description:
      "The keyword (French), as most practices spell it; spellings that differ only in case or accents count as one. Pass it as `filter.theme` to list those practices.",
  })
  name!: string;

  @Field(() => Int, { description: "How many published practices carry the keyword." })
  practiceCount!: number;
}
