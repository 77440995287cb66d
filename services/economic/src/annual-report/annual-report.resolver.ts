import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import {
  assertReportYear,
  invalidField,
  markReportYear,
  type AccessRule,
  type SubgraphContext,
  MaxItems,
} from "@pole/subgraph-kit";
import { AnnualReport } from "./annual-report.type";
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
    description: "The Pôle's report for one year, 1900–2100 (staff and council). Each pillar adds its part.",
  })
  annualReport(@Arg("year", () => Int) year: number): AnnualReport {
    assertReportYear(year);
    return reportOf(year);
  }

  @Authorized<AccessRule>("staff", "council")
  @MaxItems(MAX_REPORT_SPAN)
  @Query(() => [AnnualReport], {
    nullable: true,
    description: `The reports of every year from \`from\` to \`to\`, oldest first, at most ${MAX_REPORT_SPAN} years (staff and council). The gateway asks each pillar's subgraph once for all the years.`,
  })
  annualReports(@Arg("from", () => Int) from: number, @Arg("to", () => Int) to: number): AnnualReport[] {
    assertReportYear(from, "from");
    assertReportYear(to, "to");
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
}
