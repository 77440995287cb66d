import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "@pole/subgraph-kit";

/** Fields the practice lists can be sorted by. */
export enum PracticeSortField {
  PUBLISHED_ON = "PUBLISHED_ON",
  TITLE = "TITLE",
}

registerEnumType(PracticeSortField, {
  name: "PracticeSortField",
  description: "Field a list of practices is sorted by.",
  valuesConfig: {
    PUBLISHED_ON: { description: "Day of publication (unpublished practices last, in either direction)." },
    TITLE: { description: "Title, alphabetical." },
  },
});

@InputType({
  description:
    "Order of a list of practices; ties are broken by id so pages are stable. Without it: most recently published first.",
})
export class PracticeSort {
  @Field(() => PracticeSortField, { description: "Field to sort by." })
  field!: PracticeSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending or descending." })
  direction!: SortDirection;
}

const sortColumns: Record<PracticeSortField, { property: string }> = {
  [PracticeSortField.PUBLISHED_ON]: { property: "publishedOn" },
  [PracticeSortField.TITLE]: { property: "title" },
};

/** The sort key of a practice list (names from a fixed map, never from the client). Default: newest first. */
export function practiceSortKey(sort: PracticeSort | undefined | null) {
  const key = sortColumns[sort?.field ?? PracticeSortField.PUBLISHED_ON];
  const direction: "ASC" | "DESC" = sort ? (sort.direction === SortDirection.DESC ? "DESC" : "ASC") : "DESC";
  return { ...key, direction };
}
