import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { SelectQueryBuilder } from "typeorm";
import {
  badUserInput,
  requireUuid,
  PageArgs,
  pageWindow,
  toConnection,
  type PageWindow,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { narrowPractices } from "../practice/practice.resolver";
import type { Practice } from "../practice/practice.entity";
import { PracticeSearchConnection } from "./practice-search-connection.type";
import { PracticeSearchFilter } from "./practice-search-filter.input";
import { compileSearch, fullTextMatches, setTypoThreshold, titlesCloseTo } from "./practice-search.query";
import { MIN_PREFIX_LENGTH, parseSearchText } from "./search-text";

/** The longest search text accepted. */
export const MAX_SEARCH_LENGTH = 200;

@Resolver()
export class PracticeSearchResolver {
  @Query(() => PracticeSearchConnection, {
    description:
      "Full-text search of the published practices, most relevant first, a page at a time. French as users type it: case and accents do not matter (`ecole` finds « École »), word forms do (« résidences » finds « résidence »), and the last word is also searched as the start of a word while it is being typed " +
      `(\`résid\` finds « résidence », from ${MIN_PREFIX_LENGTH} letters). ` +
      'Searches the title, themes, summary, territory name, challenge, description, resources, results, transferability, lessons, difficulties and contact role. The text follows web-search syntax: words (all required), "a phrase", `or`, `-word` to exclude; a text of only excluded words is refused (BAD_USER_INPUT), one of only stop words (`le la les`) finds nothing. When no practice contains the words, titles close to them are returned instead (one typo tolerated) and `approximate` is true.',
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
    const narrow = (query: SelectQueryBuilder<Practice>) =>
      narrowPractices(query, "practice", { ...filter, territoryId });
    const searchText = parseSearchText(search);
    const compiled = await compileSearch(dataSource.manager, searchText);
    if (compiled.tooBroad) {
      throw badUserInput(
        "query: too broad: it only excludes words (`-word`); add at least one word the practices must contain.",
      );
    }
    // Only stop words: nothing to look for, so nothing found (and no typo to tolerate).
    if (!compiled.hasWords) return toSearchConnection({ entities: [], raw: [], total: 0, window }, false);
    const found = await pageOf(narrow(fullTextMatches(dataSource.manager, compiled.tsquery)), window);
    if (found.total > 0 || searchText.plainWords.length < MIN_PREFIX_LENGTH) {
      return toSearchConnection(found, false);
    }
    // Nothing contains the words: maybe a typo. Titles close to them, closest first.
    const close = await dataSource.transaction(async (manager) => {
      await setTypoThreshold(manager);
      return pageOf(narrow(titlesCloseTo(manager, searchText.plainWords)), window);
    });
    return toSearchConnection(close, close.total > 0);
  }
}

interface SearchPage {
  entities: Practice[];
  raw: { practice_id: string; search_rank: number; search_snippet: string }[];
  total: number;
  window: PageWindow;
}

/** Counts the matches, then reads one page of them, most relevant first. */
async function pageOf(query: SelectQueryBuilder<Practice>, window: PageWindow): Promise<SearchPage> {
  const total = await query.getCount();
  if (total === 0) return { entities: [], raw: [], total, window };
  const { entities, raw } = await query
    .orderBy("search_rank", "DESC")
    .addOrderBy("practice.publishedOn", "DESC")
    .addOrderBy("practice.id", "ASC")
    .offset(window.offset)
    .limit(window.limit)
    .getRawAndEntities<SearchPage["raw"][number]>();
  return { entities, raw, total, window };
}

function toSearchConnection(page: SearchPage, approximate: boolean): PracticeSearchConnection {
  const rows = new Map(page.raw.map((row) => [row.practice_id, row]));
  const connection = toConnection(page.entities, page.window, page.total);
  return Object.assign(new PracticeSearchConnection(), {
    ...connection,
    approximate,
    edges: connection.edges.map((edge) => {
      const row = rows.get(edge.node.id)!;
      return { ...edge, rank: Number(row.search_rank), snippet: row.search_snippet };
    }),
  });
}
