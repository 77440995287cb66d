import type { EntityMetadata, SelectQueryBuilder } from "typeorm";
import {
  assertDateRange,
  entityColumnKey,
  keyset,
  requireUuid,
  SortDirection,
  type Keyset,
  foldedContains,
  foldedEquals,
} from "@pole/subgraph-kit";
import {
  NeighbourhoodActionSortField,
  type NeighbourhoodActionFilter,
  type NeighbourhoodActionSort,
} from "./neighbourhood-action-filter.input";

/** A filter whose ids are checked and canonical; what the list queries and loaders work with. */
export type CheckedActionFilter = NeighbourhoodActionFilter;

/** Checks a filter's ids and dates (BAD_USER_INPUT naming the field) and returns it with canonical ids. */
export function checkActionFilter(filter: NeighbourhoodActionFilter | undefined | null): CheckedActionFilter {
  if (!filter) return {};
  assertDateRange(filter.from, filter.to, "filter.");
  return {
    ...filter,
    leadMemberId: filter.leadMemberId ? requireUuid(filter.leadMemberId, "filter.leadMemberId") : undefined,
    participatoryProjectId: filter.participatoryProjectId
      ? requireUuid(filter.participatoryProjectId, "filter.participatoryProjectId")
      : undefined,
  };
}

/**
 * Adds a filter's criteria to a query on `neighbourhood_action` aliased `alias`. The one definition of what
 * each criterion means: `neighbourhoodActions` and `Member.neighbourhoodActions` both use it.
 */
export function applyActionFilter<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  filter: CheckedActionFilter,
): SelectQueryBuilder<T> {
  if (filter.kind) query.andWhere(`${alias}.kind = :kind`, { kind: filter.kind });
  if (filter.from) {
    query.andWhere(`(${alias}.ends_on IS NULL OR ${alias}.ends_on >= :from)`, { from: filter.from });
  }
  if (filter.to) query.andWhere(`${alias}.starts_on <= :to`, { to: filter.to });
  if (filter.leadMemberId) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM action_lead_member l WHERE l.action_id = ${alias}.id AND l.member_id = :leadMemberId)`,
      { leadMemberId: filter.leadMemberId },
    );
  }
  if (filter.titleContains) {
    query.andWhere(...foldedContains(`${alias}.title`, "titleContains", filter.titleContains));
  }
  if (filter.place) query.andWhere(...foldedEquals(`${alias}.place`, "place", filter.place));
  if (filter.placeKind) query.andWhere(`${alias}.place_kind = :placeKind`, { placeKind: filter.placeKind });
  if (filter.qpvCode) query.andWhere(`${alias}.qpv_code = :qpvCode`, { qpvCode: filter.qpvCode });
  if (filter.status) query.andWhere(`${alias}.status = :status`, { status: filter.status });
  if (filter.participatoryProjectId) {
    query.andWhere(`${alias}.participatory_project_id = :projectId`, {
      projectId: filter.participatoryProjectId,
    });
  }
  return query;
}

const sortProperties: Record<NeighbourhoodActionSortField, string> = {
  [NeighbourhoodActionSortField.STARTS_ON]: "startsOn",
  [NeighbourhoodActionSortField.TITLE]: "title",
  [NeighbourhoodActionSortField.INHABITANTS_REACHED]: "inhabitantsReached",
};

/** The keyset of an action list on alias `alias` (columns from a fixed map, never from the client). Default: newest first. */
export function actionKeyset(
  metadata: EntityMetadata,
  list: string,
  alias: string,
  sort: NeighbourhoodActionSort | undefined | null,
): Keyset {
  const property = sortProperties[sort?.field ?? NeighbourhoodActionSortField.STARTS_ON];
  const direction: "ASC" | "DESC" = sort ? (sort.direction === SortDirection.DESC ? "DESC" : "ASC") : "DESC";
  return keyset(list, [
    entityColumnKey(metadata, alias, property, direction),
    entityColumnKey(metadata, alias, "id"), // then by id, so every action has one place
  ]);
}
