import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { markReportYear, type AccessRule, type SubgraphContext } from "@pole/subgraph-kit";
import { AnnualReport } from "./annual-report.type";
import { NeighbourhoodReport } from "./neighbourhood-report.type";
import { neighbourhoodReportByYear } from "./neighbourhood-report.loader";

/** The neighbourhood pillar's part of the annual report; the economic subgraph owns the root queries. */
@Resolver(() => AnnualReport)
export class AnnualReportResolver {
  @Authorized<AccessRule>("staff", "council")
  @FieldResolver(() => NeighbourhoodReport, {
    // Nullable: a report missing one pillar (subgraph down) still carries the others.
    nullable: true,
    description:
      "Neighbourhood pillar: actions with and for the inhabitants (staff and council). Null (with an error) when the neighbourhood subgraph cannot answer.",
  })
  async neighbourhood(
    @Root() report: AnnualReport,
    @Ctx() context: SubgraphContext,
  ): Promise<NeighbourhoodReport> {
    return markReportYear(await neighbourhoodReportByYear(context).load(report.year), report.year);
  }
}
