import type { ValueTransformer } from "typeorm";

/** Reads PostgreSQL `bigint` (a string in `pg`) as a number; exact below 2^53. */
export const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** Exact cents from an amount in euros that has at most two decimals (validated on input). */
export function eurosToCents(euros: number): number {
  return Math.round(euros * 100);
}

/** Today's date in Paris, as `YYYY-MM-DD`. */
export function todayInParis(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(now);
}
