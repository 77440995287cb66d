import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import {
  invalidField,
  requireUuid,
  columnKey,
  keyset,
  keysetRows,
  PageArgs,
  pageRequest,
  toConnection,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { narrowPractices } from "../practice/practice.resolver";
import { Practice, practiceSearchDocument } from "../practice/practice.entity";
import { PracticeSearchConnection } from "./practice-search-connection.type";
import { PracticeSearchFilter } from "./practice-search-filter.input";

/** The longest search text accepted. */
export const MAX_SEARCH_LENGTH = 200;

@Resolver()
export class PracticeSearchResolver {
  @Query(() => PracticeSearchConnection, {
    nullable: true,
    description:
      'Full-text search of the published practices (PostgreSQL, French configuration: « résidences » finds « résidence »), most relevant first, a page at a time. The text follows web-search syntax: words (all required), "a phrase", `or`, `-word` to exclude.',
  })
  async searchPractices(
    @Arg("query", { description: `Words to search for, at most ${MAX_SEARCH_LENGTH} characters.` })
    text: string,
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => PracticeSearchFilter, {
      nullable: true,
      description: "Criteria the practices found must also meet.",
    })
    filter?: PracticeSearchFilter,
  ): Promise<PracticeSearchConnection> {
    const search = text.trim();
    if (!search) throw invalidField("query", "required", "input.notEmpty");
    if (search.length > MAX_SEARCH_LENGTH) {
      throw invalidField("query", "length", "input.maxLength", { max: MAX_SEARCH_LENGTH });
    }
    const territoryId = filter?.territoryId
      ? requireUuid(filter.territoryId, "filter.territoryId")
      : undefined;
    // The GIN index is on this expression: build it the same way for PostgreSQL to use it.
    const document = practiceSearchDocument("practice");
    const tsQuery = "websearch_to_tsquery('french'::regconfig, :search)";
    const query = dataSource
      .getRepository(Practice)
      .createQueryBuilder("practice")
      .where("practice.status = 'PUBLISHED'")
      .andWhere(`${document} @@ ${tsQuery}`, { search });
    narrowPractices(query, "practice", { ...filter, territoryId });
    // Most relevant first, then most recently published, then by id: the rank is part of the cursor.
    const order = keyset("searchPractices", [
      { sql: `ts_rank(${document}, ${tsQuery})`, type: "real", direction: "DESC" },
      columnKey(query, "practice.publishedOn", "DESC"),
      columnKey(query, "practice.id"),
    ]);
    const request = pageRequest(page, order);
    const { rows, counts } = await keysetRows(query, request);
    const connection = toConnection(rows, request, counts);
    return Object.assign(new PracticeSearchConnection(), {
      ...connection,
      edges: connection.edges.map((edge, index) => ({ ...edge, rank: Number(rows[index].key[0]) })),
    });
  }
}
