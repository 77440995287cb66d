import { forbidden, invalidField, type TerritoryWrite, type Viewer } from "@pole/subgraph-kit";
import { optionalUuid } from "../ids";

/**
 * Object-level rules of the writes other territories make: the Pôle's staff writes for any territory; a
 * `territory` token writes only records of its own territory. Checked before any write.
 */
export function assertMayWriteFor(
  viewer: Viewer | null,
  territoryId: string | null,
  what: TerritoryWrite,
): void {
  if (viewer?.role === "staff") return;
  if (
    viewer?.role === "territory" &&
    territoryId !== null &&
    territoryId === viewer.territoryId?.toLowerCase()
  ) {
    return;
  }
  throw forbidden("knowledge.ownTerritoryRecordsOnly", { what });
}

/**
 * The territory a new record is written for: a territory token's own territory when `requested` is
 * omitted, refused (FORBIDDEN) when it names another; for staff, the requested one (`required`: or
 * BAD_USER_INPUT).
 */
export function territoryToWriteFor(
  viewer: Viewer | null,
  requested: string | null | undefined,
  what: TerritoryWrite,
  { required }: { required: boolean },
): string | null {
  const id = optionalUuid(requested, "input.territoryId") ?? null;
  if (viewer?.role === "territory") {
    const own = viewer.territoryId!.toLowerCase();
    if (id !== null && id !== own) throw forbidden("knowledge.ownTerritoryOnly", { what });
    return own;
  }
  if (viewer?.role !== "staff") throw forbidden();
  if (id === null && required) throw invalidField("input.territoryId", "required", "input.required");
  return id;
}
