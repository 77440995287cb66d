import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, IsOptional, MaxLength } from "class-validator";
import { Pillar } from "./practice-pillar.enum";
import { PracticeDetailsInput } from "./practice-details.input";

@InputType({
  description:
    "Changes to a practice: omitted fields stay as they are, null clears a field. A territory changes its own DRAFT or IN_REVIEW practices; staff also correct PUBLISHED ones; WITHDRAWN practices are frozen.",
})
export class UpdatePracticeInput extends PracticeDetailsInput {
  @Field(() => ID, { description: "Id of the practice." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Title (French)." })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @Field(() => String, { nullable: true, description: "Summary (French)." })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(5000)
  summary?: string;

  @Field(() => Pillar, { nullable: true, description: "Pillar the practice mainly belongs to." })
  pillar?: Pillar;

  @Field(() => ID, {
    nullable: true,
    description: "Territory the practice comes from (staff only: a territory cannot give its practice away).",
  })
  @IsOptional()
  territoryId?: string | null;
}
