import { Field, InputType, registerEnumType } from "type-graphql";
import type { SelectQueryBuilder } from "typeorm";
import { SortDirection } from "@pole/subgraph-kit";

/** Fields the transfer lists can be sorted by. */
export enum TransferSortField {
  HELD_ON = "HELD_ON",
  TITLE = "TITLE",
  PARTICIPANT_COUNT = "PARTICIPANT_COUNT",
}

registerEnumType(TransferSortField, {
  name: "TransferSortField",
  description: "Field a list of transfers is sorted by.",
  valuesConfig: {
    HELD_ON: { description: "Day the transfer was held." },
    TITLE: { description: "Title, alphabetical." },
    PARTICIPANT_COUNT: { description: "Number of participants." },
  },
});

@InputType({
  description:
    "Order of a list of transfers; ties are broken by id so pages are stable. Without it: most recent first.",
})
export class TransferSort {
  @Field(() => TransferSortField, { description: "Field to sort by." })
  field!: TransferSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending or descending." })
  direction!: SortDirection;
}

const sortColumns: Record<TransferSortField, { property: string; column: string }> = {
  [TransferSortField.HELD_ON]: { property: "heldOn", column: "held_on" },
  [TransferSortField.TITLE]: { property: "title", column: "title" },
  [TransferSortField.PARTICIPANT_COUNT]: { property: "participantCount", column: "participant_count" },
};

/** The sort key of a transfer list (names from a fixed map, never from the client). Default: most recent first. */
export function transferSortKey(sort: TransferSort | undefined | null) {
  const key = sortColumns[sort?.field ?? TransferSortField.HELD_ON];
  const direction: "ASC" | "DESC" = sort ? (sort.direction === SortDirection.DESC ? "DESC" : "ASC") : "DESC";
  return { ...key, direction };
}

/** Sorts a query builder's transfers (alias `alias`) by the sort key, then by id so pages are stable. */
export function orderTransfers<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  sort: TransferSort | undefined | null,
): SelectQueryBuilder<T> {
  const key = transferSortKey(sort);
  return query.orderBy(`${alias}.${key.property}`, key.direction).addOrderBy(`${alias}.id`, "ASC");
}

/** The same order as SQL text on alias `alias`, for raw statements. */
export function transferOrderSql(alias: string, sort: TransferSort | undefined | null): string {
  const key = transferSortKey(sort);
  return `${alias}.${key.column} ${key.direction}, ${alias}.id ASC`;
}
