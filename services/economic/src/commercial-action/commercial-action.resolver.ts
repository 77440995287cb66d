import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import {
  assertDateRange,
  Connection,
  missingRecord,
  PageArgs,
  requireUuid,
  runMutation,
  type AccessRule,
  type SubgraphContext,
  MaxItems,
  ChecksViewer,
} from "@pole/subgraph-kit";
import { assertOrdered } from "../common/dates";
import { assertActsFor } from "../common/access";
import { pageOf } from "../common/listing";
import { Payload } from "../common/payload";
import { recordById, recordsBy } from "../common/relation-loaders";
import { uniqueMemberIds } from "../common/unique-ids";
import { Member } from "../member/member.entity";
import { eurosToCents, optionalCents } from "../money";
import { CommercialActionParticipant } from "./commercial-action-participant.entity";
import { CommercialAction } from "./commercial-action.entity";
import {
  CommercialActionFilter,
  CommercialActionSort,
  CommercialActionSortField,
  CreateCommercialActionInput,
  RecordCommercialActionOutcomeInput,
} from "./commercial-action.inputs";

export const CommercialActionConnection = Connection(
  CommercialAction,
  "CommercialAction",
  "A page of pooled commercial actions (Relay connection).",
);
type CommercialActionConnection = InstanceType<typeof CommercialActionConnection>;

export const CreateCommercialActionPayload = Payload(
  "CreateCommercialAction",
  "commercialAction",
  CommercialAction,
  "The new action.",
);
export const RecordCommercialActionOutcomePayload = Payload(
  "RecordCommercialActionOutcome",
  "commercialAction",
  CommercialAction,
  "The action with its outcomes.",
);

const sortColumns: Record<CommercialActionSortField, string> = {
  STARTS_ON: "action.startsOn",
  TITLE: "action.title",
};

@Resolver(() => CommercialAction)
export class CommercialActionResolver {
  @Query(() => CommercialAction, {
    nullable: true,
    description: "A commercial action by id; null when none.",
  })
  commercialAction(@Arg("id", () => ID) id: string, @Ctx() context: SubgraphContext) {
    return recordById(context, CommercialAction).load(requireUuid(id));
  }

  @ChecksViewer()
  @Query(() => CommercialActionConnection, {
    nullable: true,
    description: "Pooled commercial actions, newest last by default.",
  })
  commercialActions(
    @Args() page: PageArgs,
    @Ctx() { dataSource, viewer }: SubgraphContext,
    @Arg("filter", () => CommercialActionFilter, { nullable: true }) filter?: CommercialActionFilter,
    @Arg("sort", () => CommercialActionSort, { nullable: true }) sort?: CommercialActionSort,
  ): Promise<CommercialActionConnection> {
    assertDateRange(filter?.from, filter?.to, "filter.");
    const query = dataSource.getRepository(CommercialAction).createQueryBuilder("action");
    if (filter?.kind) query.andWhere("action.kind = :kind", { kind: filter.kind });
    if (filter?.from) query.andWhere("action.startsOn >= :from", { from: filter.from });
    if (filter?.to) query.andWhere("action.startsOn <= :to", { to: filter.to });
    if (filter?.memberId) {
      // Who used a service is private: only staff and the member itself may filter by member.
      assertActsFor(viewer, filter.memberId.toLowerCase());
      query.andWhere(
        "EXISTS (SELECT 1 FROM commercial_action_participant p WHERE p.action_id = action.id AND p.member_id = :memberId)",
        { memberId: filter.memberId.toLowerCase() },
      );
    }
    return pageOf(
      query,
      page,
      sortColumns[sort?.field ?? CommercialActionSortField.STARTS_ON],
      sort?.direction,
    );
  }

  @MaxItems(100)
  @FieldResolver(() => [CommercialActionParticipant], {
    description:
      "The members taking part; who they are and what each paid and saved is for staff and that member.",
  })
  participants(@Root() action: CommercialAction, @Ctx() context: SubgraphContext) {
    return recordsBy(context, CommercialActionParticipant, "actionId").load(action.id);
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => CreateCommercialActionPayload, {
    nullable: true,
    description: "Records a pooled commercial action and its participants (staff).",
  })
  createCommercialAction(
    @Arg("input", () => CreateCommercialActionInput) input: CreateCommercialActionInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ commercialAction: CommercialAction }> {
    assertOrdered(input.startsOn, input.endsOn, "input.startsOn", "input.endsOn");
    const memberIds = uniqueMemberIds(
      input.participants.map((p) => p.memberId),
      "input.participants",
    );
    return runMutation(context, "createCommercialAction", async ({ manager, recordChange }) => {
      const commercialAction = await manager.save(
        manager.create(CommercialAction, {
          kind: input.kind,
          title: input.title,
          description: input.description ?? null,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
          outcome: null,
          leads: null,
          contractsWon: null,
          revenueGeneratedCents: null,
        }),
      );
      const participants = await manager.save(
        input.participants.map((p, index) =>
          manager.create(CommercialActionParticipant, {
            actionId: commercialAction.id,
            memberId: memberIds[index],
            hours: p.hours ?? null,
            contributionCents: eurosToCents(p.contribution),
            publicValueCents: optionalCents(p.publicValue),
          }),
        ),
      );
      recordChange("CommercialAction", commercialAction.id);
      for (const participant of participants) recordChange("CommercialActionParticipant", participant.id);
      return { commercialAction };
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => RecordCommercialActionOutcomePayload, {
    nullable: true,
    description: "Records the outcomes of a commercial action (staff).",
  })
  recordCommercialActionOutcome(
    @Arg("input", () => RecordCommercialActionOutcomeInput) input: RecordCommercialActionOutcomeInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ commercialAction: CommercialAction }> {
    return runMutation(context, "recordCommercialActionOutcome", async ({ manager, recordChange }) => {
      const action = await manager.findOneBy(CommercialAction, { id: input.actionId.toLowerCase() });
      if (!action) throw missingRecord("input.actionId", "economic.noCommercialAction");
      action.outcome = input.outcome;
      action.leads = input.leads ?? null;
      action.contractsWon = input.contractsWon ?? null;
      action.revenueGeneratedCents = optionalCents(input.revenueGenerated);
      const commercialAction = await manager.save(action);
      recordChange("CommercialAction", commercialAction.id);
      return { commercialAction };
    });
  }
}

@Resolver(() => CommercialActionParticipant)
export class CommercialActionParticipantResolver {
  @Authorized<AccessRule>("staff", "owner")
  @FieldResolver(() => Member, {
    nullable: true,
    description: "The participating member: who used a service is for staff and that member only.",
  })
  async member(@Root() participant: CommercialActionParticipant, @Ctx() context: SubgraphContext) {
    return recordById(context, Member).load(participant.memberId);
  }
}
