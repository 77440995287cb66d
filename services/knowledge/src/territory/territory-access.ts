import type { EntityManager } from "typeorm";
import { forbidden, invalidField, missingRecord, type TerritoryWrite, type Viewer } from "@pole/subgraph-kit";
import { optionalUuid } from "../ids";
import { Territory } from "./territory.entity";

/** Refuses a territory id that names no territory: NOT_FOUND at `path`, naming the id. */
export async function assertTerritoryExists(manager: EntityManager, id: string, path: string): Promise<void> {
  if (!(await manager.exists(Territory, { where: { id } }))) {
    throw missingRecord(path, "knowledge.noTerritory", { id });
  }
}

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

/**
 * `territoryToWriteFor`, inside a mutation's transaction, after checking that a requested territory exists:
 * an unknown territory id is NOT_FOUND (`input.territoryId`: no territory <id>) for every caller, before the
 * rule that a territory writes only for itself (FORBIDDEN: territories are public, so that reveals nothing).
 */
export async function territoryToWriteIn(
  manager: EntityManager,
  viewer: Viewer | null,
  requested: string | null | undefined,
  what: TerritoryWrite,
  options: { required: boolean },
): Promise<string | null> {
  const id = optionalUuid(requested, "input.territoryId") ?? null;
  if (id !== null) await assertTerritoryExists(manager, id, "input.territoryId");
  return territoryToWriteFor(viewer, id, what, options);
}
