import { requireUuid } from "@pole/subgraph-kit";

/** Checked, canonical, distinct ids of an input list, each named in errors (`input.memberIds[2]`). */
export function requireUuids(ids: string[], name: string): string[] {
  return [...new Set(ids.map((id, index) => requireUuid(id, `${name}[${index}]`)))];
}

/**
 * An optional id of an input: undefined (omitted) and null (cleared) pass through, anything else must be
 * a UUID (BAD_USER_INPUT naming the field otherwise, an empty string included).
 */
export function optionalUuid<T extends null | undefined>(value: string | T, name: string): string | T {
  return value === null || value === undefined ? value : requireUuid(value, name);
}
