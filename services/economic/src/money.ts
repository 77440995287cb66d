import type { ValueTransformer } from "typeorm";

/** Reads PostgreSQL `bigint` cents (strings in `pg`) as numbers; exact below 2^53 cents. */
export const bigintCents: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** Reads PostgreSQL `numeric` (strings in `pg`) as numbers. */
export const numericValue: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** Exact cents of an amount in euros (inputs are validated to two decimals). */
export function eurosToCents(euros: number): number {
  return Math.round(euros * 100);
}

/** `eurosToCents`, keeping null and undefined as null. */
export function optionalCents(euros: number | null | undefined): number | null {
  return euros === null || euros === undefined ? null : eurosToCents(euros);
}

/**
 * Reads PostgreSQL `date[]` as `YYYY-MM-DD` strings: `pg` parses array elements into local-midnight Dates,
 * where TypeORM leaves single `date` columns as strings.
 */
export const dateArray: ValueTransformer = {
  to: (value: string[] | null | undefined) => value,
  from: (value: (Date | string)[] | null) =>
    value === null
      ? null
      : value.map((day) =>
          typeof day === "string"
            ? day
            : `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`,
        ),
};
