import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import {
  invalidField,
  missingRecord,
  LocalDate,
  requireUuid,
  runMutation,
  type AccessRule,
  type IsoDate,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { assertOrderedDates, definedFields, refuseNulls } from "../common/inputs";
import { ActionKind } from "../neighbourhood-action/action-kind.enum";
import { assertWithinAction, manageableActionOfKind } from "../neighbourhood-action/managed-action";
import type { NeighbourhoodAction } from "../neighbourhood-action/neighbourhood-action.entity";
import { CreateEmploymentOutcomeInput } from "./create-employment-outcome.input";
import { EmploymentOutcome } from "./employment-outcome.entity";
import {
  CreateEmploymentOutcomePayload,
  UpdateEmploymentOutcomePayload,
} from "./employment-outcome.payloads";
import { UpdateEmploymentOutcomeInput } from "./update-employment-outcome.input";

/** Writes on employment outcomes: staff, or a member leading the EMPLOYMENT_PARTNERSHIP action. */
@Resolver(() => EmploymentOutcome)
export class EmploymentOutcomeResolver {
  // Days are named …On, and a period startsOn/endsOn, as everywhere else in the graph.
  @FieldResolver(() => LocalDate, { description: "First day of the period." })
  startsOn(@Root() outcome: EmploymentOutcome): IsoDate {
    return outcome.periodStart;
  }

  @FieldResolver(() => LocalDate, {
    description: "Last day of the period (same calendar year as its first day).",
  })
  endsOn(@Root() outcome: EmploymentOutcome): IsoDate {
    return outcome.periodEnd;
  }

  @Authorized<AccessRule>("staff", "member")
  @Mutation(() => CreateEmploymentOutcomePayload, {
    nullable: true,
    description:
      "Records an employment partnership's results over a period (staff, or a member leading the action). Overlapping periods of one action are refused with CONFLICT.",
  })
  async createEmploymentOutcome(
    @Arg("input", () => CreateEmploymentOutcomeInput, { description: "The period and its counts." })
    input: CreateEmploymentOutcomeInput,
    @Ctx() context: SubgraphContext,
  ): Promise<CreateEmploymentOutcomePayload> {
    const actionId = requireUuid(input.actionId, "input.actionId");
    assertPeriod(input.periodStart, input.periodEnd);
    return runMutation(context, "createEmploymentOutcome", async ({ manager, recordChange }) => {
      const action = await manageableActionOfKind(
        manager,
        context.viewer,
        actionId,
        ActionKind.EMPLOYMENT_PARTNERSHIP,
      );
      assertPeriodWithin(action, input.periodStart, input.periodEnd);
      const employmentOutcome = await manager.save(manager.create(EmploymentOutcome, { ...input, actionId }));
      recordChange("EmploymentOutcome", employmentOutcome.id);
      return { employmentOutcome, neighbourhoodAction: action, action };
    });
  }

  @Authorized<AccessRule>("staff", "member")
  @Mutation(() => UpdateEmploymentOutcomePayload, {
    nullable: true,
    description: "Corrects an employment outcome (staff, or a member leading the action).",
  })
  async updateEmploymentOutcome(
    @Arg("input", () => UpdateEmploymentOutcomeInput, { description: "The outcome and its changes." })
    input: UpdateEmploymentOutcomeInput,
    @Ctx() context: SubgraphContext,
  ): Promise<UpdateEmploymentOutcomePayload> {
    const id = requireUuid(input.id, "input.id");
    refuseNulls(input, [
      "periodStart",
      "periodEnd",
      "trainingCount",
      "immersionCount",
      "returnToEmploymentCount",
    ]);
    return runMutation(context, "updateEmploymentOutcome", async ({ manager, recordChange }) => {
      const current = await manager.findOne(EmploymentOutcome, { where: { id } });
      if (!current) throw missingRecord("input.id", "neighbourhood.noEmploymentOutcome", { id });
      const action = await manageableActionOfKind(
        manager,
        context.viewer,
        current.actionId,
        ActionKind.EMPLOYMENT_PARTNERSHIP,
      );
      const { id: _id, ...changes } = input;
      const next = Object.assign(current, definedFields(changes));
      assertPeriod(next.periodStart, next.periodEnd);
      assertPeriodWithin(action, next.periodStart, next.periodEnd);
      const employmentOutcome = await manager.save(next);
      recordChange("EmploymentOutcome", id);
      return { employmentOutcome, neighbourhoodAction: action, action };
    });
  }
}

function assertPeriod(start: string, end: string): void {
  assertOrderedDates(start, end, "periodStart", "periodEnd");
  if (start.slice(0, 4) !== end.slice(0, 4)) {
    throw invalidField("input.periodEnd", "order", "neighbourhood.periodInOneYear");
  }
}

function assertPeriodWithin(action: NeighbourhoodAction, start: string, end: string): void {
  assertWithinAction(action, start, "periodStart");
  assertWithinAction(action, end, "periodEnd");
}
