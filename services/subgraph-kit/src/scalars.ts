import { GraphQLError, GraphQLScalarType, type ValueNode } from "graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { invalidField } from "./field-errors";

/**
 * The year 0000, which `GraphQLLocalDate` accepts but PostgreSQL's `date` refuses (its calendar has no
 * year zero: 1 BC is followed by AD 1), so that it was an internal error after SQL instead of bad input.
 */
function refuseYearZero(value: unknown, ast?: ValueNode): unknown {
  if (typeof value === "string" && value.startsWith("0000-")) {
    throw new GraphQLError(`Value is not a valid LocalDate: ${value}`, ast ? { nodes: ast } : undefined);
  }
  return value;
}

/** Calendar dates (`YYYY-MM-DD`, no time zone, years 0001 to 9999), as PostgreSQL `date` columns hold them. */
export const LocalDate = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  parseValue: (value) => refuseYearZero(GraphQLLocalDate.parseValue(value)),
  parseLiteral: (ast, variables) => refuseYearZero(GraphQLLocalDate.parseLiteral(ast, variables), ast),
});

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
