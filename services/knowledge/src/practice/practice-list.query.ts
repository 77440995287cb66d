import type { SelectQueryBuilder } from "typeorm";
import { assertDateRange, changedSince, invalidField, requireUuid } from "@pole/subgraph-kit";
import type { PracticeFilter } from "./practice-filter.input";
import { practiceSortKey, type PracticeSort } from "./practice-sort.input";
import { narrowPractices } from "./practice.resolver";

/** A practice filter with its ids and dates checked (BAD_USER_INPUT naming the field otherwise). */
export function checkPracticeFilter(filter: PracticeFilter | undefined | null): PracticeFilter | undefined {
  if (!filter) return undefined;
  assertDateRange(filter.from, filter.to, "filter.");
  return {
    ...filter,
    territoryId: filter.territoryId ? requireUuid(filter.territoryId, "filter.territoryId") : undefined,
  };
}

/** Narrows a query on practices (alias `alias`) by every criterion of a checked filter. */
export function filterPractices<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  filter: PracticeFilter | undefined,
): SelectQueryBuilder<T> {
  if (filter?.status) query.andWhere(`${alias}.status = :status`, { status: filter.status });
  if (filter?.from) query.andWhere(`${alias}.published_on >= :publishedFrom`, { publishedFrom: filter.from });
  if (filter?.to) query.andWhere(`${alias}.published_on <= :publishedTo`, { publishedTo: filter.to });
  if (filter?.updatedSince) changedSince(query, alias, filter.updatedSince);
  return narrowPractices(query, alias, filter);
}

/**
 * The order of a list of practices: the change feed's (updatedAt, then id, ascending) with `updatedSince`,
 * which takes no sort (BAD_USER_INPUT naming it); otherwise the sort's. `feed` says which.
 */
export function practiceListOrder(
  filter: PracticeFilter | undefined | null,
  sort: PracticeSort | undefined | null,
) {
  const feed = Boolean(filter?.updatedSince);
  if (feed && sort) throw invalidField("sort", "consistency", "knowledge.changeFeedOrder");
  const key = feed ? { property: "updatedAt", direction: "ASC" as const } : practiceSortKey(sort);
  return { feed, ...key };
}
