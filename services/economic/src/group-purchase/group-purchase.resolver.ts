import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import {
  assertDateRange,
  centsToEuros,
  Connection,
  PageArgs,
  runMutation,
  type AccessRule,
  type SubgraphContext,
  MaxItems,
  ChecksViewer,
} from "@pole/subgraph-kit";
import { assertActsFor } from "../common/access";
import { pageOf } from "../common/listing";
import { Payload } from "../common/payload";
import { recordById, recordsBy } from "../common/relation-loaders";
import { uniqueMemberIds } from "../common/unique-ids";
import { Member } from "../member/member.entity";
import { eurosToCents } from "../money";
import { GroupPurchaseParticipant } from "./group-purchase-participant.entity";
import { GroupPurchase } from "./group-purchase.entity";
import {
  CreateGroupPurchaseInput,
  GroupPurchaseFilter,
  GroupPurchaseSort,
  GroupPurchaseSortField,
} from "./group-purchase.inputs";

export const GroupPurchaseConnection = Connection(
  GroupPurchase,
  "GroupPurchase",
  "A page of group purchases (Relay connection).",
);
type GroupPurchaseConnection = InstanceType<typeof GroupPurchaseConnection>;

export const CreateGroupPurchasePayload = Payload(
  "CreateGroupPurchase",
  "groupPurchase",
  GroupPurchase,
  "The new group purchase.",
);

@Resolver(() => GroupPurchase)
export class GroupPurchaseResolver {
  @ChecksViewer()
  @Query(() => GroupPurchaseConnection, {
    nullable: true,
    description: "Group purchases (orders for several members).",
  })
  groupPurchases(
    @Args() page: PageArgs,
    @Ctx() { dataSource, viewer }: SubgraphContext,
    @Arg("filter", () => GroupPurchaseFilter, { nullable: true }) filter?: GroupPurchaseFilter,
    @Arg("sort", () => GroupPurchaseSort, { nullable: true }) sort?: GroupPurchaseSort,
  ): Promise<GroupPurchaseConnection> {
    assertDateRange(filter?.from, filter?.to, "filter.");
    const query = dataSource.getRepository(GroupPurchase).createQueryBuilder("purchase");
    if (filter?.from) query.andWhere("purchase.orderedOn >= :from", { from: filter.from });
    if (filter?.to) query.andWhere("purchase.orderedOn <= :to", { to: filter.to });
    if (filter?.memberId) {
      // Who used a service is private: only staff and the member itself may filter by member.
      assertActsFor(viewer, filter.memberId.toLowerCase());
      query.andWhere(
        "EXISTS (SELECT 1 FROM group_purchase_participant p WHERE p.purchase_id = purchase.id AND p.member_id = :memberId)",
        { memberId: filter.memberId.toLowerCase() },
      );
    }
    const column = sort?.field === GroupPurchaseSortField.TITLE ? "purchase.title" : "purchase.orderedOn";
    return pageOf(query, page, column, sort?.direction);
  }

  @MaxItems(100)
  @FieldResolver(() => [GroupPurchaseParticipant], {
    description:
      "The members taking part; who they are and what each paid and saved is for staff and that member.",
  })
  participants(@Root() purchase: GroupPurchase, @Ctx() context: SubgraphContext) {
    return recordsBy(context, GroupPurchaseParticipant, "purchaseId").load(purchase.id);
  }

  @Authorized<AccessRule>("staff")
  @FieldResolver(() => Float, {
    nullable: true,
    description: "What the participants saved together, in euros (staff).",
  })
  async totalSavings(@Root() purchase: GroupPurchase, @Ctx() context: SubgraphContext): Promise<number> {
    const participants = await recordsBy(context, GroupPurchaseParticipant, "purchaseId").load(purchase.id);
    return centsToEuros(participants.reduce((sum, p) => sum + p.publicAmountCents - p.amountCents, 0));
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => CreateGroupPurchasePayload, {
    nullable: true,
    description: "Records a group purchase (staff).",
  })
  createGroupPurchase(
    @Arg("input", () => CreateGroupPurchaseInput) input: CreateGroupPurchaseInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ groupPurchase: GroupPurchase }> {
    const memberIds = uniqueMemberIds(
      input.participants.map((p) => p.memberId),
      "input.participants",
    );
    return runMutation(context, "createGroupPurchase", async ({ manager, recordChange }) => {
      const groupPurchase = await manager.save(
        manager.create(GroupPurchase, {
          title: input.title,
          supplier: input.supplier,
          orderedOn: input.orderedOn,
          description: input.description ?? null,
        }),
      );
      const participants = await manager.save(
        input.participants.map((p, index) =>
          manager.create(GroupPurchaseParticipant, {
            purchaseId: groupPurchase.id,
            memberId: memberIds[index],
            amountCents: eurosToCents(p.amount),
            publicAmountCents: eurosToCents(p.publicAmount),
          }),
        ),
      );
      recordChange("GroupPurchase", groupPurchase.id);
      for (const participant of participants) recordChange("GroupPurchaseParticipant", participant.id);
      return { groupPurchase };
    });
  }
}

@Resolver(() => GroupPurchaseParticipant)
export class GroupPurchaseParticipantResolver {
  @Authorized<AccessRule>("staff", "owner")
  @FieldResolver(() => Member, {
    nullable: true,
    description: "The participating member: who used a service is for staff and that member only.",
  })
  async member(@Root() participant: GroupPurchaseParticipant, @Ctx() context: SubgraphContext) {
    return recordById(context, Member).load(participant.memberId);
  }
}
