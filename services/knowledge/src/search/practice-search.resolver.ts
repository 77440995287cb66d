import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { SelectQueryBuilder } from "typeorm";
import {
  entityColumnKey,
  invalidField,
  keyset,
  keysetRows,
  PageArgs,
  pageRequest,
  requireUuid,
  toConnection,
  type KeyedRow,
  type Keyset,
  type PageCounts,
  type PageRequest,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { narrowPractices } from "../practice/practice.resolver";
import { Practice } from "../practice/practice.entity";
import { searchableCondition } from "../practice/practice.visibility";
import { PracticeSearchConnection } from "./practice-search-connection.type";
import { PracticeSearchFilter } from "./practice-search-filter.input";
import {
  compileSearch,
  FULL_TEXT_RANK,
  fullTextMatches,
  setTypoThreshold,
  TITLE_SIMILARITY,
  titlesCloseTo,
} from "./practice-search.query";
import { MIN_PREFIX_LENGTH, parseSearchText } from "./search-text";

/** The longest search text accepted. */
export const MAX_SEARCH_LENGTH = 200;

@Resolver()
export class PracticeSearchResolver {
  @Query(() => PracticeSearchConnection, {
    nullable: true,
    description:
      "Full-text search of the published practices (with `filter: { includeOwnDrafts: true }`, a territory's own drafts and practices in review too), most relevant first, a page at a time. French as users type it: case and accents do not matter (`ecole` finds « École »), word forms do (« résidences » finds « résidence »), and the last word is also searched as the start of a word while it is being typed " +
      `(\`résid\` finds « résidence », from ${MIN_PREFIX_LENGTH} letters). ` +
      'Searches the title, themes, summary, territory name, challenge, description, resources, results, transferability, lessons, difficulties and contact role. The text follows web-search syntax: words (all required), "a phrase", `or`, `-word` to exclude; a text of only excluded words is refused (BAD_USER_INPUT), one of only stop words (`le la les`) finds nothing. When no practice contains the words, titles close to them are returned instead (one typo tolerated) and `approximate` is true.',
  })
  async searchPractices(
    @Arg("query", { description: `Words to search for, at most ${MAX_SEARCH_LENGTH} characters.` })
    text: string,
    @Args() page: PageArgs,
    @Ctx() { dataSource, viewer }: SubgraphContext,
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
    const narrow = (query: SelectQueryBuilder<Practice>) =>
      narrowPractices(query, "practice", { ...filter, territoryId });
    const searchable = searchableCondition(viewer, filter?.includeOwnDrafts === true);
    const searchText = parseSearchText(search);
    const compiled = await compileSearch(dataSource.manager, searchText);
    if (compiled.tooBroad) throw invalidField("query", "required", "knowledge.searchTooBroad");
    const metadata = dataSource.getMetadata(Practice);
    // Most relevant first, then most recently published, then by id: the rank is part of the cursor. The
    // typo-tolerant results are another list, so a cursor of one is never read as a place in the other.
    const ordered = (list: string, rank: string) =>
      keyset(list, [
        { sql: rank, type: "real", direction: "DESC" },
        entityColumnKey(metadata, "practice", "publishedOn", "DESC"),
        entityColumnKey(metadata, "practice", "id"),
      ]);
    const exactOrder = ordered("searchPractices", FULL_TEXT_RANK);
    const closeOrder = ordered("searchPracticesClose", TITLE_SIMILARITY);
    const hasCursor = (page.after ?? page.before ?? null) !== null;
    const closeCursor = hasCursor && isCursorOf(page, closeOrder);
    if (!closeCursor) {
      const request = pageRequest(page, exactOrder);
      // Only stop words: nothing to look for, so nothing found (and no typo to tolerate).
      if (!compiled.hasWords) return toSearchConnection({ rows: [], counts: NOTHING }, request, false);
      const found = await keysetRows(
        narrow(fullTextMatches(dataSource.manager, compiled.tsquery, searchable)),
        request,
      );
      if (found.counts.total > 0 || hasCursor || searchText.plainWords.length < MIN_PREFIX_LENGTH) {
        return toSearchConnection(found, request, false);
      }
    }
    // Nothing contains the words: maybe a typo. Titles close to them, closest first.
    const request = pageRequest(page, closeOrder);
    const close = await dataSource.transaction(async (manager) => {
      await setTypoThreshold(manager);
      return keysetRows(narrow(titlesCloseTo(manager, searchText.plainWords, searchable)), request);
    });
    return toSearchConnection(close, request, close.counts.total > 0);
  }
}

const NOTHING: PageCounts = { total: 0, preceding: 0, following: 0 };

/** Whether the page's cursor is one of this keyset's (a page of the typo-tolerant results). */
function isCursorOf(page: PageArgs, order: Keyset): boolean {
  try {
    pageRequest(page, order);
    return true;
  } catch {
    return false;
  }
}

type SearchRows = { rows: (KeyedRow<Practice> & { raw?: Record<string, unknown> })[]; counts: PageCounts };

function toSearchConnection(
  page: SearchRows,
  request: PageRequest,
  approximate: boolean,
): PracticeSearchConnection {
  const connection = toConnection(page.rows, request, page.counts);
  return Object.assign(new PracticeSearchConnection(), {
    ...connection,
    approximate,
    edges: connection.edges.map((edge, index) => {
      const row = page.rows[index];
      return { ...edge, rank: Number(row.key[0]), snippet: String(row.raw?.search_snippet ?? "") };
    }),
  });
}
