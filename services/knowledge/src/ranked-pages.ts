import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { toConnection, type ConnectionShape, type PageWindow } from "@pole/subgraph-kit";

interface RankedRow {
  ranked_key: string;
  ranked_target_id: string;
  ranked_rn: string;
  ranked_total: string;
}

/** How to reach the records of a key through a link table, e.g. a member's practices through practice_member. */
export interface RankedPagesQuery<T extends { id: string }> {
  dataSource: DataSource;
  /** The records listed (e.g. Practice), with the alias `target` in `orderBy` and `condition`. */
  target: new () => T;
  /** The link entity (e.g. PracticeMember) and its columns: the key's and the record's. */
  link: new () => ObjectLiteral;
  keyColumn: string;
  targetColumn: string;
  /** SQL order of a key's records, on alias `target`, ending with a unique tie-breaker. */
  orderBy: string;
  /** Extra SQL condition on alias `target` (visibility), with its named parameters. */
  condition?: { sql: string; parameters: Record<string, unknown> } | null;
  /** Narrows the records further (a list's filter), on alias `target` with SQL column names. */
  narrow?: (query: SelectQueryBuilder<ObjectLiteral>) => void;
}

/**
 * One page of records for each key (a member's practices, a member's transfers…) in ONE SELECT for any
 * number of keys: the records of each key are ranked and counted by window functions and only the page's
 * rows come back, plus each key's first row so the total is known even past the last page.
 */
export async function rankedPagesByKey<T extends { id: string }>(
  query: RankedPagesQuery<T>,
  keys: readonly string[],
  window: PageWindow,
): Promise<ConnectionShape<T>[]> {
  const { entities, raw } = await query.dataSource
    .getRepository(query.target)
    .createQueryBuilder("row")
    .innerJoin(
      (ranked) => {
        ranked
          .select(`link.${query.keyColumn}`, "key")
          .addSelect(`link.${query.targetColumn}`, "target_id")
          .addSelect(
            `row_number() OVER (PARTITION BY link.${query.keyColumn} ORDER BY ${query.orderBy})`,
            "rn",
          )
          .addSelect(`count(*) OVER (PARTITION BY link.${query.keyColumn})`, "total")
          .from(query.link, "link")
          .innerJoin(query.target, "target", `target.id = link.${query.targetColumn}`)
          .where(`link.${query.keyColumn} = ANY(CAST(:rankedKeys AS uuid[]))`, { rankedKeys: [...keys] });
        if (query.condition) ranked.andWhere(query.condition.sql, query.condition.parameters);
        query.narrow?.(ranked);
        return ranked;
      },
      "ranked",
      "ranked.target_id = row.id",
    )
    .addSelect("ranked.key", "ranked_key")
    .addSelect("ranked.target_id", "ranked_target_id")
    .addSelect("ranked.rn", "ranked_rn")
    .addSelect("ranked.total", "ranked_total")
    .where("((ranked.rn > :offset AND ranked.rn <= :end) OR ranked.rn = 1)", {
      offset: window.offset,
      end: window.offset + window.limit,
    })
    .orderBy("ranked.key", "ASC")
    .addOrderBy("ranked.rn", "ASC")
    .getRawAndEntities<RankedRow>();

  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  // PostgreSQL prints uuids in lower case; keys are canonical (lower case) already.
  const pages = new Map<string, { rows: T[]; total: number }>(
    keys.map((key) => [key.toLowerCase(), { rows: [], total: 0 }]),
  );
  for (const row of raw) {
    const page = pages.get(row.ranked_key);
    if (!page) continue;
    page.total = Number(row.ranked_total);
    const rank = Number(row.ranked_rn);
    if (rank > window.offset && rank <= window.offset + window.limit)
      page.rows.push(byId.get(row.ranked_target_id)!);
  }
  return keys.map((key) => {
    const page = pages.get(key.toLowerCase())!;
    return toConnection(page.rows, window, page.total);
  });
}
