import { GraphQLLocalDate } from "graphql-scalars";
import { invalidField } from "./field-errors";

/** Calendar dates (`YYYY-MM-DD`, no time zone), as PostgreSQL `date` columns hold them. */
export const LocalDate = GraphQLLocalDate;

/** TypeORM reads `date` columns as `YYYY-MM-DD` strings; this is that string type. */
export type IsoDate = string;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An id as PostgreSQL returns it: a UUID in lower case, or null when the value is no UUID. UUIDs are
 * case-insensitive; loaders match rows to keys as strings, so every id is put in this form on the way in.
 */
export function canonicalUuid(value: string): string | null {
  return UUID.test(value) ? value.toLowerCase() : null;
}

/**
 * `canonicalUuid`, refusing anything else with BAD_USER_INPUT before any SQL runs; `name` is the field's
 * path in the arguments (`input.phaseId`, `input.memberIds[2]`).
 */
export function requireUuid(value: string, name = "id"): string {
  const id = canonicalUuid(value);
  if (!id) throw invalidField(name, "format", "input.uuid");
  return id;
}

/** Refuses a `from`/`to` range whose start is after its end (dates compare as `YYYY-MM-DD` strings). */
export function assertDateRange(
  from: IsoDate | null | undefined,
  to: IsoDate | null | undefined,
  prefix = "",
): void {
  if (from && to && from > to) {
    throw invalidField(`${prefix}from`, "order", "input.notAfter", { other: `${prefix}to` });
  }
}
