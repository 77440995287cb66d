import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import {
  assertDateRange,
  requireUuid,
  PageArgs,
  pageWindow,
  toConnection,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { Member } from "../external/member";
import { NeighbourhoodActionConnection } from "./neighbourhood-action-connection.type";
import { NeighbourhoodActionFilter } from "./neighbourhood-action-filter.input";
import { NeighbourhoodAction } from "./neighbourhood-action.entity";
import { actionById, leadMemberIdsByAction } from "./neighbourhood-action.loader";

@Resolver(() => NeighbourhoodAction)
export class NeighbourhoodActionResolver {
  @Query(() => NeighbourhoodAction, {
    nullable: true,
    description: "A neighbourhood action by id; null when there is none.",
  })
  async neighbourhoodAction(
    @Arg("id", () => ID) id: string,
    @Ctx() context: SubgraphContext,
  ): Promise<NeighbourhoodAction | null> {
    return actionById(context).load(requireUuid(id));
  }

  @Query(() => NeighbourhoodActionConnection, {
    description:
      "Actions with and for the inhabitants, filtered, newest first (start date descending), a page at a time.",
  })
  async neighbourhoodActions(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => NeighbourhoodActionFilter, { nullable: true }) filter?: NeighbourhoodActionFilter,
  ): Promise<NeighbourhoodActionConnection> {
    const window = pageWindow(page);
    if (filter?.leadMemberId) requireUuid(filter.leadMemberId, "leadMemberId");
    assertDateRange(filter?.from, filter?.to);
    const query = dataSource.getRepository(NeighbourhoodAction).createQueryBuilder("action");
    if (filter?.kind) query.andWhere("action.kind = :kind", { kind: filter.kind });
    if (filter?.from)
      query.andWhere("(action.endsOn IS NULL OR action.endsOn >= :from)", { from: filter.from });
    if (filter?.to) query.andWhere("action.startsOn <= :to", { to: filter.to });
    if (filter?.leadMemberId) {
      query.andWhere(
        "EXISTS (SELECT 1 FROM action_lead_member l WHERE l.action_id = action.id AND l.member_id = :leadMemberId)",
        { leadMemberId: filter.leadMemberId },
      );
    }
    if (filter?.place) query.andWhere("lower(action.place) = lower(:place)", { place: filter.place });
    query
      .orderBy("action.startsOn", "DESC")
      .addOrderBy("action.id", "ASC")
      .skip(window.offset)
      .take(window.limit);
    const [rows, total] = await query.getManyAndCount();
    return toConnection(rows, window, total);
  }

  @FieldResolver(() => [Member], { description: "The member structures leading the action." })
  async leadMembers(@Root() action: NeighbourhoodAction, @Ctx() context: SubgraphContext): Promise<Member[]> {
    const memberIds = await leadMemberIdsByAction(context).load(action.id);
    return memberIds.map((id) => Object.assign(new Member(), { id }));
  }
}
