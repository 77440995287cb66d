import { Field, InputType, registerEnumType } from "type-graphql";
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

const sortColumns: Record<TransferSortField, { property: string }> = {
  [TransferSortField.HELD_ON]: { property: "heldOn" },
  [TransferSortField.TITLE]: { property: "title" },
  [TransferSortField.PARTICIPANT_COUNT]: { property: "participantCount" },
};

/** The sort key of a transfer list (names from a fixed map, never from the client). Default: most recent first. */
export function transferSortKey(sort: TransferSort | undefined | null) {
  const key = sortColumns[sort?.field ?? TransferSortField.HELD_ON];
  const direction: "ASC" | "DESC" = sort ? (sort.direction === SortDirection.DESC ? "DESC" : "ASC") : "DESC";
  return { ...key, direction };
}
