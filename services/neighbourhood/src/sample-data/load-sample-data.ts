import { writeScaledCopies } from "@pole/subgraph-kit";
import type { DataSource } from "typeorm";
import { CollectiveInitiative } from "../collective-initiative/collective-initiative.entity";
import { ContributionVote } from "../contribution/contribution-vote.entity";
import { Contribution } from "../contribution/contribution.entity";
import { EmploymentOutcome } from "../employment-outcome/employment-outcome.entity";
import { InsertionCohort } from "../insertion-cohort/insertion-cohort.entity";
import { MarketStudy } from "../market-study/market-study.entity";
import { ActionLeadMember } from "../neighbourhood-action/action-lead-member.entity";
import { NeighbourhoodAction } from "../neighbourhood-action/neighbourhood-action.entity";
import { ParticipatoryProject } from "../participatory-project/participatory-project.entity";
import { ProjectPhase } from "../project-phase/project-phase.entity";
import { ProjectResult } from "../project-result/project-result.entity";
import { ResultMilestone } from "../project-result/result-milestone.entity";
import { sampleActions, sampleProject } from "./sample-actions";
import {
  sampleCollectiveInitiatives,
  sampleEmploymentOutcomes,
  sampleInsertionCohorts,
  sampleMarketStudies,
} from "./sample-details";
import { sampleContributions, samplePhases, sampleResults, sampleVoterHashes } from "./sample-project";
import { neighbourhoodScaledTables } from "./scale-sample-data";

/**
 * Loads the neighbourhood sample data (2007–2013) in one transaction when the database has no action yet.
 * With `scale` N > 1 (`npm run seed -- --scale N`), copies 2..N follow in the same transaction.
 * Returns whether it loaded anything.
 */
export async function loadSampleData(dataSource: DataSource, scale = 1): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(NeighbourhoodAction)) > 0) return false;
    await manager.insert(ParticipatoryProject, { ...sampleProject, isSample: true });
    await manager.insert(
      NeighbourhoodAction,
      sampleActions.map(({ leadMemberIds: _leads, ...action }) => ({ ...action, isSample: true })),
    );
    await manager.insert(
      ActionLeadMember,
      sampleActions.flatMap(({ id, leadMemberIds }) =>
        leadMemberIds.map((memberId) => ({ actionId: id, memberId })),
      ),
    );
    // Copies: TypeORM writes its database form of array columns into the objects it inserts.
    await manager.insert(
      MarketStudy,
      sampleMarketStudies.map((study) => ({ ...study })),
    );
    await manager.insert(
      CollectiveInitiative,
      sampleCollectiveInitiatives.map((initiative) => ({ ...initiative })),
    );
    await manager.insert(
      EmploymentOutcome,
      sampleEmploymentOutcomes.map((outcome) => ({ ...outcome, isSample: true })),
    );
    await manager.insert(
      InsertionCohort,
      sampleInsertionCohorts.map((cohort) => ({ ...cohort, isSample: true })),
    );
    await manager.insert(
      ProjectPhase,
      samplePhases.map((phase) => ({ ...phase, isSample: true })),
    );
    await manager.insert(
      Contribution,
      sampleContributions.map(({ votes, ...contribution }) => ({
        ...contribution,
        voteCount: votes,
        isSample: true,
      })),
    );
    await manager.insert(
      ContributionVote,
      sampleContributions.flatMap((contribution) =>
        sampleVoterHashes(contribution).map((voterHash) => ({
          contributionId: contribution.id,
          voterHash,
          votedAt: contribution.submittedAt,
        })),
      ),
    );
    await manager.insert(
      ProjectResult,
      sampleResults.map(({ milestones: _milestones, ...result }) => ({ ...result, isSample: true })),
    );
    await manager.insert(
      ResultMilestone,
      sampleResults.flatMap((result) =>
        result.milestones.map((milestone) => ({
          ...milestone,
          resultId: result.id,
          description: null,
          isSample: true,
        })),
      ),
    );
    await writeScaledCopies(manager, "neighbourhood", scale, neighbourhoodScaledTables);
    return true;
  });
}
