import { Field, InputType, registerEnumType } from "type-graphql";
import { LocalDate, SortDirection, type IsoDate } from "@pole/subgraph-kit";
import { ContributionStatus } from "./contribution-status.enum";

@InputType({ description: "Narrows a list of contributions; every given criterion must hold." })
export class ContributionFilter {
  @Field(() => ContributionStatus, {
    nullable: true,
    description:
      "Only contributions in this moderation state. Without it, staff see every contribution and others the published ones; only staff may ask for HIDDEN or PENDING.",
  })
  status?: ContributionStatus;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Only contributions submitted on or after this day (Dijon time).",
  })
  from?: IsoDate;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Only contributions submitted on or before this day (Dijon time).",
  })
  to?: IsoDate;
}

/** Fields a list of contributions can be sorted by. */
export enum ContributionSortField {
  SUBMITTED_AT = "SUBMITTED_AT",
  VOTE_COUNT = "VOTE_COUNT",
}

registerEnumType(ContributionSortField, {
  name: "ContributionSortField",
  description: "Field a list of contributions is sorted by.",
  valuesConfig: {
    SUBMITTED_AT: { description: "When it was submitted." },
    VOTE_COUNT: { description: "Votes received." },
  },
});

@InputType({
  description:
    "Order of a list of contributions; ties are broken by id so pages are stable. Without it: newest first.",
})
export class ContributionSort {
  @Field(() => ContributionSortField, { description: "Field to sort by." })
  field!: ContributionSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending or descending." })
  direction!: SortDirection;
}
