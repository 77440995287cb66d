import type { SelectQueryBuilder } from "typeorm";
import {
  assertDateRange,
  foldedContains,
  foldedEquals,
  requireUuid,
  SortDirection,
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
  assertDateRange(filter.from, filter.to);
  return {
    ...filter,
    leadMemberId: filter.leadMemberId ? requireUuid(filter.leadMemberId, "leadMemberId") : undefined,
    participatoryProjectId: filter.participatoryProjectId
      ? requireUuid(filter.participatoryProjectId, "participatoryProjectId")
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
  if (filter.status) query.andWhere(`${alias}.status = :status`, { status: filter.status });
  if (filter.participatoryProjectId) {
    query.andWhere(`${alias}.participatory_project_id = :projectId`, {
      projectId: filter.participatoryProjectId,
    });
  }
  return query;
}

const sortColumns: Record<NeighbourhoodActionSortField, { property: string; column: string }> = {
  [NeighbourhoodActionSortField.STARTS_ON]: { property: "startsOn", column: "starts_on" },
  [NeighbourhoodActionSortField.TITLE]: { property: "title", column: "title" },
  [NeighbourhoodActionSortField.INHABITANTS_REACHED]: {
    property: "inhabitantsReached",
    column: "inhabitants_reached",
  },
};

/** The sort key of an action list (names from a fixed map, never from the client). Default: newest first. */
export function actionSortKey(sort: NeighbourhoodActionSort | undefined | null) {
  const key = sortColumns[sort?.field ?? NeighbourhoodActionSortField.STARTS_ON];
  const direction: "ASC" | "DESC" = sort ? (sort.direction === SortDirection.DESC ? "DESC" : "ASC") : "DESC";
  return { ...key, direction };
}

/** Sorts a query builder's actions by the sort key, then by id so pages are stable. */
export function applyActionSort<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  sort: NeighbourhoodActionSort | undefined | null,
): SelectQueryBuilder<T> {
  const key = actionSortKey(sort);
  return query.orderBy(`${alias}.${key.property}`, key.direction).addOrderBy(`${alias}.id`, "ASC");
}

/** The same order as SQL text, for raw statements on `neighbourhood_action` aliased `alias`. */
export function actionOrderSql(alias: string, sort: NeighbourhoodActionSort | undefined | null): string {
  const key = actionSortKey(sort);
  return `${alias}.${key.column} ${key.direction}, ${alias}.id ASC`;
}
