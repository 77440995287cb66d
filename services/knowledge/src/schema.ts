import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema, createAuditTrailResolver } from "@pole/subgraph-kit";
import { AnnualReportResolver } from "./annual-report/annual-report.resolver";
import { annualReportReference } from "./annual-report/annual-report.reference";
import { AnnualReport } from "./annual-report/annual-report.type";
import { MemberKnowledgeResolver } from "./external/member-knowledge.resolver";
import { memberReference } from "./external/member.reference";
import { PracticeResolver } from "./practice/practice.resolver";
import { practiceReference } from "./practice/practice.reference";
import { TerritoryResolver } from "./territory/territory.resolver";
import { territoryReference } from "./territory/territory.reference";
import { TransferResolver } from "./transfer/transfer.resolver";
import { transferReference } from "./transfer/transfer.reference";

/** The knowledge subgraph's schema; builds without a database. */
export function buildKnowledgeSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      createAuditTrailResolver("knowledge"),
      PracticeResolver,
      TerritoryResolver,
      TransferResolver,
      MemberKnowledgeResolver,
      AnnualReportResolver,
    ],
    // No field of this subgraph returns an AnnualReport: it is reached only through `_entities`.
    orphanedTypes: [AnnualReport],
    referenceResolvers: {
      Practice: practiceReference,
      Territory: territoryReference,
      Transfer: transferReference,
      Member: memberReference,
      AnnualReport: annualReportReference,
    },
  });
}
