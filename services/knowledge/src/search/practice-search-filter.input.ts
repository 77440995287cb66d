import { Field, ID, InputType } from "type-graphql";
import { IsOptional, MaxLength } from "class-validator";
import { Pillar } from "../practice/practice-pillar.enum";

@InputType({ description: "Narrows a search of practices; every given criterion must hold." })
export class PracticeSearchFilter {
  @Field({
    nullable: true,
    description:
      "Only practices carrying this keyword: the whole keyword, ignoring case and accents (`residence d'artistes` matches « résidence d'artistes »).",
  })
  @IsOptional()
  @MaxLength(100)
  theme?: string;

  @Field(() => Pillar, { nullable: true, description: "Only practices of this pillar." })
  pillar?: Pillar;

  @Field(() => ID, { nullable: true, description: "Only practices of this territory." })
  territoryId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Also search the caller's own practices that are not published yet (DRAFT and IN_REVIEW): a territory's own, never another territory's; staff, every one. No effect for other callers. Withdrawn practices are never searched.",
  })
  includeOwnDrafts?: boolean | null;
}
