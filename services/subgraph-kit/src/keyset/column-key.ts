import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from "typeorm";
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
    ...(type === "enum" && {
      // TypeORM's own name for an enum type it was not given one for
      enumName: column.enumName ?? `${metadata.tableName}_${column.databaseName}_enum`,
      enumValues: column.enum?.map(String),
    }),
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
