import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { requireUuid, PageArgs, pageWindow, toConnection, type SubgraphContext } from "@pole/subgraph-kit";
import { Member } from "../external/member";
import { Territory } from "../territory/territory.entity";
import { territoryById } from "../territory/territory.loader";
import { PracticeConnection } from "./practice-connection.type";
import { PracticeFilter } from "./practice-filter.input";
import { Practice } from "./practice.entity";
import { memberIdsByPractice, practiceById } from "./practice.loader";
import { isPracticeVisible, practiceVisibility, visibleStatuses } from "./practice.visibility";

@Resolver(() => Practice)
export class PracticeResolver {
  @Query(() => Practice, {
    nullable: true,
    description: "A practice by id; null when there is none or when the caller may not see it (unpublished).",
  })
  async practice(@Arg("id", () => ID) id: string, @Ctx() context: SubgraphContext): Promise<Practice | null> {
    const practice = await practiceById(context).load(requireUuid(id));
    return practice && isPracticeVisible(practice, practiceVisibility(context.viewer)) ? practice : null;
  }

  @Query(() => PracticeConnection, {
    description:
      "The library of practices, most recently published first, a page at a time. Staff see every status; other callers only published practices.",
  })
  async practices(
    @Args() page: PageArgs,
    @Ctx() { dataSource, viewer }: SubgraphContext,
    @Arg("filter", () => PracticeFilter, { nullable: true }) filter?: PracticeFilter,
  ): Promise<PracticeConnection> {
    const window = pageWindow(page);
    if (filter?.territoryId) requireUuid(filter.territoryId, "filter.territoryId");
    const query = dataSource.getRepository(Practice).createQueryBuilder("practice");
    const statuses = visibleStatuses(practiceVisibility(viewer));
    if (statuses) query.andWhere("practice.status IN (:...statuses)", { statuses });
    if (filter?.status) query.andWhere("practice.status = :status", { status: filter.status });
    if (filter?.theme) {
      query.andWhere(
        "EXISTS (SELECT 1 FROM unnest(practice.themes) AS theme WHERE lower(theme) = lower(:theme))",
        {
          theme: filter.theme,
        },
      );
    }
    if (filter?.territoryId)
      query.andWhere("practice.territoryId = :territoryId", { territoryId: filter.territoryId });
    query
      .orderBy("practice.publishedOn", "DESC", "NULLS LAST")
      .addOrderBy("practice.id", "ASC")
      .skip(window.offset)
      .take(window.limit);
    const [rows, total] = await query.getManyAndCount();
    return toConnection(rows, window, total);
  }

  @FieldResolver(() => Territory, {
    nullable: true,
    description: "Territory the practice comes from, when known.",
  })
  territory(@Root() practice: Practice, @Ctx() context: SubgraphContext): Promise<Territory | null> | null {
    return practice.territoryId ? territoryById(context).load(practice.territoryId) : null;
  }

  @FieldResolver(() => [Member], {
    description: "Member structures of the Pôle that contributed to the practice.",
  })
  async contributingMembers(@Root() practice: Practice, @Ctx() context: SubgraphContext): Promise<Member[]> {
    const ids = await memberIdsByPractice(context).load(practice.id);
    return ids.map((id) => Object.assign(new Member(), { id }));
  }
}
