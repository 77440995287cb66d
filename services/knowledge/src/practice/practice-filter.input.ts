import { Field, ID, InputType } from "type-graphql";
import { IsOptional, MaxLength } from "class-validator";
import { PracticeStatus } from "./practice-status.enum";

@InputType({ description: "Narrows the list of practices; every given criterion must hold." })
export class PracticeFilter {
  @Field(() => PracticeStatus, {
    nullable: true,
    description:
      "Only practices of this status. Staff only: other callers see published practices whatever they ask.",
  })
  status?: PracticeStatus;

  @Field({
    nullable: true,
    description: "Only practices carrying this keyword (exact keyword, case-insensitive).",
  })
  @IsOptional()
  @MaxLength(100)
  theme?: string;

  @Field(() => ID, { nullable: true, description: "Only practices of this territory." })
  territoryId?: string;
}
