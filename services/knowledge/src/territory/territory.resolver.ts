import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import {
  keysetPage,
  requireUuid,
  PageArgs,
  pageRequest,
  queryKeyset,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { TerritoryConnection } from "./territory-connection.type";
import { Territory } from "./territory.entity";
import { territoryById } from "./territory.loader";

@Resolver(() => Territory)
export class TerritoryResolver {
  @Query(() => Territory, { nullable: true, description: "A territory by id; null when there is none." })
  async territory(
    @Arg("id", () => ID, { description: "Id of the territory (UUID)." }) id: string,
    @Ctx() context: SubgraphContext,
  ): Promise<Territory | null> {
    return territoryById(context).load(requireUuid(id));
  }

  @Query(() => TerritoryConnection, {
    nullable: true,
    description: "Territories known to the knowledge base, by name, a page at a time.",
  })
  async territories(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
  ): Promise<TerritoryConnection> {
    const query = dataSource.getRepository(Territory).createQueryBuilder("territory");
    return keysetPage(
      query,
      pageRequest(page, queryKeyset(query, "territories", [{ column: "territory.name" }])),
    );
  }
}
