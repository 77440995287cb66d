import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import {
  invalidField,
  missingRecord,
  requireUuid,
  runMutation,
  type AccessRule,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { CreateTerritoryInput } from "./create-territory.input";
import { assertMayWriteFor } from "./territory-access";
import { assertTerritoryIdentifiers } from "./territory-identifier";
import {
  CreateTerritoryPayload,
  UpdateTerritoryPayload,
  type TerritoryPayload,
} from "./territory-payloads.type";
import { Territory } from "./territory.entity";
import { UpdateTerritoryInput } from "./update-territory.input";

/** The QPV codes of a territory: the given list, distinct, with its own code when it is a neighbourhood. */
const qpvCodesWith = (codes: string[], own: string | null) => [...new Set(own ? [own, ...codes] : codes)];

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
      "Changes a territory's name, codes or kind; its kind and identifiers must still fit (an intercommunality: a SIREN and no INSEE code; the others: an INSEE code). Staff, or the territory itself.",
  })
  updateTerritory(
    @Arg("input", () => UpdateTerritoryInput, { description: "The changes." }) input: UpdateTerritoryInput,
    @Ctx() context: SubgraphContext,
  ): Promise<TerritoryPayload> {
    const id = requireUuid(input.id, "input.id");
    for (const field of ["name", "kind"] as const) {
      if (input[field] === null) throw invalidField(`input.${field}`, "required", "input.notNull");
    }
    return runMutation(context, "updateTerritory", async ({ manager, recordChange }) => {
      const territory = await manager.findOne(Territory, {
        where: { id },
        lock: { mode: "pessimistic_write" },
      });
      if (!territory) throw missingRecord("input.id", "knowledge.noTerritory", { id });
      assertMayWriteFor(context.viewer, territory.id, "change the record");
      if (input.name !== undefined) territory.name = input.name;
      if (input.inseeCode !== undefined) territory.inseeCode = input.inseeCode;
      if (input.siren !== undefined) territory.siren = input.siren;
      if (input.kind !== undefined) territory.kind = input.kind;
      // The record as it would be: its kind and identifiers must still fit together.
      assertTerritoryIdentifiers(territory);
      if (input.qpvCode !== undefined) territory.qpvCode = input.qpvCode;
      if (input.qpvCodes !== undefined || input.qpvCode !== undefined) {
        const codes = input.qpvCodes === undefined ? territory.qpvCodes : (input.qpvCodes ?? []);
        territory.qpvCodes = qpvCodesWith(codes, territory.qpvCode);
      }
      const saved = await manager.save(territory);
      recordChange("Territory", id);
      return { territory: saved };
    });
  }
}
