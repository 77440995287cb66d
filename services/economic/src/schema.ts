import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema, createAuditTrailResolver } from "@pole/subgraph-kit";
import { AnnualReportResolver } from "./annual-report/annual-report.resolver";
import { annualReportReference } from "./annual-report/annual-report.reference";
import { MemberResolver } from "./member/member.resolver";
import { memberReference } from "./member/member.reference";
import { ServiceOfferingResolver } from "./service-offering/service-offering.resolver";

/** The economic subgraph's schema; builds without a database. */
export function buildEconomicSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      createAuditTrailResolver("economic"),
      MemberResolver,
      ServiceOfferingResolver,
      AnnualReportResolver,
    ],
    referenceResolvers: { Member: memberReference, AnnualReport: annualReportReference },
  });
}
