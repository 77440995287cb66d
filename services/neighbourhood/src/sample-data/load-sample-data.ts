import type { DataSource } from "typeorm";
import { ActionLeadMember } from "../neighbourhood-action/action-lead-member.entity";
import { NeighbourhoodAction } from "../neighbourhood-action/neighbourhood-action.entity";
import { ParticipatoryProject } from "../participatory-project/participatory-project.entity";
import { sampleActions, sampleProject } from "./sample-actions";

/**
 * Loads the neighbourhood sample data (2007–2013) in one transaction when the database has no action yet.
 * Returns whether it loaded anything.
 */
export async function loadSampleData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(NeighbourhoodAction)) > 0) return false;
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
    await manager.insert(ParticipatoryProject, { ...sampleProject, isSample: true });
    return true;
  });
}
