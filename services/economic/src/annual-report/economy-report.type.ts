import { Field, Float, Int, ObjectType } from "type-graphql";
import { BreakdownItem, BreakdownOf } from "@pole/subgraph-kit";
import {
  activityLabels,
  legalFormLabels,
  membershipKindReportLabels,
  serviceCategoryLabels,
} from "../common/labels";
import { funderKindLabels } from "../funding/funding.enums";

@ObjectType({
  description:
    "Economic indicators of a year: the member structures, their consolidated figures, the services they used and the funding received. Every total equals the sum of its breakdown, except membersServed (distinct members) and membersByActivity (a member may carry several activities).",
})
export class EconomyReport {
  @Field(() => Int, { description: "Member structures at some point of the year." })
  memberCount!: number;

  @Field(() => Int, {
    description: "Members installed in the Boutaric building (kind in force at the year's end).",
  })
  installedMemberCount!: number;

  @Field(() => Int, {
    description: "Members associated elsewhere on the territory (kind in force at the year's end).",
  })
  associatedMemberCount!: number;

  @Field(() => Float, { description: "Full-time equivalents (ETP), summed over members." })
  fte!: number;

  @Field(() => Int, { description: "Permanent employees, summed over members." })
  permanentEmployees!: number;

  @Field(() => Float, { description: "Consolidated budget in euros, exact to the cent." })
  consolidatedBudget!: number;

  @Field(() => Float, { description: "Cumulated revenue (chiffre d'affaires) in euros, exact to the cent." })
  cumulatedRevenue!: number;

  @Field(() => Float, { description: "Cumulated equity (fonds propres) in euros, exact to the cent." })
  cumulatedEquity!: number;

  @Field(() => Int, { description: "Distinct legal forms among the year's members." })
  legalFormCount!: number;

  @Field(() => Int, { description: "Office area in square metres occupied by members on 31 December." })
  occupiedAreaSqm!: number;

  @BreakdownOf(membershipKindReportLabels)
  @Field(() => [BreakdownItem], {
    description: "Members by membership kind at the year's end (installed, associated); sums to memberCount.",
  })
  membersByMembershipKind!: BreakdownItem[];

  @BreakdownOf(legalFormLabels)
  @Field(() => [BreakdownItem], { description: "Members by legal form; sums to memberCount." })
  membersByLegalForm!: BreakdownItem[];

  @BreakdownOf(activityLabels)
  @Field(() => [BreakdownItem], {
    description: "Members by activity; a member with several activities counts under each.",
  })
  membersByActivity!: BreakdownItem[];

  @Field(() => Int, { description: "Service engagements of the year: one member's use of one service each." })
  serviceEngagementCount!: number;

  @BreakdownOf(serviceCategoryLabels)
  @Field(() => [BreakdownItem], {
    description: "Service engagements by family of service; sums to serviceEngagementCount.",
  })
  serviceEngagementsByCategory!: BreakdownItem[];

  @Field(() => Float, {
    description: "Hours of service delivered (consulting, trainings, bookings, actions).",
  })
  serviceHours!: number;

  @BreakdownOf(serviceCategoryLabels)
  @Field(() => [BreakdownItem], { description: "Hours of service by family; sums to serviceHours." })
  serviceHoursByCategory!: BreakdownItem[];

  @Field(() => Int, { description: "Distinct members that used at least one service in the year." })
  membersServed!: number;

  @BreakdownOf(serviceCategoryLabels)
  @Field(() => [BreakdownItem], {
    description: "Distinct members served, by family (a member using several families counts in each).",
  })
  membersServedByCategory!: BreakdownItem[];

  @Field(() => Float, {
    description: "What members saved against public rates, in euros, exact to the cent.",
  })
  membersSavings!: number;

  @BreakdownOf(serviceCategoryLabels)
  @Field(() => [BreakdownItem], {
    description: "Members' savings by family of service, in euros; sums to membersSavings.",
  })
  membersSavingsByCategory!: BreakdownItem[];

  @Field(() => Float, { description: "Funding the association received for the year, in euros." })
  fundingReceived!: number;

  @BreakdownOf(funderKindLabels)
  @Field(() => [BreakdownItem], {
    description: "Funding received by kind of funder, in euros; sums to fundingReceived.",
  })
  fundingByFunderKind!: BreakdownItem[];
}
