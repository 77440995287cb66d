import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { markReportYear, type AccessRule, type SubgraphContext } from "@pole/subgraph-kit";
import { AnnualReport } from "./annual-report.type";
import { KnowledgeReport } from "./knowledge-report.type";
import { knowledgeReportByYear } from "./knowledge-report.loader";

/** The knowledge part of the annual report; the economic subgraph owns the `annualReport` queries. */
@Resolver(() => AnnualReport)
export class AnnualReportResolver {
  @Authorized<AccessRule>("staff", "council")
  @FieldResolver(() => KnowledgeReport, {
    // Nullable: a report missing one pillar (subgraph down) still carries the others.
    nullable: true,
    description:
      "Knowledge pillar: practices published and transfers of good practice to other territories (staff and council). Null (with an error) when the knowledge subgraph cannot answer.",
  })
  async knowledge(@Root() report: AnnualReport, @Ctx() context: SubgraphContext): Promise<KnowledgeReport> {
    return markReportYear(await knowledgeReportByYear(context).load(report.year), report.year);
  }
}
