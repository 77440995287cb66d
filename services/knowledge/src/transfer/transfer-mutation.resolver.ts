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
  type TerritoryWrite,
  type Viewer,
} from "@pole/subgraph-kit";
import { Adoption } from "../adoption/adoption.entity";
import { optionalUuid, requireUuids } from "../ids";
import { Practice } from "../practice/practice.entity";
import {
  isPracticeVisible,
  practiceVisibility,
  type PracticeVisibility,
} from "../practice/practice.visibility";
import { assertMayWriteFor, assertTerritoryExists, territoryToWriteFor } from "../territory/territory-access";
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

/**
 * Who may change or delete a transfer: staff; the territory that received it; the territory that gave it
 * (a transfer it recorded from itself to another territory).
 */
function assertMayWriteTransfer(viewer: Viewer | null, transfer: Transfer, what: TerritoryWrite): void {
  const own = viewer?.role === "territory" ? viewer.territoryId?.toLowerCase() : undefined;
  if (own && transfer.fromTerritoryId === own) return;
  assertMayWriteFor(viewer, transfer.territoryId, what);
}

/** Refuses a transfer from a territory to itself. */
function assertFromAnotherTerritory(fromTerritoryId: string | null, territoryId: string): void {
  if (fromTerritoryId !== null && fromTerritoryId === territoryId) {
    throw invalidField("input.fromTerritoryId", "consistency", "knowledge.transferToItself");
  }
}

/** Whose work a transfer is: the Pôle's when its team records one the Pôle gave; a partner's otherwise. */
const originOf = (viewer: Viewer | null, fromTerritoryId: string | null) =>
  viewer?.role === "staff" && fromTerritoryId === null
    ? TransferOrigin.POLE
    : TransferOrigin.PARTNER_TERRITORY;

const optionalIds = (ids: string[] | null | undefined, name: string) =>
  ids === undefined ? undefined : requireUuids(ids ?? [], name);

@Resolver(() => Transfer)
export class TransferMutationResolver {
  @Authorized<AccessRule>("staff", "territory")
  @Mutation(() => CreateTransferPayload, {
    nullable: true,
    description:
      "Records a transfer of good practice to a territory, from the Pôle (fromTerritoryId omitted) or from another territory. Staff; a territory for transfers to itself, or for transfers it gave to another territory (fromTerritoryId: itself). Recorded by staff and given by the Pôle, it is the Pôle's own (origin POLE); otherwise a partner's (PARTNER_TERRITORY), counted apart in the council's report.",
  })
  createTransfer(
    @Arg("input", () => CreateTransferInput, { description: "The new transfer." }) input: CreateTransferInput,
    @Ctx() context: SubgraphContext,
  ): Promise<TransferPayload> {
    const viewer = context.viewer;
    const fromTerritoryId = optionalUuid(input.fromTerritoryId, "input.fromTerritoryId") ?? null;
    const requestedTerritoryId = optionalUuid(input.territoryId, "input.territoryId") ?? null;
    const practiceIds = requireUuids(input.practiceIds ?? [], "input.practiceIds");
    const memberIds = requireUuids(input.facilitatingMemberIds ?? [], "input.facilitatingMemberIds");
    return runMutation(context, "createTransfer", async ({ manager, recordChange }) => {
      // Referenced territories first: an unknown one is NOT_FOUND naming it (as an unknown practice is),
      // before any rule on who may write for it.
      if (requestedTerritoryId)
        await assertTerritoryExists(manager, requestedTerritoryId, "input.territoryId");
      if (fromTerritoryId) await assertTerritoryExists(manager, fromTerritoryId, "input.fromTerritoryId");
      const giving = viewer?.role === "territory" && fromTerritoryId === viewer.territoryId?.toLowerCase();
      // A territory records what it received (territoryId: itself) or what it gave (fromTerritoryId: itself).
      const territoryId = giving
        ? requestedTerritoryId
        : territoryToWriteFor(viewer, requestedTerritoryId, "record transfers", { required: true })!;
      if (!territoryId) throw invalidField("input.territoryId", "required", "input.required");
      assertFromAnotherTerritory(fromTerritoryId, territoryId);
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
          fromTerritoryId,
          audience: input.audience,
          audienceKind: input.audienceKind,
          participantCount: input.participantCount,
          // The Pôle's own work when its team records one the Pôle gave; a partner's otherwise.
          origin: originOf(viewer, fromTerritoryId),
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
      "Changes a transfer. Staff, or the territory that received it or gave it (which cannot move it to other territories).",
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
    const fromTerritoryId = optionalUuid(input.fromTerritoryId, "input.fromTerritoryId");
    const practiceIds = optionalIds(input.practiceIds, "input.practiceIds");
    const memberIds = optionalIds(input.facilitatingMemberIds, "input.facilitatingMemberIds");
    return runMutation(context, "updateTransfer", async ({ manager, recordChange }) => {
      const transfer = await lockTransfer(manager, id);
      assertMayWriteTransfer(context.viewer, transfer, "change the transfers");
      if (territoryId !== undefined) await assertTerritoryExists(manager, territoryId, "input.territoryId");
      if (fromTerritoryId) await assertTerritoryExists(manager, fromTerritoryId, "input.fromTerritoryId");
      if (
        context.viewer?.role !== "staff" &&
        ((territoryId !== undefined && territoryId !== transfer.territoryId) ||
          (fromTerritoryId !== undefined && fromTerritoryId !== transfer.fromTerritoryId))
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
      if (fromTerritoryId !== undefined) transfer.fromTerritoryId = fromTerritoryId;
      assertFromAnotherTerritory(transfer.fromTerritoryId, transfer.territoryId);
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
      "Deletes a transfer recorded by mistake; adoptions that named it keep existing without it. Staff, or the territory that received it or gave it.",
  })
  deleteTransfer(
    @Arg("input", () => DeleteTransferInput, { description: "The transfer to delete." })
    input: DeleteTransferInput,
    @Ctx() context: SubgraphContext,
  ): Promise<DeleteTransferPayload> {
    const id = requireUuid(input.id, "input.id");
    return runMutation(context, "deleteTransfer", async ({ manager, recordChange }) => {
      const transfer = await lockTransfer(manager, id);
      assertMayWriteTransfer(context.viewer, transfer, "delete the transfers");
      // The foreign key unlinks the adoptions that named this transfer: they change too.
      const adoptions = await manager.find(Adoption, { where: { transferId: id }, select: { id: true } });
      await manager.delete(Transfer, { id });
      recordChange("Transfer", id);
      for (const adoption of adoptions) recordChange("Adoption", adoption.id);
      return Object.assign(new DeleteTransferPayload(), { deletedTransferId: id });
    });
  }
}
