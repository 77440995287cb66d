import { Field, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min } from "class-validator";
import { SortDirection, MIN_REPORT_YEAR, MAX_REPORT_YEAR } from "@pole/subgraph-kit";
import { registerEnumType } from "type-graphql";
import { Activity, LegalForm, MembershipKind } from "./member.enums";

/** The most values a multi-value filter takes (more than there are legal forms or activities). */
const MAX_FILTER_VALUES = 20;

@InputType({ description: "Narrows the list of members; every given criterion must hold." })
export class MemberFilter {
  @Field(() => MembershipKind, {
    nullable: true,
    description: "Only installed, or only associated, members.",
  })
  membershipKind?: MembershipKind;

  @Field(() => LegalForm, {
    nullable: true,
    description: "Only members of this legal form.",
    deprecationReason: "2026-12-02: use legalForms",
  })
  legalForm?: LegalForm;

  @Field(() => [LegalForm], {
    nullable: true,
    description: "Only members of one of these legal forms (an empty list does not narrow).",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  legalForms?: LegalForm[];

  @Field(() => Activity, {
    nullable: true,
    description: "Only members carrying this activity.",
    deprecationReason: "2026-12-02: use activities",
  })
  activity?: Activity;

  @Field(() => [Activity], {
    nullable: true,
    description: "Only members carrying at least one of these activities (an empty list does not narrow).",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  activities?: Activity[];

  @Field({
    nullable: true,
    description:
      "Only members whose name contains this text, ignoring case and accents (`cine` finds « Ciné-Quartier », `GRESILLES` finds « Grésilles »).",
  })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Also list structures that have left the Pôle (left date in the past). Without it the directory lists current members only, unless `activeInYear` asks about a year (then those who left since are included); `false` always leaves them out.",
  })
  includeFormer?: boolean;

  @Field(() => Int, { nullable: true, description: "Only members of the Pôle at some point of this year." })
  @IsOptional()
  @IsInt()
  @Min(MIN_REPORT_YEAR)
  @Max(MAX_REPORT_YEAR)
  activeInYear?: number;
}

/** Fields the member list can be sorted by. */
export enum MemberSortField {
  NAME = "NAME",
  JOINED_ON = "JOINED_ON",
}

registerEnumType(MemberSortField, {
  name: "MemberSortField",
  description: "Field the member list is sorted by.",
  valuesConfig: {
    NAME: { description: "Name, alphabetical." },
    JOINED_ON: { description: "Date of joining." },
  },
});

@InputType({ description: "Order of the member list; ties are broken by id so pages are stable." })
export class MemberSort {
  @Field(() => MemberSortField, { description: "Field to sort by." })
  field!: MemberSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending or descending." })
  direction!: SortDirection;
}
