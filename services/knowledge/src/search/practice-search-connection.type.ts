import { Field, Float, Int, ObjectType } from "type-graphql";
import { PageInfo, type ConnectionShape } from "@pole/subgraph-kit";
import { Practice } from "../practice/practice.entity";

@ObjectType({ description: "One practice found by a search, with its cursor and its relevance." })
export class PracticeSearchEdge {
  @Field({ description: "Opaque position of this item; pass it as `after` to read on." })
  cursor!: string;

  @Field(() => Practice, { description: "The practice found." })
  node!: Practice;

  @Field(() => Float, {
    description:
      "Relevance of the practice to the words searched (PostgreSQL ts_rank, French configuration; words in the title and themes weigh most). Edges come in decreasing rank.",
  })
  rank!: number;
}

@ObjectType({ description: "A page of practices found by a full-text search, most relevant first." })
export class PracticeSearchConnection implements ConnectionShape<Practice> {
  @Field(() => [PracticeSearchEdge], { description: "The practices of this page, most relevant first." })
  edges!: PracticeSearchEdge[];

  @Field(() => PageInfo, { description: "Where this page stands." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "How many published practices match, over all pages." })
  totalCount!: number;
}
