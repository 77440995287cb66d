import type { SelectQueryBuilder } from "typeorm";
import { assertDateRange, changedSince, requireUuid } from "@pole/subgraph-kit";
import type { TransferFilter } from "./transfer-filter.input";

/** A transfer filter with its ids and dates checked (BAD_USER_INPUT naming the field otherwise). */
export function checkTransferFilter(filter: TransferFilter | undefined | null): TransferFilter | undefined {
  if (!filter) return undefined;
  assertDateRange(filter.from, filter.to, "filter.");
  return {
    ...filter,
    territoryId: filter.territoryId ? requireUuid(filter.territoryId, "filter.territoryId") : undefined,
    fromTerritoryId: filter.fromTerritoryId
      ? requireUuid(filter.fromTerritoryId, "filter.fromTerritoryId")
      : undefined,
  };
}

/** Narrows a query on transfers (alias `alias`, SQL column names) by every criterion of a checked filter. */
export function filterTransfers<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  filter: TransferFilter | undefined,
): SelectQueryBuilder<T> {
  if (filter?.kind) query.andWhere(`${alias}.kind = :kind`, { kind: filter.kind });
  if (filter?.from) query.andWhere(`${alias}.held_on >= :heldFrom`, { heldFrom: filter.from });
  if (filter?.to) query.andWhere(`${alias}.held_on <= :heldTo`, { heldTo: filter.to });
  if (filter?.territoryId) {
    query.andWhere(`${alias}.territory_id = :territoryId`, { territoryId: filter.territoryId });
  }
  if (filter?.fromTerritoryId) {
    query.andWhere(`${alias}.from_territory_id = :fromTerritoryId`, {
      fromTerritoryId: filter.fromTerritoryId,
    });
  }
  if (filter?.audienceKind) {
    query.andWhere(`${alias}.audience_kind = :audienceKind`, { audienceKind: filter.audienceKind });
  }
  if (filter?.updatedSince) changedSince(query, alias, filter.updatedSince);
  return query;
}
