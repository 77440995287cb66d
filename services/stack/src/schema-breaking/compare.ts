// Compares two versions of the API schema with @graphql-inspector/core and sorts the changes: breaking ones
// (failures unless allowed), allowed ones, dangerous ones (printed, never failures), and allow-list entries
// that match no breaking change (stale).
import { CriticalityLevel, diff, type Change } from "@graphql-inspector/core";
import { buildSchema } from "graphql";
import type { AllowedChange } from "./allow-list";

export interface SchemaComparison {
  /** Breaking changes the allow-list does not name: the check fails on them. */
  breaking: Change[];
  /** Breaking changes the allow-list names, with its reason. */
  allowed: { change: Change; reason: string }[];
  /** Changes that may surprise a client (a new enum value, a new optional argument…). */
  dangerous: Change[];
  /** Changes no client notices. */
  safe: Change[];
  /** Allow-list entries that match no breaking change. */
  stale: AllowedChange[];
}

const matches = (entry: AllowedChange, change: Change) =>
  entry.type === change.type && entry.path === (change.path ?? "");

/** Compares the schema at the base (`oldSdl`) with the new one; throws on SDL that does not build. */
export async function compareSchemas(
  oldSdl: string,
  newSdl: string,
  allowList: AllowedChange[],
): Promise<SchemaComparison> {
  const changes = await diff(buildSchema(oldSdl), buildSchema(newSdl));
  const result: SchemaComparison = { breaking: [], allowed: [], dangerous: [], safe: [], stale: [] };
  const used = new Set<AllowedChange>();
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.Breaking) {
      const entry = allowList.find((candidate) => matches(candidate, change));
      if (entry) {
        used.add(entry);
        result.allowed.push({ change, reason: entry.reason });
      } else result.breaking.push(change);
    } else if (change.criticality.level === CriticalityLevel.Dangerous) result.dangerous.push(change);
    else result.safe.push(change);
  }
  result.stale = allowList.filter((entry) => !used.has(entry));
  return result;
}

/** One line per change: its type, path and the inspector's message. */
export const describeChange = (change: Change) =>
  `${change.type} ${change.path ?? "(schema)"}: ${change.message}`;
