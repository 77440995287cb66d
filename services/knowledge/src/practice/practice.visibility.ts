import type { Viewer } from "@pole/subgraph-kit";
import { PracticeStatus } from "./practice-status.enum";
import type { Practice } from "./practice.entity";

/**
 * Which practices a caller may see: the Pôle's staff sees every status; a territory sees published
 * practices and every practice of its own territory (its drafts, those in review, those it withdrew);
 * anonymous, member and council callers only published practices. Adoptions follow their practice.
 */
export type PracticeVisibility = { all: true } | { all: false; ownTerritoryId: string | null };

export function practiceVisibility(viewer: Viewer | null): PracticeVisibility {
  if (viewer?.role === "staff") return { all: true };
  return {
    all: false,
    ownTerritoryId: (viewer?.role === "territory" && viewer.territoryId?.toLowerCase()) || null,
  };
}

/** A short stable name of a visibility, for loader names (one loader per visibility). */
export function visibilityKey(visibility: PracticeVisibility): string {
  if (visibility.all) return "all";
  return visibility.ownTerritoryId ? `published+${visibility.ownTerritoryId}` : "published";
}

/** Whether a practice may be shown under a visibility. */
export function isPracticeVisible(practice: Practice, visibility: PracticeVisibility): boolean {
  if (visibility.all || practice.status === PracticeStatus.PUBLISHED) return true;
  return visibility.ownTerritoryId !== null && practice.territoryId === visibility.ownTerritoryId;
}

/**
 * The SQL condition (with its named parameters, for TypeORM's query builder) that lets through the
 * practices of table alias `alias` a visibility allows; null when every practice is visible.
 */
export function visibilityCondition(
  visibility: PracticeVisibility,
  alias: string,
): { sql: string; parameters: Record<string, unknown> } | null {
  if (visibility.all) return null;
  const published = `${alias}.status = 'PUBLISHED'`;
  if (!visibility.ownTerritoryId) return { sql: published, parameters: {} };
  return {
    sql: `(${published} OR ${alias}.territory_id = :visibleOwnTerritoryId)`,
    parameters: { visibleOwnTerritoryId: visibility.ownTerritoryId },
  };
}

/**
 * The SQL condition of the change feed (`practices(filter: { updatedSince })`): what the visibility allows,
 * and for everyone the tombstones of withdrawn practices that had been published, so that a harvester
 * which copied a published practice learns that it was withdrawn (and does not take its absence for an
 * outage). Null when every practice is visible.
 */
export function changeFeedCondition(
  visibility: PracticeVisibility,
  alias: string,
): { sql: string; parameters: Record<string, unknown> } | null {
  const visible = visibilityCondition(visibility, alias);
  if (!visible) return null;
  return {
    sql: `(${visible.sql} OR (${alias}.status = 'WITHDRAWN' AND ${alias}.published_on IS NOT NULL))`,
    parameters: visible.parameters,
  };
}
