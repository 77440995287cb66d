import { LRUCache } from "lru-cache";
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import {
  entityHydrator,
  inRankedPage,
  keyColumns,
  keyOfRow,
  rankedColumns,
  rankedCounts,
  rankedPageSql,
  toConnection,
  type ConnectionShape,
  type KeyedRow,
  type PageCounts,
  type PageRequest,
} from "@pole/subgraph-kit";

type RankedRow = { ranked_key: string; ranked_target_id: string; keyset_rn: string } & Record<
  string,
  unknown
>;

/** How to reach the records of a key through a link table, e.g. a member's practices through practice_member. */
export interface RankedPagesQuery<T extends { id: string }> {
  dataSource: DataSource;
  /** The records listed (e.g. Practice), with the alias `target` in the keyset and `condition`. */
  target: new () => T;
  /** The link entity (e.g. PracticeMember) and its columns: the key's and the record's. */
  link: new () => ObjectLiteral;
  keyColumn: string;
  targetColumn: string;
  /** Extra SQL condition on alias `target` (visibility), with its named parameters. */
  condition?: { sql: string; parameters: Record<string, unknown> } | null;
  /** Narrows the records further (a list's filter), on alias `target` with SQL column names. */
  narrow?: (query: SelectQueryBuilder<ObjectLiteral>) => void;
  /**
   * What, besides the keys, decides the SELECT's text and parameters (the loader's name: visibility, page,
   * cursors, filter, sort): the SQL built for a shape is reused for the next keys of the same shape. A
   * shape that leaves something out would answer with another request's conditions: none, none reused.
   */
  shape?: string;
}

/**
 * One keyset page of records for each key (a member's practices, a member's transfers…) in ONE SELECT for
 * any number of keys: the records of each key are numbered in the request's keyset order (on alias
 * `target`) and counted by window functions, on either side of the cursors too (the kit's ranked pages),
 * and only the page's rows come back, plus each key's first row so the counts are known even past the
 * last page.
 */
export async function rankedPagesByKey<T extends { id: string }>(
  query: RankedPagesQuery<T>,
  keys: readonly string[],
  request: PageRequest,
): Promise<ConnectionShape<T>[]> {
  const byId = new Map<string, T>();
  let raw: RankedRow[];
  // The rows hydrated by the kit (TypeORM's own conversions, without its per-call planning); TypeORM's
  // path for an entity the kit's hydrator does not support.
  const hydrate = entityHydrator(query.dataSource, query.target, "row");
  if (hydrate) {
    const select = builtSelect(query, keys, request);
    raw = (await query.dataSource.query(select.sql, select.parameters)) as RankedRow[];
    for (const row of raw) if (!byId.has(row.ranked_target_id)) byId.set(row.ranked_target_id, hydrate(row));
  } else {
    const result = await rankedSelect(query, [...keys], request).getRawAndEntities<RankedRow>();
    raw = result.raw;
    for (const entity of result.entities) byId.set(entity.id, entity);
  }

  // PostgreSQL prints uuids in lower case; keys are canonical (lower case) already.
  const pages = new Map<string, { rows: KeyedRow<T>[]; counts: PageCounts }>(
    keys.map((key) => [key.toLowerCase(), { rows: [], counts: rankedCounts(undefined) }]),
  );
  for (const row of raw) {
    const page = pages.get(row.ranked_key);
    if (!page) continue;
    page.counts = rankedCounts(row);
    if (inRankedPage(request, Number(row.keyset_rn), page.counts)) {
      page.rows.push({ node: byId.get(row.ranked_target_id)!, key: keyOfRow(request.keyset, row) });
    }
  }
  return keys.map((key) => {
    const page = pages.get(key.toLowerCase())!;
    return toConnection(page.rows, request, page.counts);
  });
}

/** SELECTs built for a shape (`RankedPagesQuery.shape`), with where their keys go among the parameters. */
const builtSelects = new WeakMap<
  DataSource,
  LRUCache<string, { sql: string; parameters: unknown[]; keysAt: number }>
>();
/** How many shapes a DataSource keeps: pages differ by cursor, so shapes are many and their use is brief. */
const BUILT_SELECTS_MAX = 1000;

/**
 * The SQL and parameters of a ranked pages SELECT: TypeORM's query builder makes the text again for every
 * call (as much CPU as the statement itself), so with a `shape` it is made once and only the keys change.
 */
function builtSelect<T extends { id: string }>(
  query: RankedPagesQuery<T>,
  keys: readonly string[],
  request: PageRequest,
): { sql: string; parameters: unknown[] } {
  const keyArray = [...keys];
  let cache = builtSelects.get(query.dataSource);
  const cached = query.shape === undefined ? undefined : cache?.get(query.shape);
  if (cached) {
    const parameters = [...cached.parameters];
    parameters[cached.keysAt] = keyArray;
    return { sql: cached.sql, parameters };
  }
  const [sql, parameters] = rankedSelect(query, keyArray, request).getQueryAndParameters();
  // TypeORM passes a parameter that is not spread (`:rankedKeys`) as it is: found by identity.
  const keysAt = parameters.indexOf(keyArray);
  if (query.shape !== undefined && keysAt >= 0) {
    if (!cache) builtSelects.set(query.dataSource, (cache = new LRUCache({ max: BUILT_SELECTS_MAX })));
    // Without this call's keys, which the next call replaces anyway.
    cache.set(query.shape, { sql, parameters: parameters.with(keysAt, null), keysAt });
  }
  return { sql, parameters };
}

/** The ranked pages SELECT of `query` for `keys`, as TypeORM's query builder. */
function rankedSelect<T extends { id: string }>(
  query: RankedPagesQuery<T>,
  keys: string[],
  request: PageRequest,
): SelectQueryBuilder<T> {
  let bound = 0;
  const outer = query.dataSource.getRepository(query.target).createQueryBuilder("row");
  const carried = [
    "rn",
    "total",
    "preceding",
    "following",
    ...request.keyset.parts.map((_part, index) => index),
  ];
  for (const name of carried) outer.addSelect(`ranked.keyset_${name}`, `keyset_${name}`);
  return outer
    .innerJoin(
      (ranked) => {
        const bind = (value: string) => {
          const name = `keyset${bound++}`;
          ranked.setParameter(name, value);
          return `:${name}`;
        };
        ranked
          .select(`link.${query.keyColumn}`, "key")
          .addSelect(`link.${query.targetColumn}`, "target_id")
          .from(query.link, "link")
          .innerJoin(query.target, "target", `target.id = link.${query.targetColumn}`)
          .where(`link.${query.keyColumn} = ANY(CAST(:rankedKeys AS uuid[]))`, { rankedKeys: keys });
        const columns = [
          ...rankedColumns(request, `link.${query.keyColumn}`, bind),
          ...keyColumns(request.keyset),
        ];
        for (const [sql, alias] of columns) ranked.addSelect(sql, alias);
        if (query.condition) ranked.andWhere(query.condition.sql, query.condition.parameters);
        query.narrow?.(ranked);
        return ranked;
      },
      "ranked",
      "ranked.target_id = row.id",
    )
    .addSelect("ranked.key", "ranked_key")
    .addSelect("ranked.target_id", "ranked_target_id")
    .where(`(${rankedPageSql(request, "ranked")} OR ranked.keyset_rn = 1)`)
    .orderBy("ranked.key", "ASC")
    .addOrderBy("ranked.keyset_rn", "ASC");
}
