import type { DataSource } from "typeorm";
import { PracticeMember } from "../practice/practice-member.entity";
import { Practice } from "../practice/practice.entity";
import { Territory } from "../territory/territory.entity";
import { Transfer } from "../transfer/transfer.entity";
import { samplePractices } from "./sample-practices";
import { sampleTerritories } from "./sample-territories";
import { sampleTransfers } from "./sample-transfers";

/**
 * Loads the knowledge sample data (territories, practices, transfers of 2012–2013) in one transaction when
 * the database has no practice yet. Returns whether it loaded anything.
 */
export async function loadSampleData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(Practice)) > 0) return false;
    await manager.insert(
      Territory,
      sampleTerritories.map((territory) => ({ ...territory, isSample: true })),
    );
    await manager.insert(
      Practice,
      samplePractices.map(({ memberIds: _memberIds, ...practice }) => ({ ...practice, isSample: true })),
    );
    await manager.insert(
      PracticeMember,
      samplePractices.flatMap(({ id, memberIds }) =>
        memberIds.map((memberId) => ({ practiceId: id, memberId })),
      ),
    );
    await manager.insert(
      Transfer,
      sampleTransfers.map((transfer) => ({ ...transfer, isSample: true })),
    );
    return true;
  });
}
