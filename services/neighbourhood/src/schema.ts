import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema, createAuditTrailResolver } from "@pole/subgraph-kit";
import { AnnualReportResolver } from "./annual-report/annual-report.resolver";
import { annualReportReference } from "./annual-report/annual-report.reference";
import { AnnualReport } from "./annual-report/annual-report.type";
import { memberReference } from "./external/member.reference";
import { MemberNeighbourhoodResolver } from "./neighbourhood-action/member-neighbourhood.resolver";
import { NeighbourhoodActionResolver } from "./neighbourhood-action/neighbourhood-action.resolver";
import { neighbourhoodActionReference } from "./neighbourhood-action/neighbourhood-action.reference";
import { ParticipatoryProjectResolver } from "./participatory-project/participatory-project.resolver";

/** The neighbourhood subgraph's schema; builds without a database. */
export function buildNeighbourhoodSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      createAuditTrailResolver("neighbourhood"),
      NeighbourhoodActionResolver,
      MemberNeighbourhoodResolver,
      ParticipatoryProjectResolver,
      AnnualReportResolver,
    ],
    // No query of this subgraph returns AnnualReport: it is reached only through `_entities`.
    orphanedTypes: [AnnualReport],
    referenceResolvers: {
      NeighbourhoodAction: neighbourhoodActionReference,
      Member: memberReference,
      AnnualReport: annualReportReference,
    },
  });
}
