import { Field, Float, Int, ObjectType } from "type-graphql";
import { BreakdownItem, BreakdownOf, ReportCoverage } from "@pole/subgraph-kit";
import {
  activityLabels,
  legalFormLabels,
  membershipKindReportLabels,
  serviceCategoryLabels,
} from "../common/labels";
import { funderKindLabels } from "../funding/funding.enums";

/** Said of every figure that needs data: null is "nothing recorded", never a made-up 0. */
const NO_MEMBER_FIGURES = "null when no member counted in memberCount has figures recorded for the year";
const NO_SERVICES = "null when no service engagement is recorded for the year";
const NO_FUNDING = "null when no funding is recorded for the year";

@ObjectType({
  description:
    "Economic indicators of a year: the member structures on 31 December, their consolidated figures, the services they used and the funding received. Counts come from the member register and are always known; a figure that needs records of the year is null when there are none, never 0 (see coverage and membersReporting). Every total equals the sum of its breakdown, except membersServed (distinct members) and membersByActivity (a member may carry several activities).",
})
export class EconomyReport {
  @Field(() => Int, {
    description:
      "Member structures on 31 December of the year (joined by then and not left before; one that left during the year is not counted), from the member register.",
  })
  memberCount!: number;

  @Field(() => Int, {
    description:
      "Members on 31 December installed in the Boutaric building (membership kind in force that day).",
  })
  installedMemberCount!: number;

  @Field(() => Int, {
    description:
      "Members on 31 December associated elsewhere on the territory (membership kind in force that day).",
  })
  associatedMemberCount!: number;

  @Field(() => Int, {
    description:
      "Members counted in memberCount that have figures recorded for the year (FTE, employees, budget…); the consolidated figures sum over these members.",
  })
  membersReporting!: number;

  @Field(() => ReportCoverage, {
    description:
      "How complete the year's economic data is, over its sources: the members' figures (complete only when membersReporting equals memberCount), the service records and the funding records. COMPLETE when all three have data, NONE when none has.",
  })
  coverage!: ReportCoverage;

  @Field({
    description:
      "True when any record this part counts (a member, a lease, a service engagement, a funding) is an invented sample record: the figures are then an example, not the Pôle's.",
  })
  sampleData!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: `Full-time equivalents (ETP), summed over the reporting members; ${NO_MEMBER_FIGURES}.`,
  })
  fte!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Permanent employees, summed over the reporting members; ${NO_MEMBER_FIGURES}.`,
  })
  permanentEmployees!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `Consolidated budget in euros, exact to the cent, summed over the reporting members; ${NO_MEMBER_FIGURES}.`,
  })
  consolidatedBudget!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `Cumulated revenue (chiffre d'affaires) in euros, exact to the cent, over the reporting members; ${NO_MEMBER_FIGURES}.`,
  })
  cumulatedRevenue!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `Cumulated equity (fonds propres) in euros, exact to the cent, over the reporting members; ${NO_MEMBER_FIGURES}.`,
  })
  cumulatedEquity!: number | null;

  @Field(() => Int, { description: "Distinct legal forms among the members on 31 December." })
  legalFormCount!: number;

  @Field(() => Int, {
    description:
      "Office area in square metres let in the Boutaric building on 31 December, from the lease register (always known; it includes the first enterprises' offices of 2007–2010, let before the association existed).",
  })
  occupiedAreaSqm!: number;

  @BreakdownOf(membershipKindReportLabels)
  @Field(() => [BreakdownItem], {
    description:
      "Members on 31 December by the membership kind in force that day (installed, associated); sums to memberCount.",
  })
  membersByMembershipKind!: BreakdownItem[];

  @BreakdownOf(legalFormLabels)
  @Field(() => [BreakdownItem], {
    description: "Members on 31 December by legal form; sums to memberCount.",
  })
  membersByLegalForm!: BreakdownItem[];

  @BreakdownOf(activityLabels)
  @Field(() => [BreakdownItem], {
    description: "Members on 31 December by activity; a member with several activities counts under each.",
  })
  membersByActivity!: BreakdownItem[];

  @Field(() => Int, {
    nullable: true,
    description: `Service engagements of the year: one member's use of one service each; ${NO_SERVICES}.`,
  })
  serviceEngagementCount!: number | null;

  @BreakdownOf(serviceCategoryLabels)
  @Field(() => [BreakdownItem], {
    description: `Service engagements by family of service; sums to serviceEngagementCount; values ${NO_SERVICES}.`,
  })
  serviceEngagementsByCategory!: BreakdownItem[];

  @Field(() => Float, {
    nullable: true,
    description: `Hours of service delivered (consulting, trainings, bookings, actions); ${NO_SERVICES}.`,
  })
  serviceHours!: number | null;

  @BreakdownOf(serviceCategoryLabels)
  @Field(() => [BreakdownItem], {
    description: `Hours of service by family; sums to serviceHours; values ${NO_SERVICES}.`,
  })
  serviceHoursByCategory!: BreakdownItem[];

  @Field(() => Int, {
    nullable: true,
    description: `Distinct members that used at least one service in the year; ${NO_SERVICES}.`,
  })
  membersServed!: number | null;

  @BreakdownOf(serviceCategoryLabels)
  @Field(() => [BreakdownItem], {
    description: `Distinct members served, by family (a member using several families counts in each); values ${NO_SERVICES}.`,
  })
  membersServedByCategory!: BreakdownItem[];

  @Field(() => Float, {
    nullable: true,
    description: `What members saved against public rates, in euros, exact to the cent; ${NO_SERVICES}.`,
  })
  membersSavings!: number | null;

  @BreakdownOf(serviceCategoryLabels)
  @Field(() => [BreakdownItem], {
    description: `Members' savings by family of service, in euros; sums to membersSavings; values ${NO_SERVICES}.`,
  })
  membersSavingsByCategory!: BreakdownItem[];

  @Field(() => Float, {
    nullable: true,
    description: `Funding the association received for the year, in euros; ${NO_FUNDING}.`,
  })
  fundingReceived!: number | null;

  @BreakdownOf(funderKindLabels)
  @Field(() => [BreakdownItem], {
    description: `Funding received by kind of funder, in euros; sums to fundingReceived; values ${NO_FUNDING}.`,
  })
  fundingByFunderKind!: BreakdownItem[];
}
