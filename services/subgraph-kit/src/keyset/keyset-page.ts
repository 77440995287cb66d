import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import {
  toConnection,
  type ConnectionShape,
  type KeyedRow,
  type PageCounts,
  type PageRequest,
} from "../connection";
import { keyColumns, keyOfRow, positionSql, type Bind } from "./keyset-sql";

/** Binds cursor values as named parameters of a query builder (`:keyset0`, `:keyset1`…). */
function namedBinder<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Bind {
  let count = 0;
  return (value) => {
    const name = `keyset${count++}`;
    query.setParameter(name, value);
    return `:${name}`;
  };
}

/** A keyset page's rows (in the list's order) with their raw columns, and the counts around it. */
export interface KeysetRows<T> {
  rows: (KeyedRow<T> & { raw: Record<string, unknown> })[];
  counts: PageCounts;
}

/**
 * One page of a TypeORM query in keyset order: two statements whatever the page size and position — the
 * page itself, cut by the cursors' places (`WHERE key > cursor`), never by an offset, and the counts
 * (total, and the items on either side of the cursors, for the page's flags), skipped when the page
 * shows it holds the whole list. The query holds the filter
 * only; rows must be unique per id (no one-to-many join).
 */
export async function keysetRows<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  request: PageRequest,
): Promise<KeysetRows<T>> {
  const { keyset } = request;
  const bind = namedBinder(query);
  const after = request.after && positionSql(keyset, request.after, "after", bind);
  const before = request.before && positionSql(keyset, request.before, "before", bind);
  const id = keyset.parts[keyset.parts.length - 1].sql;
  const countQuery = query
    .clone()
    .orderBy()
    .select(`count(DISTINCT ${id})`, "total")
    .addSelect(after ? `count(DISTINCT ${id}) FILTER (WHERE NOT ${after})` : "0", "preceding")
    .addSelect(before ? `count(DISTINCT ${id}) FILTER (WHERE NOT ${before})` : "0", "following");

  if (after) query.andWhere(after);
  if (before) query.andWhere(before);
  query.orderBy();
  // Backward pages are read from the end (reversed order), then put back in the list's order.
  for (const part of keyset.parts) {
    const ascending = (part.direction === "ASC") !== request.backward;
    const nulls = part.nullable ? (request.backward ? "NULLS FIRST" : "NULLS LAST") : undefined;
    query.addOrderBy(part.sql, ascending ? "ASC" : "DESC", nulls);
  }
  for (const [sql, alias] of keyColumns(keyset)) query.addSelect(sql, alias);
  const { entities, raw } = await query.limit(request.limit).getRawAndEntities<Record<string, unknown>>();
  const rows = entities.map((node, index) => ({ node, key: keyOfRow(keyset, raw[index]), raw: raw[index] }));
  if (request.backward) rows.reverse();

  // A page without cursors that is not full holds the whole list: no count needed (as TypeORM's
  // getManyAndCount does).
  if (!after && !before && rows.length < request.limit) {
    return { rows, counts: { total: rows.length, preceding: 0, following: 0 } };
  }
  const counts = await countQuery.getRawOne<Record<keyof PageCounts, string>>();
  return {
    rows,
    counts: {
      total: Number(counts?.total ?? 0),
      preceding: Number(counts?.preceding ?? 0),
      following: Number(counts?.following ?? 0),
    },
  };
}

/** `keysetRows` as a connection. */
export async function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  request: PageRequest,
): Promise<ConnectionShape<T>> {
  const { rows, counts } = await keysetRows(query, request);
  return toConnection(rows, request, counts);
}
