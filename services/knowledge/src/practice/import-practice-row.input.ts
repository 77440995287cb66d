import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, IsOptional, Length, MaxLength } from "class-validator";
import { Pillar } from "./practice-pillar.enum";
import { PracticeDetailsInput } from "./practice-details.input";

@InputType({
  description:
    "One practice of an import, named by the territory's own identifier. The same fields as createPractice (an omitted optional field is left as it is on a practice imported before, null clears it), without a status: a new practice is a DRAFT.",
})
export class ImportPracticeRowInput extends PracticeDetailsInput {
  @Field({
    description:
      "The territory's own identifier of the practice (1 to 100 characters), unique within the territory: importing the same externalId again updates that practice.",
  })
  @Length(1, 100)
  externalId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "Territory of this practice, when not the import's: staff only (a territory token imports for itself).",
  })
  @IsOptional()
  territoryId?: string | null;

  @Field({ description: "Title (French)." })
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Field({ description: "Summary (French): what the practice is and what it achieved." })
  @IsNotEmpty()
  @MaxLength(5000)
  summary!: string;

  @Field(() => Pillar, { description: "Pillar the practice mainly belongs to." })
  pillar!: Pillar;
}
