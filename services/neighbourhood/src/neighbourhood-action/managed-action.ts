import type { EntityManager } from "typeorm";
import { invalidField, missingRecord, type IsoDate, type Viewer } from "@pole/subgraph-kit";
import { assertMayManageAction } from "./action-access";
import type { ActionKind } from "./action-kind.enum";
import { NeighbourhoodAction } from "./neighbourhood-action.entity";
import { ActionLeadMember } from "./action-lead-member.entity";

/** The action, locked until the transaction ends; NOT_FOUND when there is none. */
export async function lockAction(
  manager: EntityManager,
  id: string,
  path = "input.id",
): Promise<NeighbourhoodAction> {
  const action = await manager.findOne(NeighbourhoodAction, {
    where: { id },
    lock: { mode: "pessimistic_write" },
  });
  if (!action) throw missingRecord(path, "neighbourhood.noAction", { id });
  return action;
}

/** The ids of an action's lead members, read in the mutation's transaction. */
export async function leadsOf(manager: EntityManager, actionId: string): Promise<string[]> {
  const rows = await manager.find(ActionLeadMember, { where: { actionId } });
  return rows.map((row) => row.memberId);
}

/**
 * In a mutation on an action's outcomes or cohorts: the action (locked until the transaction ends), after
 * checking it exists (NOT_FOUND), the caller may manage it (FORBIDDEN) and it is of the expected kind.
 */
export async function manageableActionOfKind(
  manager: EntityManager,
  viewer: Viewer | null,
  actionId: string,
  kind: ActionKind,
): Promise<NeighbourhoodAction> {
  const action = await lockAction(manager, actionId, "input.actionId");
  assertMayManageAction(viewer, await leadsOf(manager, actionId));
  if (action.kind !== kind) {
    throw invalidField("input.actionId", "consistency", "neighbourhood.actionOfOtherKind", {
      kind,
      actual: action.kind,
    });
  }
  return action;
}

/** Refuses dates outside the action's own: a field error on the input's `field`. */
export function assertWithinAction(action: NeighbourhoodAction, day: IsoDate | null, field: string): void {
  if (!day) return;
  if (day < action.startsOn || (action.endsOn !== null && day > action.endsOn)) {
    throw invalidField(`input.${field}`, "order", "neighbourhood.outsideAction", {
      startsOn: action.startsOn,
      endsOn: action.endsOn,
    });
  }
}
