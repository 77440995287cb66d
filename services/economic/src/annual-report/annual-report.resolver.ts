import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import {
  assertPastOrCurrentYear,
  invalidField,
  markReportYear,
  type AccessRule,
  type SubgraphContext,
  MaxItems,
} from "@pole/subgraph-kit";
import { Funding } from "../funding/funding.entity";
import { Award } from "../governance/award.entity";
import { Milestone } from "../governance/milestone.entity";
import { SteeringCommitteeMeeting } from "../governance/steering-committee-meeting.entity";
import { AnnualReport } from "./annual-report.type";
import {
  awardsByYear,
  fundingsByYear,
  milestonesByYear,
  steeringCommitteeMeetingsByYear,
} from "./annual-story.loader";
import { EconomyReport } from "./economy-report.type";
import { economyReportByYear } from "./economy-report.loader";

/** Most years one `annualReports` call may span. */
export const MAX_REPORT_SPAN = 30;

const reportOf = (year: number) => Object.assign(new AnnualReport(), { year });

@Resolver(() => AnnualReport)
export class AnnualReportResolver {
  @Authorized<AccessRule>("staff", "council")
  @Query(() => AnnualReport, {
    nullable: true,
    description:
      "The Pôle's report for one year, from 1900 to the current year (staff and council): a later year is refused, a report on the current year is partial. Each pillar adds its part.",
  })
  annualReport(@Arg("year", () => Int) year: number): AnnualReport {
    assertPastOrCurrentYear(year);
    return reportOf(year);
  }

  @Authorized<AccessRule>("staff", "council")
  @MaxItems(MAX_REPORT_SPAN)
  @Query(() => [AnnualReport], {
    nullable: true,
    description: `The reports of every year from \`from\` to \`to\`, oldest first, at most ${MAX_REPORT_SPAN} years, none after the current year (staff and council). The gateway asks each pillar's subgraph once for all the years.`,
  })
  annualReports(@Arg("from", () => Int) from: number, @Arg("to", () => Int) to: number): AnnualReport[] {
    assertPastOrCurrentYear(from, "from");
    assertPastOrCurrentYear(to, "to");
    if (from > to) throw invalidField("from", "order", "input.notAfter", { other: "to" });
    if (to - from + 1 > MAX_REPORT_SPAN) {
      throw invalidField("to", "range", "input.yearSpan", { maximum: MAX_REPORT_SPAN, from, to });
    }
    return Array.from({ length: to - from + 1 }, (_, i) => reportOf(from + i));
  }

  @Authorized<AccessRule>("staff", "council")
  @FieldResolver(() => EconomyReport, {
    nullable: true,
    description: "Economic pillar: members and their consolidated figures.",
  })
  async economy(@Root() report: AnnualReport, @Ctx() context: SubgraphContext): Promise<EconomyReport> {
    return markReportYear(await economyReportByYear(context).load(report.year), report.year);
  }

  @Authorized<AccessRule>("staff", "council")
  @MaxItems(20)
  @FieldResolver(() => [Milestone], {
    nullable: true,
    description:
      "Milestones of the Pôle's history under way during the year (begun by 31 December, not ended before 1 January), oldest first; a single day before a period begun the same day.",
  })
  milestones(@Root() report: AnnualReport, @Ctx() context: SubgraphContext): Promise<Milestone[]> {
    return milestonesByYear(context).load(report.year);
  }

  @Authorized<AccessRule>("staff", "council")
  @MaxItems(20)
  @FieldResolver(() => [Award], {
    nullable: true,
    description: "Prizes the Pôle was awarded during the year, oldest first.",
  })
  awards(@Root() report: AnnualReport, @Ctx() context: SubgraphContext): Promise<Award[]> {
    return awardsByYear(context).load(report.year);
  }

  @Authorized<AccessRule>("staff", "council")
  @MaxItems(20)
  @FieldResolver(() => [SteeringCommitteeMeeting], {
    nullable: true,
    description:
      "Meetings of the steering committee held during the year, with their decisions, oldest first.",
  })
  steeringCommitteeMeetings(
    @Root() report: AnnualReport,
    @Ctx() context: SubgraphContext,
  ): Promise<SteeringCommitteeMeeting[]> {
    return steeringCommitteeMeetingsByYear(context).load(report.year);
  }

  @Authorized<AccessRule>("staff", "council")
  @MaxItems(100)
  @FieldResolver(() => [Funding], {
    nullable: true,
    description:
      "Fundings for the year (those economy.fundingReceived sums, by funder kind in economy.fundingByFunderKind), by agreement date.",
  })
  fundings(@Root() report: AnnualReport, @Ctx() context: SubgraphContext): Promise<Funding[]> {
    return fundingsByYear(context).load(report.year);
  }
}
