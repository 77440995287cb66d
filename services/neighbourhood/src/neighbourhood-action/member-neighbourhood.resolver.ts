import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs, type SubgraphContext } from "@pole/subgraph-kit";
import { Member } from "../external/member";
import { NeighbourhoodActionConnection } from "./neighbourhood-action-connection.type";
import { NeighbourhoodActionFilter, NeighbourhoodActionSort } from "./neighbourhood-action-filter.input";
import { actionsLedByMember } from "./neighbourhood-action.loader";
import { checkActionFilter } from "./neighbourhood-action.query";

/** The neighbourhood pillar's fields on the economic subgraph's `Member`. */
@Resolver(() => Member)
export class MemberNeighbourhoodResolver {
  @FieldResolver(() => NeighbourhoodActionConnection, {
    // Nullable: if the neighbourhood subgraph is down, the rest of the member still reaches the client.
    nullable: true,
    description:
      "Neighbourhood actions the member leads, with the same filters and sorts as `neighbourhoodActions` (newest first unless told), a page at a time. Null (with an error) when the neighbourhood subgraph cannot answer.",
  })
  neighbourhoodActions(
    @Root() member: Member,
    @Args() page: PageArgs,
    @Ctx() context: SubgraphContext,
    @Arg("filter", () => NeighbourhoodActionFilter, {
      nullable: true,
      description: "Narrows the member's actions, as in `neighbourhoodActions`.",
    })
    filter?: NeighbourhoodActionFilter,
    @Arg("sort", () => NeighbourhoodActionSort, {
      nullable: true,
      description: "Order of the list; newest first (start date descending) when absent.",
    })
    sort?: NeighbourhoodActionSort,
  ): Promise<NeighbourhoodActionConnection> {
    return actionsLedByMember(context, page, checkActionFilter(filter), sort).load(member.id);
  }
}
