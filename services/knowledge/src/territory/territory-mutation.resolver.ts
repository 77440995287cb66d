import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import {
  invalidField,
  missingRecord,
  requireUuid,
  runMutation,
  type AccessRule,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { ApproveTerritoryChangeInput } from "./approve-territory-change.input";
import { CreateTerritoryInput } from "./create-territory.input";
import { RejectTerritoryChangeInput } from "./reject-territory-change.input";
import { assertMayWriteFor } from "./territory-access";
import { TerritoryChangeStatus } from "./territory-change-status.enum";
import {
  TERRITORY_IDENTITY_FIELDS,
  TerritoryChange,
  type TerritoryIdentityField,
} from "./territory-change.entity";
import { assertTerritoryIdentifiers } from "./territory-identifier";
import {
  CreateTerritoryPayload,
  TerritoryChangeDecisionPayload,
  UpdateTerritoryPayload,
  type TerritoryPayload,
} from "./territory-payloads.type";
import { Territory } from "./territory.entity";
import { UpdateTerritoryInput } from "./update-territory.input";

/** The QPV codes of a territory: the given list, distinct, with its own code when it is a neighbourhood. */
const qpvCodesWith = (codes: string[], own: string | null) => [...new Set(own ? [own, ...codes] : codes)];

type Identity = Pick<Territory, TerritoryIdentityField>;

/** The identity a territory has after `input` (omitted fields stay as in `current`), checked. */
function identityAfter(current: Identity, input: UpdateTerritoryInput): Identity {
  // Only the identity fields (never the record's id: `current` is a territory or its pending change).
  const next: Identity = {
    name: current.name,
    inseeCode: current.inseeCode,
    siren: current.siren,
    kind: current.kind,
    qpvCode: current.qpvCode,
    qpvCodes: [...current.qpvCodes],
  };
  if (input.name !== undefined) next.name = input.name!;
  if (input.inseeCode !== undefined) next.inseeCode = input.inseeCode;
  if (input.siren !== undefined) next.siren = input.siren;
  if (input.kind !== undefined) next.kind = input.kind!;
  // The record as it would be: its kind and identifiers must still fit together.
  assertTerritoryIdentifiers(next);
  if (input.qpvCode !== undefined) next.qpvCode = input.qpvCode;
  if (input.qpvCodes !== undefined || input.qpvCode !== undefined) {
    const codes = input.qpvCodes === undefined ? next.qpvCodes : (input.qpvCodes ?? []);
    next.qpvCodes = qpvCodesWith(codes, next.qpvCode);
  }
  return next;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Loads a territory for change, locking its row; NOT_FOUND naming `input.<field>` when there is none. */
async function lockTerritory(manager: EntityManager, id: string, field: string): Promise<Territory> {
  const territory = await manager.findOne(Territory, { where: { id }, lock: { mode: "pessimistic_write" } });
  if (!territory) throw missingRecord(`input.${field}`, "knowledge.noTerritory", { id });
  return territory;
}

/** A territory's pending change, locked; NOT_FOUND naming `input.territoryId` when there is none. */
async function lockPendingChange(manager: EntityManager, territoryId: string): Promise<TerritoryChange> {
  const change = await manager.findOne(TerritoryChange, {
    where: { territoryId, status: TerritoryChangeStatus.PENDING },
    lock: { mode: "pessimistic_write" },
  });
  if (!change)
    throw missingRecord("input.territoryId", "knowledge.noPendingTerritoryChange", { id: territoryId });
  return change;
}

@Resolver(() => Territory)
export class TerritoryMutationResolver {
  @Authorized<AccessRule>("staff")
  @Mutation(() => CreateTerritoryPayload, {
    nullable: true,
    description: "Adds a territory (staff only; a territory token is then issued for it).",
  })
  createTerritory(
    @Arg("input", () => CreateTerritoryInput, { description: "The new territory." })
    input: CreateTerritoryInput,
    @Ctx() context: SubgraphContext,
  ): Promise<TerritoryPayload> {
    return runMutation(context, "createTerritory", async ({ manager, recordChange }) => {
      const qpvCode = input.qpvCode ?? null;
      const identifiers = {
        kind: input.kind,
        inseeCode: input.inseeCode ?? null,
        siren: input.siren ?? null,
      };
      assertTerritoryIdentifiers(identifiers);
      const territory = await manager.save(
        Object.assign(new Territory(), {
          name: input.name,
          ...identifiers,
          qpvCode,
          qpvCodes: qpvCodesWith(input.qpvCodes ?? [], qpvCode),
        }),
      );
      recordChange("Territory", territory.id);
      return { territory };
    });
  }

  @Authorized<AccessRule>("staff", "territory")
  @Mutation(() => UpdateTerritoryPayload, {
    nullable: true,
    description:
      "Changes a territory's name, codes or kind; its kind and identifiers must still fit (an intercommunality: a SIREN and no INSEE code; the others: an INSEE code). Staff's changes apply at once. A territory's own change of these identity fields (every field of the input) is stored as its pendingChange, added to the one already pending, and applies only when staff approve it (approveTerritoryChange); the payload's pendingChange says so.",
  })
  updateTerritory(
    @Arg("input", () => UpdateTerritoryInput, { description: "The changes." }) input: UpdateTerritoryInput,
    @Ctx() context: SubgraphContext,
  ): Promise<UpdateTerritoryPayload> {
    const id = requireUuid(input.id, "input.id");
    for (const field of ["name", "kind"] as const) {
      if (input[field] === null) throw invalidField(`input.${field}`, "required", "input.notNull");
    }
    return runMutation(context, "updateTerritory", async ({ manager, recordChange }) => {
      const territory = await lockTerritory(manager, id, "id");
      assertMayWriteFor(context.viewer, territory.id, "change the record");
      if (context.viewer?.role === "staff") {
        const saved = await manager.save(Object.assign(territory, identityAfter(territory, input)));
        recordChange("Territory", id);
        return { territory: saved, pendingChange: null };
      }
      // A territory's own change of its identity waits for staff: added to the change already pending.
      const pending = await manager.findOne(TerritoryChange, {
        where: { territoryId: id, status: TerritoryChangeStatus.PENDING },
        lock: { mode: "pessimistic_write" },
      });
      const next = identityAfter(pending ?? territory, input);
      const changedFields = TERRITORY_IDENTITY_FIELDS.filter(
        (field) => !sameValue(next[field], territory[field]),
      );
      if (changedFields.length === 0) {
        // Nothing left to change (the request asks for what the territory already is): no pending change.
        if (pending) {
          await manager.delete(TerritoryChange, { id: pending.id });
          recordChange("TerritoryChange", pending.id);
        } else {
          // As a staff update that changes nothing: the request is on the trail all the same.
          recordChange("Territory", id);
        }
        return { territory, pendingChange: null };
      }
      const change = await manager.save(
        Object.assign(pending ?? new TerritoryChange(), {
          ...next,
          territoryId: id,
          status: TerritoryChangeStatus.PENDING,
          changedFields,
          ...(pending ? { requestedAt: new Date() } : {}),
        }),
      );
      recordChange("TerritoryChange", change.id);
      return { territory, pendingChange: change };
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => TerritoryChangeDecisionPayload, {
    nullable: true,
    description:
      "Approves a territory's pending change of its name, codes or kind, and applies it (the fields it changes; its identifiers must still fit the kind). The Pôle's staff only.",
  })
  approveTerritoryChange(
    @Arg("input", () => ApproveTerritoryChangeInput, { description: "The territory." })
    input: ApproveTerritoryChangeInput,
    @Ctx() context: SubgraphContext,
  ): Promise<TerritoryChangeDecisionPayload> {
    const territoryId = requireUuid(input.territoryId, "input.territoryId");
    return runMutation(context, "approveTerritoryChange", async ({ manager, recordChange }) => {
      const territory = await lockTerritory(manager, territoryId, "territoryId");
      const change = await lockPendingChange(manager, territoryId);
      for (const field of change.changedFields) Object.assign(territory, { [field]: change[field] });
      territory.qpvCodes = qpvCodesWith(territory.qpvCodes, territory.qpvCode);
      assertTerritoryIdentifiers(territory);
      const saved = await manager.save(territory);
      change.status = TerritoryChangeStatus.APPROVED;
      change.decidedAt = new Date();
      const decided = await manager.save(change);
      recordChange("Territory", territoryId);
      recordChange("TerritoryChange", change.id);
      return Object.assign(new TerritoryChangeDecisionPayload(), { territory: saved, change: decided });
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => TerritoryChangeDecisionPayload, {
    nullable: true,
    description:
      "Rejects a territory's pending change of its name, codes or kind, with a reason shown to the territory; the territory stays as it is. The Pôle's staff only.",
  })
  rejectTerritoryChange(
    @Arg("input", () => RejectTerritoryChangeInput, { description: "The territory and the reason." })
    input: RejectTerritoryChangeInput,
    @Ctx() context: SubgraphContext,
  ): Promise<TerritoryChangeDecisionPayload> {
    const territoryId = requireUuid(input.territoryId, "input.territoryId");
    return runMutation(context, "rejectTerritoryChange", async ({ manager, recordChange }) => {
      const territory = await lockTerritory(manager, territoryId, "territoryId");
      const change = await lockPendingChange(manager, territoryId);
      change.status = TerritoryChangeStatus.REJECTED;
      change.decidedAt = new Date();
      change.rejectionReason = input.reason.trim();
      const decided = await manager.save(change);
      recordChange("TerritoryChange", change.id);
      return Object.assign(new TerritoryChangeDecisionPayload(), { territory, change: decided });
    });
  }
}
