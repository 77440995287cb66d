import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import {
  badUserInput,
  requireUuid,
  PageArgs,
  pageWindow,
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
    const window = pageWindow(page);
    const search = text.trim();
    if (!search) throw badUserInput("query: must not be empty.");
    if (search.length > MAX_SEARCH_LENGTH) {
      throw badUserInput(`query: at most ${MAX_SEARCH_LENGTH} characters.`);
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
      .addSelect(`ts_rank(${document}, ${tsQuery})`, "search_rank")
      .where("practice.status = 'PUBLISHED'")
      .andWhere(`${document} @@ ${tsQuery}`, { search });
    narrowPractices(query, "practice", { ...filter, territoryId });
    const total = await query.getCount();
    const { entities, raw } = await query
      .orderBy("search_rank", "DESC")
      .addOrderBy("practice.publishedOn", "DESC")
      .addOrderBy("practice.id", "ASC")
      .offset(window.offset)
      .limit(window.limit)
      .getRawAndEntities<{ practice_id: string; search_rank: number }>();
    const rankOf = new Map(raw.map((row) => [row.practice_id, Number(row.search_rank)]));
    const connection = toConnection(entities, window, total);
    return Object.assign(new PracticeSearchConnection(), {
      ...connection,
      edges: connection.edges.map((edge) => ({ ...edge, rank: rankOf.get(edge.node.id)! })),
    });
  }
}
