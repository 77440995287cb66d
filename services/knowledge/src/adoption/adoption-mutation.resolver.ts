import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import {
  conflict,
  invalidField,
  missingRecord,
  requireUuid,
  runMutation,
  type AccessRule,
  type IsoDate,
  type SubgraphContext,
  type Viewer,
} from "@pole/subgraph-kit";
import { optionalUuid } from "../ids";
import { PracticeStatus } from "../practice/practice-status.enum";
import { Practice } from "../practice/practice.entity";
import { isPracticeVisible, practiceVisibility } from "../practice/practice.visibility";
import { assertMayWriteFor, territoryToWriteIn } from "../territory/territory-access";
import { Transfer } from "../transfer/transfer.entity";
import {
  CreateAdoptionPayload,
  DeleteAdoptionPayload,
  UpdateAdoptionPayload,
  type AdoptionPayload,
} from "./adoption-payloads.type";
import { AdoptionStatus, FINAL_ADOPTION_STATUSES } from "./adoption-status.enum";
import { Adoption } from "./adoption.entity";
import { CreateAdoptionInput } from "./create-adoption.input";
import { DeleteAdoptionInput } from "./delete-adoption.input";
import { UpdateAdoptionInput } from "./update-adoption.input";

/** An end date exactly for final statuses (ADOPTED, ABANDONED), never before the start. */
function assertCompletion(status: AdoptionStatus, startedOn: IsoDate, completedOn: IsoDate | null): void {
  const final = FINAL_ADOPTION_STATUSES.includes(status);
  if (final && !completedOn) {
    throw invalidField("input.completedOn", "required", "knowledge.completedOnRequired", { status });
  }
  if (!final && completedOn) {
    throw invalidField("input.completedOn", "consistency", "knowledge.completedOnOnlyWhenFinal", { status });
  }
  if (completedOn && completedOn < startedOn)
    throw invalidField("input.completedOn", "order", "input.notBefore", { other: "startedOn" });
}

/**
 * Loads an adoption for change, locking its row. NOT_FOUND when there is none or when the caller may not see
 * its practice (adoptions follow their practice): the same answer, never revealing that it exists.
 */
async function lockAdoption(manager: EntityManager, id: string, viewer: Viewer | null): Promise<Adoption> {
  const adoption = await manager.findOne(Adoption, { where: { id }, lock: { mode: "pessimistic_write" } });
  const practice = adoption && (await manager.findOne(Practice, { where: { id: adoption.practiceId } }));
  if (!adoption || !practice || !isPracticeVisible(practice, practiceVisibility(viewer))) {
    throw missingRecord("input.id", "knowledge.noAdoption", { id });
  }
  return adoption;
}

/** Refuses a transfer id that names no transfer (transfers are public): NOT_FOUND naming it. */
async function assertTransferExists(manager: EntityManager, id: string | null | undefined): Promise<void> {
  if (id && !(await manager.exists(Transfer, { where: { id } }))) {
    throw missingRecord("input.transferId", "knowledge.noTransfer", { id });
  }
}

@Resolver(() => Adoption)
export class AdoptionMutationResolver {
  @Authorized<AccessRule>("staff", "territory")
  @Mutation(() => CreateAdoptionPayload, {
    nullable: true,
    description:
      "Records that a territory adopts a published practice of another territory. Staff, or a territory for itself; once per practice and territory (CONFLICT otherwise).",
  })
  createAdoption(
    @Arg("input", () => CreateAdoptionInput, { description: "The new adoption." }) input: CreateAdoptionInput,
    @Ctx() context: SubgraphContext,
  ): Promise<AdoptionPayload> {
    const practiceId = requireUuid(input.practiceId, "input.practiceId");
    const transferId = optionalUuid(input.transferId, "input.transferId") ?? null;
    const status = input.status ?? AdoptionStatus.PLANNED;
    const completedOn = input.completedOn ?? null;
    assertCompletion(status, input.startedOn, completedOn);
    return runMutation(context, "createAdoption", async ({ manager, recordChange }) => {
      const territoryId = (await territoryToWriteIn(
        manager,
        context.viewer,
        input.territoryId,
        "record adoptions",
        {
          required: true,
        },
      ))!;
      const practice = await manager.findOne(Practice, { where: { id: practiceId } });
      if (!practice || !isPracticeVisible(practice, practiceVisibility(context.viewer))) {
        throw missingRecord("input.practiceId", "knowledge.noVisiblePractice", { id: practiceId });
      }
      if (practice.status !== PracticeStatus.PUBLISHED) {
        throw conflict("knowledge.onlyPublishedAdopted", { status: practice.status });
      }
      if (practice.territoryId === territoryId) {
        throw invalidField("input.practiceId", "consistency", "knowledge.ownPracticeNotAdopted");
      }
      await assertTransferExists(manager, transferId);
      const adoption = await manager.save(
        Object.assign(new Adoption(), {
          practiceId,
          territoryId,
          status,
          startedOn: input.startedOn,
          completedOn,
          outcome: input.outcome ?? null,
          transferId,
        }),
      );
      recordChange("Adoption", adoption.id);
      return { adoption };
    });
  }

  @Authorized<AccessRule>("staff", "territory")
  @Mutation(() => UpdateAdoptionPayload, {
    nullable: true,
    description:
      "Changes an adoption (its status, dates, outcome, transfer). Staff, or the adopting territory.",
  })
  updateAdoption(
    @Arg("input", () => UpdateAdoptionInput, { description: "The changes." }) input: UpdateAdoptionInput,
    @Ctx() context: SubgraphContext,
  ): Promise<AdoptionPayload> {
    const id = requireUuid(input.id, "input.id");
    for (const field of ["status", "startedOn"] as const) {
      if (input[field] === null) throw invalidField(`input.${field}`, "required", "input.notNull");
    }
    const transferId = optionalUuid(input.transferId, "input.transferId");
    return runMutation(context, "updateAdoption", async ({ manager, recordChange }) => {
      const adoption = await lockAdoption(manager, id, context.viewer);
      assertMayWriteFor(context.viewer, adoption.territoryId, "change the adoptions");
      await assertTransferExists(manager, transferId);
      if (input.status !== undefined) adoption.status = input.status;
      if (input.startedOn !== undefined) adoption.startedOn = input.startedOn;
      if (input.completedOn !== undefined) adoption.completedOn = input.completedOn;
      if (input.outcome !== undefined) adoption.outcome = input.outcome;
      if (transferId !== undefined) adoption.transferId = transferId;
      assertCompletion(adoption.status, adoption.startedOn, adoption.completedOn);
      const saved = await manager.save(adoption);
      recordChange("Adoption", id);
      return { adoption: saved };
    });
  }

  @Authorized<AccessRule>("staff", "territory")
  @Mutation(() => DeleteAdoptionPayload, {
    nullable: true,
    description: "Deletes an adoption recorded by mistake. Staff, or the adopting territory.",
  })
  deleteAdoption(
    @Arg("input", () => DeleteAdoptionInput, { description: "The adoption to delete." })
    input: DeleteAdoptionInput,
    @Ctx() context: SubgraphContext,
  ): Promise<DeleteAdoptionPayload> {
    const id = requireUuid(input.id, "input.id");
    return runMutation(context, "deleteAdoption", async ({ manager, recordChange }) => {
      const adoption = await lockAdoption(manager, id, context.viewer);
      assertMayWriteFor(context.viewer, adoption.territoryId, "delete the adoptions");
      await manager.delete(Adoption, { id });
      recordChange("Adoption", id);
      return Object.assign(new DeleteAdoptionPayload(), { deletedAdoptionId: id });
    });
  }
}
