import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import {
  assertDateRange,
  invalidField,
  Connection,
  missingRecord,
  PageArgs,
  runMutation,
  type AccessRule,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { scopedMemberId } from "../common/access";
import { pageOf } from "../common/listing";
import { Payload } from "../common/payload";
import { recordById } from "../common/relation-loaders";
import { Member } from "../member/member.entity";
import { centsForHours } from "../service-offering/pricing-unit.enum";
import { ServiceCategory } from "../service-offering/service-category.enum";
import { ServiceOffering } from "../service-offering/service-offering.entity";
import { ConsultingSession } from "./consulting-session.entity";
import {
  ConsultingSessionFilter,
  ConsultingSessionSort,
  ConsultingSessionSortField,
  RecordConsultingSessionInput,
} from "./consulting.inputs";

export const ConsultingSessionConnection = Connection(
  ConsultingSession,
  "ConsultingSession",
  "A page of consulting sessions (Relay connection).",
);
type ConsultingSessionConnection = InstanceType<typeof ConsultingSessionConnection>;

export const RecordConsultingSessionPayload = Payload(
  "RecordConsultingSession",
  "consultingSession",
  ConsultingSession,
  "The session as recorded, with its prices.",
);

@Resolver(() => ConsultingSession)
export class ConsultingSessionResolver {
  @Authorized<AccessRule>("staff", "member")
  @Query(() => ConsultingSessionConnection, {
    nullable: true,
    description: "Tailored consulting sessions: staff see all, a member its own.",
  })
  consultingSessions(
    @Args() page: PageArgs,
    @Ctx() { dataSource, viewer }: SubgraphContext,
    @Arg("filter", () => ConsultingSessionFilter, { nullable: true }) filter?: ConsultingSessionFilter,
    @Arg("sort", () => ConsultingSessionSort, { nullable: true }) sort?: ConsultingSessionSort,
  ): Promise<ConsultingSessionConnection> {
    assertDateRange(filter?.from, filter?.to, "filter.");
    const memberId = scopedMemberId(viewer, filter?.memberId?.toLowerCase());
    const query = dataSource.getRepository(ConsultingSession).createQueryBuilder("session");
    if (memberId) query.andWhere("session.memberId = :memberId", { memberId });
    if (filter?.from) query.andWhere("session.heldOn >= :from", { from: filter.from });
    if (filter?.to) query.andWhere("session.heldOn <= :to", { to: filter.to });
    const column = sort?.field === ConsultingSessionSortField.HOURS ? "session.hours" : "session.heldOn";
    return pageOf(query, page, column, sort?.direction);
  }

  @FieldResolver(() => Member, { description: "The member advised." })
  async member(@Root() session: ConsultingSession, @Ctx() context: SubgraphContext) {
    return recordById(context, Member).load(session.memberId);
  }

  @FieldResolver(() => ServiceOffering, { description: "The offering it falls under." })
  async offering(@Root() session: ConsultingSession, @Ctx() context: SubgraphContext) {
    return recordById(context, ServiceOffering).load(session.offeringId);
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => RecordConsultingSessionPayload, {
    nullable: true,
    description: "Records a consulting session given to a member, priced at the offering's rates (staff).",
  })
  recordConsultingSession(
    @Arg("input", () => RecordConsultingSessionInput) input: RecordConsultingSessionInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ consultingSession: ConsultingSession }> {
    return runMutation(context, "recordConsultingSession", async ({ manager, recordChange }) => {
      const offering = await manager.findOneBy(ServiceOffering, { id: input.offeringId.toLowerCase() });
      if (!offering) throw missingRecord("input.offeringId", "economic.noServiceOffering");
      if (offering.category !== ServiceCategory.TAILORED_CONSULTING) {
        throw invalidField("input.offeringId", "consistency", "economic.offeringFamily", {
          family: ServiceCategory.TAILORED_CONSULTING,
        });
      }
      const consultingSession = await manager.save(
        manager.create(ConsultingSession, {
          memberId: input.memberId.toLowerCase(),
          offeringId: offering.id,
          heldOn: input.heldOn,
          hours: input.hours,
          topic: input.topic,
          consultant: input.consultant ?? null,
          memberAmountCents: centsForHours(offering.memberRateCents, offering.unit, input.hours) ?? 0,
          publicAmountCents: centsForHours(offering.publicRateCents, offering.unit, input.hours),
        }),
      );
      recordChange("ConsultingSession", consultingSession.id);
      return { consultingSession };
    });
  }
}
