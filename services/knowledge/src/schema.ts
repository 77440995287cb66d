import type { GraphQLSchema } from "graphql";
import {
  buildFederatedSchema,
  createAuditTrailResolver,
  createReportChangeResolver,
} from "@pole/subgraph-kit";
import { knowledgeReportByYear } from "./annual-report/knowledge-report.loader";
import { KnowledgeReport } from "./annual-report/knowledge-report.type";
import { AdoptionMutationResolver } from "./adoption/adoption-mutation.resolver";
import { adoptionReference } from "./adoption/adoption.reference";
import { AdoptionResolver } from "./adoption/adoption.resolver";
import { AnnualReportResolver } from "./annual-report/annual-report.resolver";
import { knowledgeIndicators } from "./annual-report/knowledge-report.indicators";
import { annualReportReference } from "./annual-report/annual-report.reference";
import { AnnualReport } from "./annual-report/annual-report.type";
import { MemberKnowledgeResolver } from "./external/member-knowledge.resolver";
import { memberReference } from "./external/member.reference";
import { PracticeImportResolver } from "./practice/practice-import.resolver";
import { PracticeMutationResolver } from "./practice/practice-mutation.resolver";
import { PracticeResolver } from "./practice/practice.resolver";
import { practiceReference } from "./practice/practice.reference";
import { PracticeSearchResolver } from "./search/practice-search.resolver";
import { knowledgeAuditScope } from "./territory/territory-audit-scope";
import { TerritoryChangeResolver } from "./territory/territory-change.resolver";
import { TerritoryMutationResolver } from "./territory/territory-mutation.resolver";
import { ThemeResolver } from "./theme/theme.resolver";
import { TerritoryResolver } from "./territory/territory.resolver";
import { territoryReference } from "./territory/territory.reference";
import { TransferMutationResolver } from "./transfer/transfer-mutation.resolver";
import { TransferResolver } from "./transfer/transfer.resolver";
import { transferReference } from "./transfer/transfer.reference";
import { knowledgeEnumLabels } from "./enum-labels";

/** The knowledge subgraph's schema; builds without a database. */
export function buildKnowledgeSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      createAuditTrailResolver("knowledge", knowledgeAuditScope),
      PracticeResolver,
      PracticeMutationResolver,
      PracticeImportResolver,
      PracticeSearchResolver,
      ThemeResolver,
      TerritoryResolver,
      TerritoryMutationResolver,
      TerritoryChangeResolver,
      TransferResolver,
      TransferMutationResolver,
      AdoptionResolver,
      AdoptionMutationResolver,
      MemberKnowledgeResolver,
      AnnualReportResolver,
      createReportChangeResolver(KnowledgeReport, (context, year) =>
        knowledgeReportByYear(context).load(year),
      ),
    ],
    // No field of this subgraph returns an AnnualReport: it is reached only through `_entities`.
    orphanedTypes: [AnnualReport, knowledgeIndicators.type],
    // NeighbourhoodAction is a reference only (`resolvable: false`): no reference resolver.
    enumLabels: knowledgeEnumLabels,
    referenceResolvers: {
      Practice: practiceReference,
      Territory: territoryReference,
      Transfer: transferReference,
      Adoption: adoptionReference,
      Member: memberReference,
      AnnualReport: annualReportReference,
      ReportIndicatorCatalogue: knowledgeIndicators.reference,
    },
  });
}
