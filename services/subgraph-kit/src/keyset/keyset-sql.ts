import type { CursorValues } from "./cursor";
import { castOf, textOf, type Keyset } from "./sort-key";

/** Binds a cursor value as a query parameter and returns its placeholder (`$3`, `:keyset0`). */
export type Bind = (value: string) => string;

/**
 * The ORDER BY of a keyset, forward or reversed (to read a list from its end). Nulls come last in the
 * forward order whatever the direction, so they come first when reversed.
 */
export function orderSql(keyset: Keyset, reversed = false): string {
  return keyset.parts
    .map((part) => {
      const ascending = (part.direction === "ASC") !== reversed;
      const nulls = part.nullable ? (reversed ? " NULLS FIRST" : " NULLS LAST") : "";
      return `${part.sql} ${ascending ? "ASC" : "DESC"}${nulls}`;
    })
    .join(", ");
}

/**
 * SQL that holds for the rows strictly after (`"after"`) or strictly before (`"before"`) the position of
 * a cursor in the keyset's forward order: `(a > x) OR (a = x AND b > y) OR …`, each comparison in its
 * column's direction and with nulls last. Never NULL, so that `NOT (…)` counts the other side exactly.
 */
export function positionSql(
  keyset: Keyset,
  values: CursorValues,
  side: "after" | "before",
  bind: Bind,
): string {
  const parameters = values.map((value, index) =>
    value === null ? null : castOf(keyset.parts[index], bind(value)),
  );
  const equal = (index: number) => {
    const { sql, nullable } = keyset.parts[index];
    const value = parameters[index];
    if (value === null) return `${sql} IS NULL`;
    return nullable ? `(${sql} IS NOT NULL AND ${sql} = ${value})` : `${sql} = ${value}`;
  };
  const beyond = (index: number): string | null => {
    const { sql, nullable, direction } = keyset.parts[index];
    const value = parameters[index];
    const greater = (direction === "ASC") === (side === "after");
    const compare = `${sql} ${greater ? ">" : "<"} ${value}`;
    if (side === "after") {
      if (value === null) return null; // nothing comes after a null: nulls are last
      return nullable ? `(${compare} OR ${sql} IS NULL)` : compare;
    }
    if (value === null) return `${sql} IS NOT NULL`; // every value comes before a null
    return nullable ? `(${sql} IS NOT NULL AND ${compare})` : compare;
  };
  const terms: string[] = [];
  keyset.parts.forEach((_part, index) => {
    const step = beyond(index);
    if (step === null) return;
    const equals = Array.from({ length: index }, (_unused, previous) => equal(previous));
    terms.push(`(${[...equals, step].join(" AND ")})`);
  });
  return terms.length > 0 ? `(${terms.join(" OR ")})` : "FALSE";
}

/** Select expressions giving each key part as text, with their aliases `keyset_0`, `keyset_1`… (the id last). */
export function keyColumns(keyset: Keyset): [string, string][] {
  return keyset.parts.map((part, index) => [textOf(part), `keyset_${index}`]);
}

/** `keyColumns` as SQL select expressions. */
export function keyColumnsSql(keyset: Keyset): string[] {
  return keyColumns(keyset).map(([sql, alias]) => `${sql} AS ${alias}`);
}

/** Reads a row's key values from the `keyset_<i>` columns that `keyColumnsSql` selected. */
export function keyOfRow(keyset: Keyset, row: Record<string, unknown>): CursorValues {
  return keyset.parts.map((_part, index) => {
    const value = row[`keyset_${index}`];
    return value === null || value === undefined ? null : String(value);
  });
}
