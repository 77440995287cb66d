import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import {
  assertDateRange,
  Connection,
  PageArgs,
  runMutation,
  type AccessRule,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { assertOrdered } from "../common/dates";
import { pageOf } from "../common/listing";
import { Payload } from "../common/payload";
import { optionalCents } from "../money";
import { Award } from "./award.entity";
import { CreateAwardInput, CreateMilestoneInput, DateRangeFilter, HistorySort } from "./governance.inputs";
import { Milestone } from "./milestone.entity";

export const MilestoneConnection = Connection(
  Milestone,
  "Milestone",
  "A page of milestones (Relay connection).",
);
type MilestoneConnection = InstanceType<typeof MilestoneConnection>;
export const AwardConnection = Connection(Award, "Award", "A page of awards (Relay connection).");
type AwardConnection = InstanceType<typeof AwardConnection>;

export const CreateMilestonePayload = Payload(
  "CreateMilestone",
  "milestone",
  Milestone,
  "The new milestone.",
);
export const CreateAwardPayload = Payload("CreateAward", "award", Award, "The new award.");

/** The Pôle's history: milestones and awards. */
@Resolver()
export class HistoryResolver {
  @Query(() => MilestoneConnection, {
    nullable: true,
    description: "Milestones of the Pôle's history, oldest first by default.",
  })
  milestones(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => DateRangeFilter, { nullable: true }) filter?: DateRangeFilter,
    @Arg("sort", () => HistorySort, { nullable: true }) sort?: HistorySort,
  ): Promise<MilestoneConnection> {
    assertDateRange(filter?.from, filter?.to, "filter.");
    const query = dataSource.getRepository(Milestone).createQueryBuilder("milestone");
    if (filter?.from)
      query.andWhere("coalesce(milestone.endsOn, milestone.startsOn) >= :from", { from: filter.from });
    if (filter?.to) query.andWhere("milestone.startsOn <= :to", { to: filter.to });
    return pageOf(query, page, "milestone.startsOn", sort?.direction);
  }

  @Query(() => AwardConnection, {
    nullable: true,
    description: "Prizes the Pôle won, oldest first by default.",
  })
  awards(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => DateRangeFilter, { nullable: true }) filter?: DateRangeFilter,
    @Arg("sort", () => HistorySort, { nullable: true }) sort?: HistorySort,
  ): Promise<AwardConnection> {
    assertDateRange(filter?.from, filter?.to, "filter.");
    const query = dataSource.getRepository(Award).createQueryBuilder("award");
    if (filter?.from) query.andWhere("award.awardedOn >= :from", { from: filter.from });
    if (filter?.to) query.andWhere("award.awardedOn <= :to", { to: filter.to });
    return pageOf(query, page, "award.awardedOn", sort?.direction);
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => CreateMilestonePayload, {
    nullable: true,
    description: "Adds a milestone to the Pôle's history (staff).",
  })
  createMilestone(
    @Arg("input", () => CreateMilestoneInput) input: CreateMilestoneInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ milestone: Milestone }> {
    assertOrdered(input.startsOn, input.endsOn, "input.startsOn", "input.endsOn");
    return runMutation(context, "createMilestone", async ({ manager, recordChange }) => {
      const milestone = await manager.save(
        manager.create(Milestone, {
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
          title: input.title,
          description: input.description ?? null,
        }),
      );
      recordChange("Milestone", milestone.id);
      return { milestone };
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => CreateAwardPayload, {
    nullable: true,
    description: "Records a prize the Pôle won (staff).",
  })
  createAward(
    @Arg("input", () => CreateAwardInput) input: CreateAwardInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ award: Award }> {
    return runMutation(context, "createAward", async ({ manager, recordChange }) => {
      const award = await manager.save(
        manager.create(Award, {
          name: input.name,
          awardedBy: input.awardedBy,
          awardedOn: input.awardedOn,
          description: input.description ?? null,
          amountCents: optionalCents(input.amount),
        }),
      );
      recordChange("Award", award.id);
      return { award };
    });
  }
}
