import { writeScaledCopies } from "@pole/subgraph-kit";
import type { DataSource } from "typeorm";
import { Adoption } from "../adoption/adoption.entity";
import { eurosToCents } from "../numbers";
import { PracticeMember } from "../practice/practice-member.entity";
import { PracticeSourceAction } from "../practice/practice-source-action.entity";
import { Practice } from "../practice/practice.entity";
import { Territory } from "../territory/territory.entity";
import { TransferMember } from "../transfer/transfer-member.entity";
import { TransferPractice } from "../transfer/transfer-practice.entity";
import { Transfer } from "../transfer/transfer.entity";
import { sampleAdoptions } from "./sample-adoptions";
import { samplePractices } from "./sample-practices";
import { sampleTerritories } from "./sample-territories";
import { sampleTransfers } from "./sample-transfers";
import { knowledgeScaledTables } from "./scale-sample-data";

/**
 * Loads the knowledge sample data (territories, practices, transfers of 2012–2014, an adoption) in one
 * transaction when the database has no practice yet; with `scale` N > 1 (`npm run seed -- --scale N`),
 * copies 2..N follow in the same transaction. Returns whether it loaded anything.
 */
export async function loadSampleData(dataSource: DataSource, scale = 1): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(Practice)) > 0) return false;
    await manager.insert(
      Territory,
      sampleTerritories.map((territory) => ({ ...territory, isSample: true })),
    );
    await manager.insert(
      Practice,
      samplePractices.map(({ memberIds: _m, sourceActionIds: _a, resources, ...practice }) => ({
        ...practice,
        budgetCents: resources.budget === null ? null : eurosToCents(resources.budget),
        peopleCount: resources.peopleCount,
        resourcesDescription: resources.description,
        isSample: true,
      })),
    );
    await manager.insert(
      PracticeMember,
      samplePractices.flatMap(({ id, memberIds }) =>
        memberIds.map((memberId) => ({ practiceId: id, memberId })),
      ),
    );
    await manager.insert(
      PracticeSourceAction,
      samplePractices.flatMap(({ id, sourceActionIds }) =>
        sourceActionIds.map((actionId) => ({ practiceId: id, actionId })),
      ),
    );
    await manager.insert(
      Transfer,
      sampleTransfers.map(({ practiceIds: _p, memberIds: _m, ...transfer }) => ({
        ...transfer,
        isSample: true,
      })),
    );
    await manager.insert(
      TransferPractice,
      sampleTransfers.flatMap(({ id, practiceIds }) =>
        practiceIds.map((practiceId) => ({ transferId: id, practiceId })),
      ),
    );
    await manager.insert(
      TransferMember,
      sampleTransfers.flatMap(({ id, memberIds }) =>
        memberIds.map((memberId) => ({ transferId: id, memberId })),
      ),
    );
    await manager.insert(
      Adoption,
      sampleAdoptions.map((adoption) => ({ ...adoption, isSample: true })),
    );
    await writeScaledCopies(manager, "knowledge", scale, knowledgeScaledTables);
    return true;
  });
}
