import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { IsOptional, Matches, MaxLength } from "class-validator";
import { LocalDate, QPV_CODE, QPV_CODE_MESSAGE, SortDirection, type IsoDate } from "@pole/subgraph-kit";
import { ActionKind } from "./action-kind.enum";
import { ActionPlaceKind } from "./action-place-kind.enum";
import { ActionStatus } from "./action-status.enum";

@InputType({ description: "Narrows the list of neighbourhood actions; every given criterion must hold." })
export class NeighbourhoodActionFilter {
  @Field(() => ActionKind, { nullable: true, description: "Only actions of this kind." })
  kind?: ActionKind;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Only actions still running on or after this date: ending on or after it, or with no end.",
  })
  from?: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Only actions starting on or before this date." })
  to?: IsoDate;

  @Field(() => ID, { nullable: true, description: "Only actions led by this member structure (a UUID)." })
  leadMemberId?: string;

  @Field({
    nullable: true,
    description:
      "Only actions whose title contains this text, ignoring case and accents (`GRESILLES` finds « Grésilles », `cine` finds « Cinéma »).",
  })
  @IsOptional()
  @MaxLength(200)
  titleContains?: string;

  @Field({
    nullable: true,
    description:
      "Only actions at this place: its whole name, ignoring case and accents (`esplanade boutaric`).",
  })
  @IsOptional()
  @MaxLength(200)
  place?: string;

  @Field(() => ActionPlaceKind, {
    nullable: true,
    description: "Only actions in this part of the neighbourhood (the building, the Esplanade, elsewhere).",
  })
  placeKind?: ActionPlaceKind;

  @Field(() => String, {
    nullable: true,
    description:
      "Only actions in this priority neighbourhood, by its QPV code as recorded on the action: QN + 6 or 7 characters (2024 geography, e.g. QN02501M) or QP + 6 digits (2015 geography, e.g. QP021003). A neighbourhood's code of one geography does not find actions recorded with its code of the other.",
  })
  @IsOptional()
  @Matches(QPV_CODE, { message: QPV_CODE_MESSAGE })
  qpvCode?: string;

  @Field(() => ActionStatus, { nullable: true, description: "Only actions with this status." })
  status?: ActionStatus;

  @Field(() => ID, {
    nullable: true,
    description: "Only actions belonging to this participatory project (a UUID).",
  })
  participatoryProjectId?: string;
}

/** Fields the action lists can be sorted by. */
export enum NeighbourhoodActionSortField {
  STARTS_ON = "STARTS_ON",
  TITLE = "TITLE",
  INHABITANTS_REACHED = "INHABITANTS_REACHED",
}

registerEnumType(NeighbourhoodActionSortField, {
  name: "NeighbourhoodActionSortField",
  description: "Field a list of neighbourhood actions is sorted by.",
  valuesConfig: {
    STARTS_ON: { description: "First day of the action." },
    TITLE: { description: "Title, alphabetical." },
    INHABITANTS_REACHED: { description: "Inhabitants reached." },
  },
});

@InputType({
  description:
    "Order of a list of neighbourhood actions; ties are broken by id so pages are stable. Without it: newest first (start date descending).",
})
export class NeighbourhoodActionSort {
  @Field(() => NeighbourhoodActionSortField, { description: "Field to sort by." })
  field!: NeighbourhoodActionSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending or descending." })
  direction!: SortDirection;
}
