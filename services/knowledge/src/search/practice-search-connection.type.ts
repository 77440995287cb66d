import { Field, Float, Int, ObjectType } from "type-graphql";
import { PageInfo, type ConnectionShape } from "@pole/subgraph-kit";
import { Practice } from "../practice/practice.entity";
import { SNIPPET_START, SNIPPET_STOP } from "./practice-search.query";

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase()}`;

@ObjectType({ description: "One practice found by a search, with its cursor and its relevance." })
export class PracticeSearchEdge {
  @Field({ description: "Opaque position of this item; pass it as `after` to read on." })
  cursor!: string;

  @Field(() => Practice, { description: "The practice found." })
  node!: Practice;

  @Field(() => Float, {
    description:
      "Relevance of the practice to the words searched (PostgreSQL ts_rank, French configuration; words in the title and themes weigh most); when the connection is `approximate`, the similarity of the title to the words (0 to 1). Edges come in decreasing rank.",
  })
  rank!: number;

  @Field({
    description:
      `Up to two short passages of the practice (not its title) around the words found, joined by « … », each matched word between the markers ${codePoint(SNIPPET_START)} (start) and ${codePoint(SNIPPET_STOP)} (stop), private-use characters that never occur in the texts. ` +
      "The passages are plain text, never HTML (markup tags of the source are left out): split on the markers and render every part as text (a text node, never innerHTML), wrapping the parts between a start and a stop in <mark>. Without a match (approximate results) it is the opening words.",
  })
  snippet!: string;
}

@ObjectType({ description: "A page of practices found by a full-text search, most relevant first." })
export class PracticeSearchConnection implements ConnectionShape<Practice> {
  @Field(() => [PracticeSearchEdge], { description: "The practices of this page, most relevant first." })
  edges!: PracticeSearchEdge[];

  @Field(() => PageInfo, { description: "Where this page stands." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "How many published practices match, over all pages." })
  totalCount!: number;

  @Field({
    description:
      "True when no practice contains the words and these are the practices whose title is close to them (one typo tolerated, e.g. `residnces`): a UI may say « Résultats approchants ».",
  })
  approximate!: boolean;
}
