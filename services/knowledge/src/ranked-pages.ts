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
  outer
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
          .where(`link.${query.keyColumn} = ANY(CAST(:rankedKeys AS uuid[]))`, { rankedKeys: [...keys] });
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
  const byId = new Map<string, T>();
  let raw: RankedRow[];
  // The rows hydrated by the kit (TypeORM's own conversions, without its per-call planning); TypeORM's
  // path for an entity the kit's hydrator does not support.
  const hydrate = entityHydrator(query.dataSource, query.target, "row");
  if (hydrate) {
    const [sql, parameters] = outer.getQueryAndParameters();
    raw = (await query.dataSource.query(sql, parameters)) as RankedRow[];
    for (const row of raw) if (!byId.has(row.ranked_target_id)) byId.set(row.ranked_target_id, hydrate(row));
  } else {
    const result = await outer.getRawAndEntities<RankedRow>();
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
