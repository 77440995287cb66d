import { Field, InputType, registerEnumType } from "type-graphql";
import { IsOptional, MaxLength } from "class-validator";
import { LocalDate, SortDirection, type IsoDate } from "@pole/subgraph-kit";

@InputType({ description: "Narrows the list of participatory projects; every given criterion must hold." })
export class ParticipatoryProjectFilter {
  @Field(() => LocalDate, {
    nullable: true,
    description: "Only projects still running on or after this date: ending on or after it, or with no end.",
  })
  from?: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Only projects starting on or before this date." })
  to?: IsoDate;

  @Field({
    nullable: true,
    description:
      "Only projects at this place: its whole name, ignoring case and accents (`esplanade boutaric`).",
  })
  @IsOptional()
  @MaxLength(200)
  place?: string;
}

/** Fields the project list can be sorted by. */
export enum ParticipatoryProjectSortField {
  STARTS_ON = "STARTS_ON",
  TITLE = "TITLE",
}

registerEnumType(ParticipatoryProjectSortField, {
  name: "ParticipatoryProjectSortField",
  description: "Field the list of participatory projects is sorted by.",
  valuesConfig: {
    STARTS_ON: { description: "First day of the project." },
    TITLE: { description: "Title, alphabetical." },
  },
});

@InputType({
  description:
    "Order of the list of participatory projects; ties are broken by id. Without it: newest first (start date descending).",
})
export class ParticipatoryProjectSort {
  @Field(() => ParticipatoryProjectSortField, { description: "Field to sort by." })
  field!: ParticipatoryProjectSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending or descending." })
  direction!: SortDirection;
}
