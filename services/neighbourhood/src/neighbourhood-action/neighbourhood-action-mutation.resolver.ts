import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import {
  conflict,
  InputProblems,
  invalidField,
  missingRecord,
  requireUuid,
  runMutation,
  type AccessRule,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { CollectiveInitiative } from "../collective-initiative/collective-initiative.entity";
import type { CollectiveInitiativeInput } from "../collective-initiative/collective-initiative.input";
import { assertOrderedDates, definedFields, refuseNulls, requireUuids } from "../common/inputs";
import { MarketStudy } from "../market-study/market-study.entity";
import type { MarketStudyInput } from "../market-study/market-study.input";
import { ParticipatoryProject } from "../participatory-project/participatory-project.entity";
import { assertMayManageAction } from "./action-access";
import { leadsOf, lockAction } from "./managed-action";
import { ActionKind } from "./action-kind.enum";
import { ActionLeadMember } from "./action-lead-member.entity";
import { ActionStatus } from "./action-status.enum";
import { CancelNeighbourhoodActionInput } from "./cancel-neighbourhood-action.input";
import { CreateNeighbourhoodActionInput } from "./create-neighbourhood-action.input";
import { NeighbourhoodAction } from "./neighbourhood-action.entity";
import {
  CancelNeighbourhoodActionPayload,
  CreateNeighbourhoodActionPayload,
  UpdateNeighbourhoodActionPayload,
} from "./neighbourhood-action.payloads";
import { UpdateNeighbourhoodActionInput } from "./update-neighbourhood-action.input";

/**
 * Writes on neighbourhood actions. Staff manage every action; a member manages the actions it leads
 * (its `memberId` among the lead members); anonymous callers get UNAUTHENTICATED, other roles FORBIDDEN.
 */
@Resolver()
export class NeighbourhoodActionMutationResolver {
  @Authorized<AccessRule>("staff", "member")
  @Mutation(() => CreateNeighbourhoodActionPayload, {
    nullable: true,
    description: "Creates an action (staff, or a member that leads it).",
  })
  async createNeighbourhoodAction(
    @Arg("input", () => CreateNeighbourhoodActionInput, { description: "The new action." })
    input: CreateNeighbourhoodActionInput,
    @Ctx() context: SubgraphContext,
  ): Promise<CreateNeighbourhoodActionPayload> {
    const leadMemberIds = requireUuids(input.leadMemberIds, "input.leadMemberIds");
    assertMayManageAction(context.viewer, leadMemberIds);
    const projectId = input.participatoryProjectId
      ? requireUuid(input.participatoryProjectId, "input.participatoryProjectId")
      : null;
    assertOrderedDates(input.startsOn, input.endsOn, "startsOn", "endsOn");
    assertStatus(input.status, input.endsOn ?? null);
    assertDetails(input.kind, input.marketStudy, input.collectiveInitiative, true);

    const action = await runMutation(
      context,
      "createNeighbourhoodAction",
      async ({ manager, recordChange }) => {
        if (projectId) await assertProjectExists(manager, projectId);
        const { marketStudy, collectiveInitiative, leadMemberIds: _leads, ...fields } = input;
        const created = await manager.save(
          manager.create(NeighbourhoodAction, {
            ...fields,
            endsOn: input.endsOn ?? null,
            qpvCode: input.qpvCode ?? null,
            participatoryProjectId: projectId,
            cancellationReason: null,
          }),
        );
        await manager.insert(
          ActionLeadMember,
          leadMemberIds.map((memberId) => ({ actionId: created.id, memberId })),
        );
        await saveDetails(manager, created.id, marketStudy, collectiveInitiative);
        recordChange("NeighbourhoodAction", created.id);
        return created;
      },
    );
    return { neighbourhoodAction: action, action };
  }

  @Authorized<AccessRule>("staff", "member")
  @Mutation(() => UpdateNeighbourhoodActionPayload, {
    nullable: true,
    description: "Changes an action (staff, or a member that leads it). A cancelled action cannot change.",
  })
  async updateNeighbourhoodAction(
    @Arg("input", () => UpdateNeighbourhoodActionInput, { description: "The action and its changes." })
    input: UpdateNeighbourhoodActionInput,
    @Ctx() context: SubgraphContext,
  ): Promise<UpdateNeighbourhoodActionPayload> {
    const id = requireUuid(input.id, "input.id");
    refuseNulls(input, [
      "title",
      "description",
      "startsOn",
      "place",
      "placeKind",
      "leadMemberIds",
      "partners",
      "inhabitantsReached",
      "sessionCount",
      "hours",
      "status",
      "marketStudy",
      "collectiveInitiative",
    ]);
    const newLeads = input.leadMemberIds
      ? requireUuids(input.leadMemberIds, "input.leadMemberIds")
      : undefined;
    const projectId =
      input.participatoryProjectId === undefined
        ? undefined
        : input.participatoryProjectId === null
          ? null
          : requireUuid(input.participatoryProjectId, "input.participatoryProjectId");

    const action = await runMutation(
      context,
      "updateNeighbourhoodAction",
      async ({ manager, recordChange }) => {
        const current = await lockAction(manager, id);
        assertMayManageAction(context.viewer, await leadsOf(manager, id));
        if (newLeads) assertMayManageAction(context.viewer, newLeads);
        if (current.status === ActionStatus.CANCELLED) {
          throw conflict("neighbourhood.actionCancelled");
        }
        const {
          id: _id,
          leadMemberIds: _leads,
          participatoryProjectId: _project,
          marketStudy,
          collectiveInitiative,
          ...changes
        } = input;
        const next = Object.assign(
          current,
          definedFields(changes),
          projectId === undefined ? {} : { participatoryProjectId: projectId },
        );
        assertOrderedDates(next.startsOn, next.endsOn, "startsOn", "endsOn");
        assertStatus(next.status, next.endsOn);
        assertDetails(current.kind, marketStudy, collectiveInitiative, false);
        if (changes.startsOn !== undefined || changes.endsOn !== undefined) {
          await assertRecordsWithin(manager, id, next.startsOn, next.endsOn);
        }
        if (projectId) await assertProjectExists(manager, projectId);
        const saved = await manager.save(next);
        if (newLeads) {
          await manager.delete(ActionLeadMember, { actionId: id });
          await manager.insert(
            ActionLeadMember,
            newLeads.map((memberId) => ({ actionId: id, memberId })),
          );
        }
        await saveDetails(manager, id, marketStudy, collectiveInitiative);
        recordChange("NeighbourhoodAction", id);
        return saved;
      },
    );
    return { neighbourhoodAction: action, action };
  }

  @Authorized<AccessRule>("staff", "member")
  @Mutation(() => CancelNeighbourhoodActionPayload, {
    nullable: true,
    description: "Cancels a planned or running action (staff, or a member that leads it).",
  })
  async cancelNeighbourhoodAction(
    @Arg("input", () => CancelNeighbourhoodActionInput, {
      description: "The action and why it is cancelled.",
    })
    input: CancelNeighbourhoodActionInput,
    @Ctx() context: SubgraphContext,
  ): Promise<CancelNeighbourhoodActionPayload> {
    const id = requireUuid(input.id, "input.id");
    const action = await runMutation(
      context,
      "cancelNeighbourhoodAction",
      async ({ manager, recordChange }) => {
        const current = await lockAction(manager, id);
        assertMayManageAction(context.viewer, await leadsOf(manager, id));
        if (current.status === ActionStatus.CANCELLED) {
          throw conflict("neighbourhood.actionAlreadyCancelled");
        }
        if (current.status === ActionStatus.DONE) {
          throw conflict("neighbourhood.actionDone");
        }
        current.status = ActionStatus.CANCELLED;
        current.cancellationReason = input.reason ?? null;
        const saved = await manager.save(current);
        recordChange("NeighbourhoodAction", id);
        return saved;
      },
    );
    return { neighbourhoodAction: action, action };
  }
}

function assertStatus(status: ActionStatus, endsOn: string | null): void {
  if (status === ActionStatus.CANCELLED) {
    throw invalidField("input.status", "enum", "neighbourhood.cancelThroughMutation");
  }
  if (status === ActionStatus.DONE && !endsOn) {
    throw invalidField("input.endsOn", "required", "neighbourhood.doneNeedsEnd");
  }
}

/** Market study details go with MARKET_STUDY actions only, initiative details with initiative support only. */
function assertDetails(
  kind: ActionKind,
  marketStudy: MarketStudyInput | null | undefined,
  collectiveInitiative: CollectiveInitiativeInput | null | undefined,
  creating: boolean,
): void {
  const problems = new InputProblems();
  const study = { kind: ActionKind.MARKET_STUDY };
  const initiative = { kind: ActionKind.COLLECTIVE_INITIATIVE_SUPPORT };
  if (marketStudy && kind !== ActionKind.MARKET_STUDY) {
    problems.add("input.marketStudy", "consistency", "neighbourhood.detailsOnlyForKind", study);
  }
  if (collectiveInitiative && kind !== ActionKind.COLLECTIVE_INITIATIVE_SUPPORT) {
    problems.add("input.collectiveInitiative", "consistency", "neighbourhood.detailsOnlyForKind", initiative);
  }
  if (creating && kind === ActionKind.MARKET_STUDY && !marketStudy) {
    problems.add("input.marketStudy", "required", "neighbourhood.detailsRequiredForKind", study);
  }
  if (creating && kind === ActionKind.COLLECTIVE_INITIATIVE_SUPPORT && !collectiveInitiative) {
    problems.add(
      "input.collectiveInitiative",
      "required",
      "neighbourhood.detailsRequiredForKind",
      initiative,
    );
  }
  problems.throwIfAny();
}

/** Refuses new dates that would leave some of the action's outcome periods or cohorts outside them. */
async function assertRecordsWithin(
  manager: EntityManager,
  actionId: string,
  startsOn: string,
  endsOn: string | null,
): Promise<void> {
  const [{ outside }] = await manager.query<{ outside: string }[]>(
    `SELECT (SELECT count(*) FROM employment_outcome
              WHERE action_id = $1 AND (period_start < $2 OR ($3::date IS NOT NULL AND period_end > $3::date)))
          + (SELECT count(*) FROM insertion_cohort
              WHERE action_id = $1 AND (starts_on < $2 OR ($3::date IS NOT NULL AND starts_on > $3::date)))
            AS outside`,
    [actionId, startsOn, endsOn],
  );
  if (Number(outside) > 0) {
    throw invalidField("input.startsOn", "order", "neighbourhood.recordsOutsideNewDates", {
      count: Number(outside),
    });
  }
}

async function assertProjectExists(manager: EntityManager, projectId: string): Promise<void> {
  if (!(await manager.exists(ParticipatoryProject, { where: { id: projectId } }))) {
    throw missingRecord("input.participatoryProjectId", "neighbourhood.noProject", { id: projectId });
  }
}

async function saveDetails(
  manager: EntityManager,
  actionId: string,
  marketStudy: MarketStudyInput | null | undefined,
  collectiveInitiative: CollectiveInitiativeInput | null | undefined,
): Promise<void> {
  if (marketStudy) {
    await manager.upsert(MarketStudy, { actionId, ...marketStudy, findings: marketStudy.findings ?? null }, [
      "actionId",
    ]);
  }
  if (collectiveInitiative) {
    await manager.upsert(CollectiveInitiative, { actionId, ...collectiveInitiative }, ["actionId"]);
  }
}
