import { Field, Int, ObjectType } from "type-graphql";
import { ImportOutcome } from "./import-outcome.enum";
import { Practice } from "./practice.entity";

@ObjectType({ description: "What an import did with one of its rows." })
export class ImportedPractice {
  @Field(() => Int, { description: "Position of the row in input.practices, from 0." })
  index!: number;

  @Field({ description: "The row's externalId." })
  externalId!: string;

  @Field(() => Practice, { description: "The practice as it is after the import." })
  practice!: Practice;

  @Field(() => ImportOutcome, { description: "Whether the practice was created, updated or left as it was." })
  outcome!: ImportOutcome;
}
