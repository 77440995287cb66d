import { invalidField } from "@pole/subgraph-kit";

/** Lower-cases member ids of a list and refuses one given twice, naming the list. */
export function uniqueMemberIds(ids: string[], listName: string): string[] {
  const canonical = ids.map((id) => id.toLowerCase());
  if (new Set(canonical).size !== canonical.length) {
    throw invalidField(listName, "unique", "economic.memberListedTwice");
  }
  return canonical;
}
