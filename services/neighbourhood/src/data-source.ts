import type { Logger } from "typeorm";
import { AuditEntry, createDataSource, IdempotencyKey } from "@pole/subgraph-kit";
import { CollectiveInitiative } from "./collective-initiative/collective-initiative.entity";
import { Contribution } from "./contribution/contribution.entity";
import { ContributionVote } from "./contribution/contribution-vote.entity";
import { EmploymentOutcome } from "./employment-outcome/employment-outcome.entity";
import { InsertionCohort } from "./insertion-cohort/insertion-cohort.entity";
import { MarketStudy } from "./market-study/market-study.entity";
import { ActionLeadMember } from "./neighbourhood-action/action-lead-member.entity";
import { NeighbourhoodAction } from "./neighbourhood-action/neighbourhood-action.entity";
import { ParticipatoryProject } from "./participatory-project/participatory-project.entity";
import { ProjectPhase } from "./project-phase/project-phase.entity";
import { ProjectResult } from "./project-result/project-result.entity";
import { ResultMilestone } from "./project-result/result-milestone.entity";
import { migrations } from "./migrations";

export const neighbourhoodEntities = [
  NeighbourhoodAction,
  ActionLeadMember,
  MarketStudy,
  CollectiveInitiative,
  EmploymentOutcome,
  InsertionCohort,
  ParticipatoryProject,
  ProjectPhase,
  Contribution,
  ContributionVote,
  ProjectResult,
  ResultMilestone,
  AuditEntry,
  IdempotencyKey,
];

/** The neighbourhood subgraph's DataSource on the database at `url`. */
export function createNeighbourhoodDataSource(url: string, logger?: Logger) {
  return createDataSource({
    url,
    entities: neighbourhoodEntities,
    migrations,
    logger,
    applicationName: "pole-neighbourhood",
  });
}
