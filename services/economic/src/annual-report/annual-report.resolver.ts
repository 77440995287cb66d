import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { assertReportYear, type AccessRule, type SubgraphContext } from "@pole/subgraph-kit";
import { AnnualReport } from "./annual-report.type";
import { EconomyReport } from "./economy-report.type";
import { economyReportByYear } from "./economy-report.loader";

@Resolver(() => AnnualReport)
export class AnnualReportResolver {
  @Authorized<AccessRule>("staff", "council")
  @Query(() => AnnualReport, {
    description: "The Pôle's report for one year, 1900–2100 (staff and council). Each pillar adds its part.",
  })
  annualReport(@Arg("year", () => Int) year: number): AnnualReport {
    assertReportYear(year);
    return Object.assign(new AnnualReport(), { year });
  }

  @Authorized<AccessRule>("staff", "council")
  @FieldResolver(() => EconomyReport, {
    description: "Economic pillar: members and their consolidated figures.",
  })
  economy(@Root() report: AnnualReport, @Ctx() context: SubgraphContext): Promise<EconomyReport> {
    return economyReportByYear(context).load(report.year);
  }
}
