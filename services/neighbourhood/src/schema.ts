import type { GraphQLSchema } from "graphql";
import {
  buildFederatedSchema,
  createAuditTrailResolver,
  createReportChangeResolver,
} from "@pole/subgraph-kit";
import { neighbourhoodReportByYear } from "./annual-report/neighbourhood-report.loader";
import { NeighbourhoodReport } from "./annual-report/neighbourhood-report.type";
import { AnnualReportResolver } from "./annual-report/annual-report.resolver";
import { neighbourhoodIndicators } from "./annual-report/neighbourhood-report.indicators";
import { annualReportReference } from "./annual-report/annual-report.reference";
import { AnnualReport } from "./annual-report/annual-report.type";
import { ContributionGuard } from "./contribution/contribution-guard";
import { createContributionResolver } from "./contribution/contribution.resolver";
import { EmploymentOutcomeResolver } from "./employment-outcome/employment-outcome.resolver";
import { memberReference } from "./external/member.reference";
import { InsertionCohortResolver } from "./insertion-cohort/insertion-cohort.resolver";
import { MemberNeighbourhoodResolver } from "./neighbourhood-action/member-neighbourhood.resolver";
import { NeighbourhoodActionMutationResolver } from "./neighbourhood-action/neighbourhood-action-mutation.resolver";
import { NeighbourhoodActionResolver } from "./neighbourhood-action/neighbourhood-action.resolver";
import { neighbourhoodActionReference } from "./neighbourhood-action/neighbourhood-action.reference";
import { ParticipatoryProjectResolver } from "./participatory-project/participatory-project.resolver";
import { PhaseContributionCountsResolver } from "./project-phase/phase-contribution-counts.resolver";
import { ProjectPhaseResolver } from "./project-phase/project-phase.resolver";
import { ProjectResultResolver } from "./project-result/project-result.resolver";
import { neighbourhoodSettingsFromEnv, type NeighbourhoodSettings } from "./settings";
import { neighbourhoodEnumLabels } from "./enum-labels";

/**
 * The neighbourhood subgraph's schema; builds without a database. `settings` (the per-client bounds of
 * the participatory project, pre-moderation) default to the environment's; without a `guard` its counters
 * are kept in memory (never in Redis: printing the schema connects to nothing).
 */
export async function buildNeighbourhoodSchema(
  settings: NeighbourhoodSettings = neighbourhoodSettingsFromEnv(),
  guard?: ContributionGuard,
): Promise<GraphQLSchema> {
  const contributionGuard = guard ?? (await ContributionGuard.create({ ...settings, redisUrl: undefined }));
  return buildFederatedSchema({
    resolvers: [
      createAuditTrailResolver("neighbourhood"),
      NeighbourhoodActionResolver,
      NeighbourhoodActionMutationResolver,
      MemberNeighbourhoodResolver,
      EmploymentOutcomeResolver,
      InsertionCohortResolver,
      ParticipatoryProjectResolver,
      ProjectPhaseResolver,
      PhaseContributionCountsResolver,
      ProjectResultResolver,
      createContributionResolver(contributionGuard),
      AnnualReportResolver,
      createReportChangeResolver(NeighbourhoodReport, (context, year) =>
        neighbourhoodReportByYear(context).load(year),
      ),
    ],
    // No query of this subgraph returns AnnualReport: it is reached only through `_entities`.
    orphanedTypes: [AnnualReport, neighbourhoodIndicators.type],
    enumLabels: neighbourhoodEnumLabels,
    referenceResolvers: {
      NeighbourhoodAction: neighbourhoodActionReference,
      Member: memberReference,
      AnnualReport: annualReportReference,
      ReportIndicatorCatalogue: neighbourhoodIndicators.reference,
    },
  });
}
