import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, IsOptional, MaxLength } from "class-validator";
import { Pillar } from "./practice-pillar.enum";
import { PracticeDetailsInput } from "./practice-details.input";
import { PracticeStatus } from "./practice-status.enum";

@InputType({ description: "A new practice. It starts as a DRAFT unless `status` says IN_REVIEW." })
export class CreatePracticeInput extends PracticeDetailsInput {
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

  @Field(() => ID, {
    nullable: true,
    description:
      "Territory the practice comes from. A territory token may omit it (its own territory) and may name no other.",
  })
  @IsOptional()
  territoryId?: string | null;

  @Field(() => PracticeStatus, {
    nullable: true,
    description:
      "DRAFT (default) or IN_REVIEW (then challenge, description and transferability are required). Only staff may create a PUBLISHED practice.",
  })
  @IsOptional()
  status?: PracticeStatus | null;
}
