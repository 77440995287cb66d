import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import {
  assertDateRange,
  invalidField,
  Connection,
  forbidden,
  PageArgs,
  runMutation,
  unauthenticated,
  type AccessRule,
  type SubgraphContext,
  ChecksViewer,
} from "@pole/subgraph-kit";
import { scopedMemberId } from "../common/access";
import { assertOrdered } from "../common/dates";
import { pageOf } from "../common/listing";
import { Payload } from "../common/payload";
import { recordById } from "../common/relation-loaders";
import { Member } from "../member/member.entity";
import { optionalCents } from "../money";
import { Collaboration } from "./collaboration.entity";
import {
  CollaborationFilter,
  CollaborationSort,
  CollaborationSortField,
  CreateCollaborationInput,
} from "./collaboration.inputs";

export const CollaborationConnection = Connection(
  Collaboration,
  "Collaboration",
  "A page of collaborations between members (Relay connection).",
);
type CollaborationConnection = InstanceType<typeof CollaborationConnection>;

export const CreateCollaborationPayload = Payload(
  "CreateCollaboration",
  "collaboration",
  Collaboration,
  "The new collaboration.",
);

const sortColumns: Record<CollaborationSortField, string> = {
  STARTS_ON: "collaboration.startsOn",
  AMOUNT: "collaboration.amountCents",
};

@Resolver(() => Collaboration)
export class CollaborationResolver {
  @Authorized<AccessRule>("staff", "member")
  @Query(() => CollaborationConnection, {
    nullable: true,
    description:
      "Collaborations between members: staff see all, a member those it leads or is the partner of.",
  })
  collaborations(
    @Args() page: PageArgs,
    @Ctx() { dataSource, viewer }: SubgraphContext,
    @Arg("filter", () => CollaborationFilter, { nullable: true }) filter?: CollaborationFilter,
    @Arg("sort", () => CollaborationSort, { nullable: true }) sort?: CollaborationSort,
  ): Promise<CollaborationConnection> {
    assertDateRange(filter?.from, filter?.to, "filter.");
    const memberId = scopedMemberId(viewer, filter?.memberId?.toLowerCase());
    const query = dataSource.getRepository(Collaboration).createQueryBuilder("collaboration");
    if (memberId) {
      query.andWhere(
        "(collaboration.leadMemberId = :memberId OR collaboration.partnerMemberId = :memberId)",
        {
          memberId,
        },
      );
    }
    if (filter?.kind) query.andWhere("collaboration.kind = :kind", { kind: filter.kind });
    if (filter?.from) query.andWhere("collaboration.startsOn >= :from", { from: filter.from });
    if (filter?.to) query.andWhere("collaboration.startsOn <= :to", { to: filter.to });
    return pageOf(query, page, sortColumns[sort?.field ?? CollaborationSortField.STARTS_ON], sort?.direction);
  }

  @FieldResolver(() => Member, { description: "The member that leads." })
  async leadMember(@Root() collaboration: Collaboration, @Ctx() context: SubgraphContext) {
    return recordById(context, Member).load(collaboration.leadMemberId);
  }

  @FieldResolver(() => Member, { description: "The partner member." })
  async partnerMember(@Root() collaboration: Collaboration, @Ctx() context: SubgraphContext) {
    return recordById(context, Member).load(collaboration.partnerMemberId);
  }

  @ChecksViewer()
  @Mutation(() => CreateCollaborationPayload, {
    nullable: true,
    description: "Records a collaboration between two members: staff, or one of the two members.",
  })
  createCollaboration(
    @Arg("input", () => CreateCollaborationInput) input: CreateCollaborationInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ collaboration: Collaboration }> {
    const lead = input.leadMemberId.toLowerCase();
    const partner = input.partnerMemberId.toLowerCase();
    const viewer = context.viewer;
    if (!viewer) throw unauthenticated();
    if (
      viewer.role !== "staff" &&
      !(viewer.role === "member" && [lead, partner].includes(viewer.memberId!))
    ) {
      throw forbidden();
    }
    if (lead === partner) {
      throw invalidField("input.partnerMemberId", "consistency", "economic.partnerIsLead");
    }
    assertOrdered(input.startsOn, input.endsOn, "input.startsOn", "input.endsOn");
    return runMutation(context, "createCollaboration", async ({ manager, recordChange }) => {
      const collaboration = await manager.save(
        manager.create(Collaboration, {
          kind: input.kind,
          leadMemberId: lead,
          partnerMemberId: partner,
          title: input.title,
          client: input.client ?? null,
          amountCents: optionalCents(input.amount),
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
        }),
      );
      recordChange("Collaboration", collaboration.id);
      return { collaboration };
    });
  }
}
