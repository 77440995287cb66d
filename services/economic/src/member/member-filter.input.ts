import { Field, InputType, Int } from "type-graphql";
import { IsInt, IsOptional, Max, MaxLength, Min } from "class-validator";
import { SortDirection, MIN_REPORT_YEAR, MAX_REPORT_YEAR } from "@pole/subgraph-kit";
import { registerEnumType } from "type-graphql";
import { Activity, LegalForm, MembershipKind } from "./member.enums";

@InputType({ description: "Narrows the list of members; every given criterion must hold." })
export class MemberFilter {
  @Field(() => MembershipKind, {
    nullable: true,
    description: "Only installed, or only associated, members.",
  })
  membershipKind?: MembershipKind;

  @Field(() => LegalForm, { nullable: true, description: "Only members of this legal form." })
  legalForm?: LegalForm;

  @Field(() => Activity, { nullable: true, description: "Only members carrying this activity." })
  activity?: Activity;

  @Field({ nullable: true, description: "Only members whose name contains this text (case-insensitive)." })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string;

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
