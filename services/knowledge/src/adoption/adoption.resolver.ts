import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import {
  changedSince,
  keysetPage,
  requireUuid,
  PageArgs,
  pageRequest,
  queryKeyset,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { Practice } from "../practice/practice.entity";
import { practiceById } from "../practice/practice.loader";
import { practiceVisibility, visibilityCondition } from "../practice/practice.visibility";
import { Territory } from "../territory/territory.entity";
import { territoryById } from "../territory/territory.loader";
import { Transfer } from "../transfer/transfer.entity";
import { transferById } from "../transfer/transfer.loader";
import { AdoptionConnection } from "./adoption-connection.type";
import { AdoptionFilter } from "./adoption-filter.input";
import { Adoption } from "./adoption.entity";
import { visibleAdoption } from "./adoption.reference";

@Resolver(() => Adoption)
export class AdoptionResolver {
  @Query(() => Adoption, {
    nullable: true,
    description: "An adoption by id; null when there is none or when the caller may not see its practice.",
  })
  adoption(
    @Arg("id", () => ID, { description: "Id of the adoption (UUID)." }) id: string,
    @Ctx() context: SubgraphContext,
  ): Promise<Adoption | null> {
    return visibleAdoption(requireUuid(id), context);
  }

  @Query(() => AdoptionConnection, {
    nullable: true,
    description:
      "Adoptions of practices by territories, most recently started first, a page at a time: those of the practices the caller may see (published ones for anonymous callers).",
  })
  async adoptions(
    @Args() page: PageArgs,
    @Ctx() { dataSource, viewer }: SubgraphContext,
    @Arg("filter", () => AdoptionFilter, { nullable: true, description: "Criteria the adoptions must meet." })
    filter?: AdoptionFilter,
  ): Promise<AdoptionConnection> {
    const practiceId = filter?.practiceId ? requireUuid(filter.practiceId, "filter.practiceId") : undefined;
    const territoryId = filter?.territoryId
      ? requireUuid(filter.territoryId, "filter.territoryId")
      : undefined;
    const query = dataSource
      .getRepository(Adoption)
      .createQueryBuilder("adoption")
      .innerJoin(Practice, "practice", "practice.id = adoption.practice_id");
    const changes = filter?.updatedSince;
    // The change feed comes in the order of the changes; the list, most recently started first.
    const order = changes
      ? queryKeyset(query, "adoptionChanges", [{ column: "adoption.updatedAt", direction: "ASC" }])
      : queryKeyset(query, "adoptions", [{ column: "adoption.startedOn", direction: "DESC" }]);
    const request = pageRequest(page, order);
    const visible = visibilityCondition(practiceVisibility(viewer), "practice");
    if (visible) query.andWhere(visible.sql, visible.parameters);
    if (practiceId) query.andWhere("adoption.practice_id = :practiceId", { practiceId });
    if (territoryId) query.andWhere("adoption.territory_id = :territoryId", { territoryId });
    if (filter?.status) query.andWhere("adoption.status = :status", { status: filter.status });
    if (changes) changedSince(query, "adoption", changes);
    // One row per adoption (the join is many-to-one): a keyset page of the query as it is.
    return keysetPage(query, request);
  }

  @FieldResolver(() => Practice, { description: "The practice adopted." })
  async practice(@Root() adoption: Adoption, @Ctx() context: SubgraphContext): Promise<Practice> {
    // The foreign key guarantees the practice exists; adoptions are listed only with a visible practice.
    return (await practiceById(context).load(adoption.practiceId))!;
  }

  @FieldResolver(() => Territory, { description: "The territory adopting the practice." })
  async territory(@Root() adoption: Adoption, @Ctx() context: SubgraphContext): Promise<Territory> {
    return (await territoryById(context).load(adoption.territoryId))!;
  }

  @FieldResolver(() => Transfer, {
    nullable: true,
    description: "The transfer that led to the adoption, when there was one.",
  })
  transfer(@Root() adoption: Adoption, @Ctx() context: SubgraphContext): Promise<Transfer | null> | null {
    return adoption.transferId ? transferById(context).load(adoption.transferId) : null;
  }
}
