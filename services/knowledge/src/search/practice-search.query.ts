import type { EntityManager, SelectQueryBuilder } from "typeorm";
import { Practice, practiceSearchDocument } from "../practice/practice.entity";
import type { SearchText } from "./search-text";

/** Marks the start of a matched word in a snippet (U+E000, private use: never in real text). */
export const SNIPPET_START = "\uE000";
/** Marks the end of a matched word in a snippet (U+E001). */
export const SNIPPET_STOP = "\uE001";

/** How close a title must be to the words for the typo-tolerant fallback (pg_trgm word similarity). */
export const TYPO_SIMILARITY = 0.5;

/** The search text as one tsquery (its text form), and what it would match. */
export interface CompiledSearch {
  tsquery: string;
  /** False when nothing is left to search: only stop words. */
  hasWords: boolean;
  /** True when the query matches a document containing none of its words: only exclusions. */
  tooBroad: boolean;
}

/**
 * Compiles the search text into a tsquery, in PostgreSQL (its French configuration decides stems and stop
 * words): the web-search words AND (or OR) the prefix of the word being typed, as a French stem or as the
 * unstemmed written word.
 */
export async function compileSearch(manager: EntityManager, text: SearchText): Promise<CompiledSearch> {
  const words = "websearch_to_tsquery('public.pole_french', $1)";
  const prefix = "(to_tsquery('public.pole_french', $2) || to_tsquery('public.pole_simple', $2))";
  const expression = text.prefix
    ? `(${words} ${text.prefix.joiner === "or" ? "||" : "&&"} ${prefix})`
    : words;
  const [row] = await manager.query<{ tsquery: string; nodes: number; too_broad: boolean }[]>(
    `SELECT q::text AS tsquery, numnode(q) AS nodes, ''::tsvector @@ q AS too_broad FROM (SELECT ${expression} AS q) AS search`,
    text.prefix ? [text.words, `'${text.prefix.word}':*`] : [text.words],
  );
  return { tsquery: row.tsquery, hasWords: row.nodes > 0, tooBroad: row.too_broad };
}

/** The text a snippet is cut from: every searched field but the title, markers removed. */
const snippetSource = (alias: string) =>
  `translate(${alias}.summary || ' ' || coalesce(${alias}.challenge, '') || ' ' || coalesce(${alias}.description, '') || ' ' || ` +
  `coalesce(${alias}.resources_description, '') || ' ' || knowledge_results_text(${alias}.results) || ' ' || ` +
  `coalesce(${alias}.transferability, '') || ' ' || coalesce(${alias}.lessons_learned, '') || ' ' || ` +
  `coalesce(${alias}.difficulties, '') || ' ' || coalesce(${alias}.contact_role, '') || ' ' || ` +
  `coalesce(${alias}.territory_name, ''), :markers, '')`;

const HEADLINE_OPTIONS =
  `StartSel="${SNIPPET_START}", StopSel="${SNIPPET_STOP}", ` +
  `MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "`;

/** A practice's relevance to the tsquery (parameter `:tsquery`), on alias `practice`. */
export const FULL_TEXT_RANK = `ts_rank(${practiceSearchDocument("practice")}, CAST(:tsquery AS tsquery))`;

/** How close a practice's title is to the words (parameter `:words`), 0 to 1, on alias `practice`. */
export const TITLE_SIMILARITY = "word_similarity(pole_fold(:words), pole_fold(practice.title))";

/** Which practices a search looks through (alias `practice`): published ones unless told. */
export type Searchable = { sql: string; parameters: Record<string, unknown> };
const PUBLISHED_ONLY: Searchable = { sql: "practice.status = 'PUBLISHED'", parameters: {} };

/** Published (or `searchable`) practices whose document matches the tsquery, with their rank and snippet. */
export function fullTextMatches(
  manager: EntityManager,
  tsquery: string,
  searchable: Searchable = PUBLISHED_ONLY,
): SelectQueryBuilder<Practice> {
  // The GIN index is on this expression: build it the same way for PostgreSQL to use it.
  const document = practiceSearchDocument("practice");
  return manager
    .getRepository(Practice)
    .createQueryBuilder("practice")
    .addSelect(FULL_TEXT_RANK, "search_rank")
    .addSelect(
      `ts_headline('public.pole_french', ${snippetSource("practice")}, CAST(:tsquery AS tsquery), :headline)`,
      "search_snippet",
    )
    .where(searchable.sql, searchable.parameters)
    .andWhere(`${document} @@ CAST(:tsquery AS tsquery)`)
    .setParameters({ tsquery, headline: HEADLINE_OPTIONS, markers: SNIPPET_START + SNIPPET_STOP });
}

/**
 * Published practices whose title is close to the words (one typo tolerated): pg_trgm word similarity on
 * the folded title, served by its trigram index. Run in a transaction that has set
 * `pg_trgm.word_similarity_threshold` to TYPO_SIMILARITY (see `setTypoThreshold`).
 */
export function titlesCloseTo(
  manager: EntityManager,
  words: string,
  searchable: Searchable = PUBLISHED_ONLY,
): SelectQueryBuilder<Practice> {
  return manager
    .getRepository(Practice)
    .createQueryBuilder("practice")
    .addSelect(TITLE_SIMILARITY, "search_rank")
    .addSelect(
      `ts_headline('public.pole_french', ${snippetSource("practice")}, ''::tsquery, :headline)`,
      "search_snippet",
    )
    .where(searchable.sql, searchable.parameters)
    .andWhere("pole_fold(practice.title) %> pole_fold(:words)")
    .setParameters({ words, headline: HEADLINE_OPTIONS, markers: SNIPPET_START + SNIPPET_STOP });
}

/** Sets the similarity `titlesCloseTo` needs, for the current transaction only. */
export async function setTypoThreshold(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [
    String(TYPO_SIMILARITY),
  ]);
}
