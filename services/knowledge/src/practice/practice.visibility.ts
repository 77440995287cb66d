import type { MiddlewareFn } from "type-graphql";
import type { SubgraphContext, Viewer } from "@pole/subgraph-kit";
import { PracticeStatus } from "./practice-status.enum";
import type { Practice } from "./practice.entity";

/**
 * Which practices a caller may see: the Pôle's staff sees every status; a territory sees published
 * practices and every practice of its own territory (its drafts, those in review, those it withdrew);
 * anonymous, member and council callers only published practices. Besides, everyone sees the TOMBSTONE of a
 * practice that was published and then withdrawn (id, title, territory, status, reason, withdrawal and
 * publication dates; its content is no longer distributed, see `seesPracticeContent`): a harvester tells
 * « withdrawn » from « never existed ». A practice withdrawn before it was ever published never existed
 * publicly: it stays invisible to those who could not see it. Adoptions follow their practice (tombstones
 * included).
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

/** Whether a practice is a public tombstone: published once, then withdrawn. */
export function isTombstone(practice: Pick<Practice, "status" | "publishedOn">): boolean {
  return practice.status === PracticeStatus.WITHDRAWN && practice.publishedOn !== null;
}

/** Whether a practice may be shown under a visibility, in full or as a tombstone. */
export function isPracticeVisible(practice: Practice, visibility: PracticeVisibility): boolean {
  if (visibility.all || practice.status === PracticeStatus.PUBLISHED || isTombstone(practice)) return true;
  return visibility.ownTerritoryId !== null && practice.territoryId === visibility.ownTerritoryId;
}

/**
 * The SQL condition "practice of alias `alias` is a public tombstone" (published once, then withdrawn):
 * what incremental harvesting returns beside the published practices.
 */
export const tombstoneCondition = (alias: string) =>
  `(${alias}.status = 'WITHDRAWN' AND ${alias}.published_on IS NOT NULL)`;

/**
 * The SQL condition (with its named parameters, for TypeORM's query builder) that lets through the
 * practices of table alias `alias` a visibility allows; null when every practice is visible.
 * `tombstones`: whether public tombstones pass too (reads of one record, adoptions, transfers, harvesting
 * do; lists of good practice do only when asked for WITHDRAWN ones).
 */
export function visibilityCondition(
  visibility: PracticeVisibility,
  alias: string,
  { tombstones = true }: { tombstones?: boolean } = {},
): { sql: string; parameters: Record<string, unknown> } | null {
  if (visibility.all) return null;
  const published = tombstones
    ? `(${alias}.status = 'PUBLISHED' OR ${tombstoneCondition(alias)})`
    : `${alias}.status = 'PUBLISHED'`;
  if (!visibility.ownTerritoryId) return { sql: published, parameters: {} };
  return {
    sql: `(${published} OR ${alias}.territory_id = :visibleOwnTerritoryId)`,
    parameters: { visibleOwnTerritoryId: visibility.ownTerritoryId },
  };
}

/**
 * The SQL condition of the change feed (`practices(filter: { updatedSince })`): what the visibility allows,
 * tombstones of withdrawn practices that had been published included (for everyone), so that a harvester
 * which copied a published practice learns that it was withdrawn (and does not take its absence for an
 * outage). Null when every practice is visible.
 */
export const changeFeedCondition = (visibility: PracticeVisibility, alias: string) =>
  visibilityCondition(visibility, alias, { tombstones: true });

/**
 * The condition of a LIST of practices (the library, a member's practices): the practices a visibility
 * allows, without tombstones unless the list asks for WITHDRAWN ones (a list of good practice does not
 * show withdrawn ones by default).
 */
export const listCondition = (
  visibility: PracticeVisibility,
  alias: string,
  status?: PracticeStatus | null,
) => visibilityCondition(visibility, alias, { tombstones: status === PracticeStatus.WITHDRAWN });

/**
 * The practices a search looks through (alias `practice`): the published ones; with `includeOwnDrafts`, also
 * a territory's own DRAFT and IN_REVIEW practices (every one of them for staff; nothing more for other
 * callers). Never tombstones nor another territory's drafts.
 */
export function searchableCondition(
  viewer: Viewer | null,
  includeOwnDrafts: boolean,
): { sql: string; parameters: Record<string, unknown> } {
  const published = "practice.status = 'PUBLISHED'";
  if (!includeOwnDrafts) return { sql: published, parameters: {} };
  const drafts = "practice.status IN ('DRAFT', 'IN_REVIEW')";
  const visibility = practiceVisibility(viewer);
  if (visibility.all) return { sql: `(${published} OR ${drafts})`, parameters: {} };
  if (!visibility.ownTerritoryId) return { sql: published, parameters: {} };
  return {
    sql: `(${published} OR (${drafts} AND practice.territory_id = :searchOwnTerritoryId))`,
    parameters: { searchOwnTerritoryId: visibility.ownTerritoryId },
  };
}

/** Which of the practices a territory adopted, in one SELECT per request whatever the number of practices. */
const adoptedBy = ({ loaders, dataSource }: SubgraphContext, territoryId: string) =>
  loaders.get<string, boolean>(`practiceAdoptedBy:${territoryId}`, async (practiceIds) => {
    // Plain SQL on the adoption table: this module is imported by the practice entity itself.
    const rows = await dataSource.query<{ practice_id: string }[]>(
      `SELECT practice_id FROM adoption WHERE territory_id = $1 AND practice_id = ANY($2::uuid[])`,
      [territoryId, [...practiceIds]],
    );
    const adopted = new Set(rows.map((row) => row.practice_id));
    return practiceIds.map((id) => adopted.has(id));
  });

/**
 * Whether the caller sees the CONTENT of a practice it may see: always, unless the practice is WITHDRAWN;
 * then only the Pôle's staff, the practice's own territory and the territories that adopted it (they hold a
 * copy of it and keep running it). Everyone else sees the tombstone.
 */
export async function seesPracticeContent(practice: Practice, context: SubgraphContext): Promise<boolean> {
  if (practice.status !== PracticeStatus.WITHDRAWN) return true;
  const visibility = practiceVisibility(context.viewer);
  if (visibility.all) return true;
  const own = visibility.ownTerritoryId;
  if (!own) return false;
  return practice.territoryId === own || adoptedBy(context, own).load(practice.id);
}

/**
 * Field middleware of a practice's content fields: on a withdrawn practice's tombstone (see
 * `seesPracticeContent`) the field answers `empty` (null, or an empty list) instead of the content.
 */
export function hiddenOnTombstone(empty: null | []): MiddlewareFn<SubgraphContext> {
  return async ({ root, context }, next) =>
    (await seesPracticeContent(root as Practice, context)) ? next() : empty === null ? null : [];
}
