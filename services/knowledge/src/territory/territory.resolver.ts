import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import {
  foldedContains,
  keysetPage,
  requireUuid,
  PageArgs,
  pageRequest,
  queryKeyset,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { TerritoryConnection } from "./territory-connection.type";
import { TerritoryFilter } from "./territory-filter.input";
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
    description:
      "Territories known to the knowledge base, by name, a page at a time; a filter finds one by its INSEE code, a QPV code or part of its name.",
  })
  async territories(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => TerritoryFilter, {
      nullable: true,
      description: "Criteria the territories must meet.",
    })
    filter?: TerritoryFilter,
  ): Promise<TerritoryConnection> {
    const query = dataSource.getRepository(Territory).createQueryBuilder("territory");
    const request = pageRequest(page, queryKeyset(query, "territories", [{ column: "territory.name" }]));
    // Each criterion has its index: insee_code (btree), qpv_codes (GIN; a territory's own qpvCode is
    // always in its qpvCodes), the folded name (trigram GIN).
    if (filter?.inseeCode)
      query.andWhere("territory.insee_code = :inseeCode", { inseeCode: filter.inseeCode });
    if (filter?.qpvCode) {
      query.andWhere("territory.qpv_codes @> ARRAY[CAST(:qpvCode AS varchar)]", { qpvCode: filter.qpvCode });
    }
    if (filter?.nameContains?.trim()) {
      query.andWhere(...foldedContains("territory.name", "nameContains", filter.nameContains.trim()));
    }
    return keysetPage(query, request);
  }
}
