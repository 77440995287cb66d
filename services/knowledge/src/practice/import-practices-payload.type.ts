import { Field, ObjectType } from "type-graphql";
import { MaxItems } from "@pole/subgraph-kit";
import { ImportedPractice } from "./imported-practice.type";

@ObjectType({ description: "Result of importPractices: one item per row of the input, in its order." })
export class ImportPracticesPayload {
  @MaxItems(50)
  @Field(() => [ImportedPractice], { description: "What became of each row, in the input's order." })
  results!: ImportedPractice[];
}
