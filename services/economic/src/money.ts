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
