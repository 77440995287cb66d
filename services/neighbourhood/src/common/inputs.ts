import { invalidField, requireUuid, type IsoDate } from "@pole/subgraph-kit";

/**
 * In an update input, null clears a nullable field; for the others, refuses null with a message that says
 * to leave the field out instead.
 */
export function refuseNulls<T extends object>(input: T, fields: (keyof T & string)[]): void {
  for (const field of fields) {
    if (input[field] === null) throw invalidField(`input.${field}`, "required", "input.notNull");
  }
}

/** Refuses an end before a start: a field error on the input's `endName`, naming `startName`. */
export function assertOrderedDates(
  start: IsoDate | null | undefined,
  end: IsoDate | null | undefined,
  startName: string,
  endName: string,
): void {
  if (start && end && end < start) {
    throw invalidField(`input.${endName}`, "order", "input.notBefore", { other: startName });
  }
}

/** Ids checked and put in canonical form, duplicates dropped, in the order given; `name` is the list's path. */
export function requireUuids(values: readonly string[], name: string): string[] {
  return [...new Set(values.map((value, index) => requireUuid(value, `${name}[${index}]`)))];
}

/** The fields an update input gives (undefined means: keep the stored value). */
export function definedFields<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
