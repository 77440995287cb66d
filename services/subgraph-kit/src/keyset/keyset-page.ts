import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import {
  toConnection,
  type ConnectionShape,
  type KeyedRow,
  type PageCounts,
  type PageRequest,
} from "../connection";
import { keyColumns, keyOfRow, positionSql, type Bind } from "./keyset-sql";
import { keyset, type KeyPart, type KeyType, type Keyset } from "./sort-key";

/** Key types of TypeORM column types (those lists are sorted by). */
const keyTypes: Record<string, KeyType> = {
  uuid: "uuid",
  text: "text",
  varchar: "text",
  "character varying": "text",
  citext: "text",
  int: "int",
  integer: "int",
  int4: "int",
  smallint: "int",
  int2: "int",
  bigint: "bigint",
  int8: "bigint",
  numeric: "numeric",
  decimal: "numeric",
  real: "real",
  float4: "real",
  date: "date",
  timestamptz: "timestamptz",
  "timestamp with time zone": "timestamptz",
  enum: "enum",
};

/**
 * The key part of an entity's column (by property name) on an alias, for raw SQL as for query builders:
 * its SQL, type and nullability come from the entity's metadata, so a list's order cannot disagree with
 * its table.
 */
export function entityColumnKey(
  metadata: EntityMetadata,
  alias: string,
  property: string,
  direction: "ASC" | "DESC" = "ASC",
): KeyPart {
  const column = metadata.findColumnWithPropertyPath(property);
  const type = column && keyTypes[String(column.type)];
  if (!column || !type) throw new Error(`keyset: ${metadata.name}.${property} is not a sortable column`);
  return {
    sql: `"${alias}"."${column.databaseName}"`,
    type,
    direction,
    nullable: column.isNullable,
    // TypeORM's own name for an enum type it was not given one for
    enumName: column.enumName ?? `${metadata.tableName}_${column.databaseName}_enum`,
    enumValues: column.enum?.map(String),
  };
}

/** The key part of a query builder's column, named as in TypeORM: `alias.property` (`member.name`). */
export function columnKey<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  path: string,
  direction: "ASC" | "DESC" = "ASC",
): KeyPart {
  const [alias, property] = path.split(".");
  return entityColumnKey(query.expressionMap.findAliasByName(alias).metadata, alias, property, direction);
}

/** A list's order as its callers write it: an entity column (`alias.property`) and a direction, or a key part. */
export type OrderItem = KeyPart | { column: string; direction?: "ASC" | "DESC" };

/**
 * The keyset of a TypeORM query: the given order, then the query's own id ascending as tie-breaker, so
 * every row has one place. `list` names the list in its cursors (a cursor of another list is refused).
 */
export function queryKeyset<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  list: string,
  order: OrderItem[],
): Keyset {
  const parts = order.map((item) =>
    "column" in item ? columnKey(query, item.column, item.direction) : item,
  );
  return keyset(list, [...parts, columnKey(query, `${query.alias}.id`)]);
}

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
