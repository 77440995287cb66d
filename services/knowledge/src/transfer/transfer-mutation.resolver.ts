import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { In, type EntityManager } from "typeorm";
import {
  forbidden,
  invalidField,
  missingRecord,
  requireUuid,
  runMutation,
  type AccessRule,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { Adoption } from "../adoption/adoption.entity";
import { requireUuids } from "../ids";
import { Practice } from "../practice/practice.entity";
import {
  isPracticeVisible,
  practiceVisibility,
  type PracticeVisibility,
} from "../practice/practice.visibility";
import { assertMayWriteFor, assertTerritoryExists, territoryToWriteIn } from "../territory/territory-access";
import { CreateTransferInput } from "./create-transfer.input";
import { DeleteTransferInput } from "./delete-transfer.input";
import { TransferMember } from "./transfer-member.entity";
import { TransferOrigin } from "./transfer-origin.enum";
import {
  CreateTransferPayload,
  DeleteTransferPayload,
  UpdateTransferPayload,
  type TransferPayload,
} from "./transfer-payloads.type";
import { TransferPractice } from "./transfer-practice.entity";
import { Transfer } from "./transfer.entity";
import { UpdateTransferInput } from "./update-transfer.input";

/**
 * Refuses practice ids that name no practice the caller may see: NOT_FOUND at `input.practiceIds[i]` (the
 * index in the input as given), naming the first such id. A practice that does not exist and one the caller
 * may not see (another territory's draft) get the same answer.
 */
async function assertPracticesVisible(
  manager: EntityManager,
  practiceIds: string[],
  given: string[],
  visibility: PracticeVisibility,
): Promise<void> {
  if (practiceIds.length === 0) return;
  const practices = await manager.find(Practice, { where: { id: In(practiceIds) } });
  const visible = new Set(practices.filter((p) => isPracticeVisible(p, visibility)).map((p) => p.id));
  const missing = practiceIds.find((id) => !visible.has(id));
  if (missing) {
    const index = given.findIndex((id) => id.toLowerCase() === missing);
    throw missingRecord(`input.practiceIds[${index}]`, "knowledge.noVisiblePractice", { id: missing });
  }
}

/** Replaces a transfer's practices and facilitating members, when the input gives them. */
async function replaceTransferLinks(
  manager: EntityManager,
  transferId: string,
  { practiceIds, memberIds }: { practiceIds?: string[]; memberIds?: string[] },
): Promise<void> {
  if (practiceIds) {
    await manager.delete(TransferPractice, { transferId });
    if (practiceIds.length > 0) {
      await manager.insert(
        TransferPractice,
        practiceIds.map((practiceId) => ({ transferId, practiceId })),
      );
    }
  }
  if (memberIds) {
    await manager.delete(TransferMember, { transferId });
    if (memberIds.length > 0) {
      await manager.insert(
        TransferMember,
        memberIds.map((memberId) => ({ transferId, memberId })),
      );
    }
  }
}

/** Loads a transfer for change, locking its row; NOT_FOUND when there is none. */
async function lockTransfer(manager: EntityManager, id: string): Promise<Transfer> {
  const transfer = await manager.findOne(Transfer, { where: { id }, lock: { mode: "pessimistic_write" } });
  if (!transfer) throw missingRecord("input.id", "knowledge.noTransfer", { id });
  return transfer;
}

const optionalIds = (ids: string[] | null | undefined, name: string) =>
  ids === undefined ? undefined : requireUuids(ids ?? [], name);

@Resolver(() => Transfer)
export class TransferMutationResolver {
  @Authorized<AccessRule>("staff", "territory")
  @Mutation(() => CreateTransferPayload, {
    nullable: true,
    description:
      "Records a transfer of good practice to a territory. Staff, or a territory for transfers to itself. Recorded by staff, it is the Pôle's own (origin POLE); by a territory, a partner's report (PARTNER_TERRITORY), counted apart in the council's report.",
  })
  createTransfer(
    @Arg("input", () => CreateTransferInput, { description: "The new transfer." }) input: CreateTransferInput,
    @Ctx() context: SubgraphContext,
  ): Promise<TransferPayload> {
    const practiceIds = requireUuids(input.practiceIds ?? [], "input.practiceIds");
    const memberIds = requireUuids(input.facilitatingMemberIds ?? [], "input.facilitatingMemberIds");
    return runMutation(context, "createTransfer", async ({ manager, recordChange }) => {
      const territoryId = (await territoryToWriteIn(
        manager,
        context.viewer,
        input.territoryId,
        "record transfers",
        {
          required: true,
        },
      ))!;
      await assertPracticesVisible(
        manager,
        practiceIds,
        input.practiceIds ?? [],
        practiceVisibility(context.viewer),
      );
      const transfer = await manager.save(
        Object.assign(new Transfer(), {
          kind: input.kind,
          title: input.title,
          heldOn: input.heldOn,
          territoryId,
          audience: input.audience,
          audienceKind: input.audienceKind,
          participantCount: input.participantCount,
          // The Pôle's own work when its team records it; a partner's report when a territory does.
          origin: context.viewer?.role === "staff" ? TransferOrigin.POLE : TransferOrigin.PARTNER_TERRITORY,
        }),
      );
      await replaceTransferLinks(manager, transfer.id, { practiceIds, memberIds });
      recordChange("Transfer", transfer.id);
      return { transfer };
    });
  }

  @Authorized<AccessRule>("staff", "territory")
  @Mutation(() => UpdateTransferPayload, {
    nullable: true,
    description:
      "Changes a transfer. Staff, or the transfer's own territory (which cannot give it to another).",
  })
  updateTransfer(
    @Arg("input", () => UpdateTransferInput, { description: "The changes." }) input: UpdateTransferInput,
    @Ctx() context: SubgraphContext,
  ): Promise<TransferPayload> {
    const id = requireUuid(input.id, "input.id");
    const fields = [
      "kind",
      "title",
      "heldOn",
      "territoryId",
      "audience",
      "audienceKind",
      "participantCount",
    ] as const;
    for (const field of fields) {
      if (input[field] === null) throw invalidField(`input.${field}`, "required", "input.notNull");
    }
    const territoryId =
      input.territoryId === undefined ? undefined : requireUuid(input.territoryId, "input.territoryId");
    const practiceIds = optionalIds(input.practiceIds, "input.practiceIds");
    const memberIds = optionalIds(input.facilitatingMemberIds, "input.facilitatingMemberIds");
    return runMutation(context, "updateTransfer", async ({ manager, recordChange }) => {
      const transfer = await lockTransfer(manager, id);
      assertMayWriteFor(context.viewer, transfer.territoryId, "change the transfers");
      if (territoryId !== undefined) await assertTerritoryExists(manager, territoryId, "input.territoryId");
      if (
        territoryId !== undefined &&
        territoryId !== transfer.territoryId &&
        context.viewer?.role !== "staff"
      ) {
        throw forbidden("knowledge.transferStaysInTerritory");
      }
      if (practiceIds) {
        await assertPracticesVisible(
          manager,
          practiceIds,
          input.practiceIds ?? [],
          practiceVisibility(context.viewer),
        );
      }
      for (const field of fields) {
        if (field !== "territoryId" && input[field] !== undefined)
          Object.assign(transfer, { [field]: input[field] });
      }
      if (territoryId !== undefined) transfer.territoryId = territoryId;
      const saved = await manager.save(transfer);
      await replaceTransferLinks(manager, id, { practiceIds, memberIds });
      recordChange("Transfer", id);
      return { transfer: saved };
    });
  }

  @Authorized<AccessRule>("staff", "territory")
  @Mutation(() => DeleteTransferPayload, {
    nullable: true,
    description:
      "Deletes a transfer recorded by mistake; adoptions that named it keep existing without it. Staff, or the transfer's own territory.",
  })
  deleteTransfer(
    @Arg("input", () => DeleteTransferInput, { description: "The transfer to delete." })
    input: DeleteTransferInput,
    @Ctx() context: SubgraphContext,
  ): Promise<DeleteTransferPayload> {
    const id = requireUuid(input.id, "input.id");
    return runMutation(context, "deleteTransfer", async ({ manager, recordChange }) => {
      const transfer = await lockTransfer(manager, id);
      assertMayWriteFor(context.viewer, transfer.territoryId, "delete the transfers");
      // The foreign key unlinks the adoptions that named this transfer: they change too.
      const adoptions = await manager.find(Adoption, { where: { transferId: id }, select: { id: true } });
      await manager.delete(Transfer, { id });
      recordChange("Transfer", id);
      for (const adoption of adoptions) recordChange("Adoption", adoption.id);
      return Object.assign(new DeleteTransferPayload(), { deletedTransferId: id });
    });
  }
}
