import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs, pageWindow, type SubgraphContext } from "@pole/subgraph-kit";
import { Member } from "../external/member";
import { NeighbourhoodActionConnection } from "./neighbourhood-action-connection.type";
import { actionsLedByMember } from "./neighbourhood-action.loader";

/** The neighbourhood pillar's fields on the economic subgraph's `Member`. */
@Resolver(() => Member)
export class MemberNeighbourhoodResolver {
  @FieldResolver(() => NeighbourhoodActionConnection, {
    // Nullable: if the neighbourhood subgraph is down, the rest of the member still reaches the client.
    nullable: true,
    description:
      "Neighbourhood actions the member leads, newest first (start date descending), a page at a time. Null (with an error) when the neighbourhood subgraph cannot answer.",
  })
  neighbourhoodActions(
    @Root() member: Member,
    @Args() page: PageArgs,
    @Ctx() context: SubgraphContext,
  ): Promise<NeighbourhoodActionConnection> {
    return actionsLedByMember(context, pageWindow(page)).load(member.id);
  }
}
