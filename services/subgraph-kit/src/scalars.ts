import { GraphQLLocalDate } from "graphql-scalars";

/** Calendar dates (`YYYY-MM-DD`, no time zone), as PostgreSQL `date` columns hold them. */
export const LocalDate = GraphQLLocalDate;

/** TypeORM reads `date` columns as `YYYY-MM-DD` strings; this is that string type. */
export type IsoDate = string;

/** Whether a string is an RFC 4122 UUID (what our ids are); lets resolvers refuse garbage before SQL. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
