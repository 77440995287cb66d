import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import {
  invalidField,
  missingRecord,
  requireUuid,
  runMutation,
  type AccessRule,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { assertOrderedDates, definedFields, refuseNulls } from "../common/inputs";
import { ActionKind } from "../neighbourhood-action/action-kind.enum";
import { assertWithinAction, manageableActionOfKind } from "../neighbourhood-action/managed-action";
import { CreateInsertionCohortInput } from "./create-insertion-cohort.input";
import { InsertionCohort } from "./insertion-cohort.entity";
import { CreateInsertionCohortPayload, UpdateInsertionCohortPayload } from "./insertion-cohort.payloads";
import { UpdateInsertionCohortInput } from "./update-insertion-cohort.input";

/** Writes on insertion cohorts: staff, or a member leading the INSERTION_PATHWAY action. */
@Resolver(() => InsertionCohort)
export class InsertionCohortResolver {
  // Counts are named …Count, as entryCount is.
  @FieldResolver(() => Int, { description: "Exits to employment (a count)." })
  exitToEmploymentCount(@Root() cohort: InsertionCohort): number {
    return cohort.exitsToEmployment;
  }

  @FieldResolver(() => Int, { description: "Exits to a (qualifying) training (a count)." })
  exitToTrainingCount(@Root() cohort: InsertionCohort): number {
    return cohort.exitsToTraining;
  }

  @FieldResolver(() => Int, { description: "Other exits: moved away, dropped out… (a count)." })
  otherExitCount(@Root() cohort: InsertionCohort): number {
    return cohort.otherExits;
  }

  @Authorized<AccessRule>("staff", "member")
  @Mutation(() => CreateInsertionCohortPayload, {
    nullable: true,
    description:
      "Records a cohort of an insertion pathway (staff, or a member leading the action). A label already used in the action is refused with CONFLICT.",
  })
  async createInsertionCohort(
    @Arg("input", () => CreateInsertionCohortInput, { description: "The cohort and its counts." })
    input: CreateInsertionCohortInput,
    @Ctx() context: SubgraphContext,
  ): Promise<CreateInsertionCohortPayload> {
    const actionId = requireUuid(input.actionId, "input.actionId");
    assertCohort(input);
    return runMutation(context, "createInsertionCohort", async ({ manager, recordChange }) => {
      const action = await manageableActionOfKind(
        manager,
        context.viewer,
        actionId,
        ActionKind.INSERTION_PATHWAY,
      );
      assertWithinAction(action, input.startsOn, "startsOn");
      const insertionCohort = await manager.save(
        manager.create(InsertionCohort, { ...input, actionId, endsOn: input.endsOn ?? null }),
      );
      recordChange("InsertionCohort", insertionCohort.id);
      return { insertionCohort, neighbourhoodAction: action, action };
    });
  }

  @Authorized<AccessRule>("staff", "member")
  @Mutation(() => UpdateInsertionCohortPayload, {
    nullable: true,
    description: "Changes a cohort, e.g. its exits as they happen (staff, or a member leading the action).",
  })
  async updateInsertionCohort(
    @Arg("input", () => UpdateInsertionCohortInput, { description: "The cohort and its changes." })
    input: UpdateInsertionCohortInput,
    @Ctx() context: SubgraphContext,
  ): Promise<UpdateInsertionCohortPayload> {
    const id = requireUuid(input.id, "input.id");
    refuseNulls(input, [
      "label",
      "startsOn",
      "entryCount",
      "exitsToEmployment",
      "exitsToTraining",
      "otherExits",
    ]);
    return runMutation(context, "updateInsertionCohort", async ({ manager, recordChange }) => {
      const current = await manager.findOne(InsertionCohort, { where: { id } });
      if (!current) throw missingRecord("input.id", "neighbourhood.noInsertionCohort", { id });
      const action = await manageableActionOfKind(
        manager,
        context.viewer,
        current.actionId,
        ActionKind.INSERTION_PATHWAY,
      );
      const { id: _id, ...changes } = input;
      const next = Object.assign(current, definedFields(changes));
      assertCohort(next);
      assertWithinAction(action, next.startsOn, "startsOn");
      const insertionCohort = await manager.save(next);
      recordChange("InsertionCohort", id);
      return { insertionCohort, neighbourhoodAction: action, action };
    });
  }
}

function assertCohort(cohort: {
  startsOn: string;
  endsOn?: string | null;
  entryCount: number;
  exitsToEmployment: number;
  exitsToTraining: number;
  otherExits: number;
}): void {
  assertOrderedDates(cohort.startsOn, cohort.endsOn, "startsOn", "endsOn");
  const exits = cohort.exitsToEmployment + cohort.exitsToTraining + cohort.otherExits;
  if (exits > cohort.entryCount) {
    throw invalidField("input.entryCount", "range", "neighbourhood.exitsOverEntries", {
      exits,
      entries: cohort.entryCount,
    });
  }
}
