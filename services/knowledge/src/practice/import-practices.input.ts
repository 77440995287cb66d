import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, ValidateNested } from "class-validator";
import { ImportPracticeRowInput } from "./import-practice-row.input";

/** The most practices one import takes: its rows are checked and written in one transaction. */
export const MAX_IMPORTED_PRACTICES = 50;

@InputType({
  description: `A batch of a territory's practices, at most ${MAX_IMPORTED_PRACTICES}, imported all or nothing. Send it as a variable: inline, 50 practices of text exceed the gateway's limit on an operation's tokens.`,
})
export class ImportPracticesInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "Territory of the practices whose row names none. A territory token may omit it (its own territory) and may name no other; staff name it here or on each row.",
  })
  @IsOptional()
  territoryId?: string | null;

  @Field(() => [ImportPracticeRowInput], {
    description: `The practices, 1 to ${MAX_IMPORTED_PRACTICES}. Errors name a row by its index: input.practices[3].title.`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_IMPORTED_PRACTICES)
  @ValidateNested({ each: true })
  practices!: ImportPracticeRowInput[];
}
