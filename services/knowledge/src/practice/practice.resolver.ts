import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, UseMiddleware } from "type-graphql";
import type { SelectQueryBuilder } from "typeorm";
import {
  centsToEuros,
  requireUuid,
  keysetPage,
  PageArgs,
  pageRequest,
  queryKeyset,
  type SubgraphContext,
  MaxItems,
  Uncached,
} from "@pole/subgraph-kit";
import { Adoption } from "../adoption/adoption.entity";
import { adoptionsByPractice } from "../adoption/adoption.loader";
import { Member } from "../external/member";
import { NeighbourhoodAction } from "../external/neighbourhood-action";
import { Territory } from "../territory/territory.entity";
import { territoryById } from "../territory/territory.loader";
import { Transfer } from "../transfer/transfer.entity";
import { transfersByPractice } from "../transfer/transfer.loader";
import { PracticeConnection } from "./practice-connection.type";
import { PracticeFilter } from "./practice-filter.input";
import { checkPracticeFilter, filterPractices, practiceListOrder } from "./practice-list.query";
import { PracticeSort } from "./practice-sort.input";
import { PracticeCoordinates } from "./practice-coordinates.type";
import { PracticeFundingSource } from "./practice-funding-source.type";
import { PracticeImage } from "./practice-image.type";
import { PracticeOrganisation } from "./practice-organisation.type";
import { PracticeResources } from "./practice-resources.type";
import { PracticeReviewComment } from "./practice-review-comment.entity";
import { PracticeResult } from "./practice-result.type";
import { Practice, TOMBSTONE_EMPTY, TOMBSTONE_NULL } from "./practice.entity";
import {
  memberIdsByPractice,
  practiceById,
  reviewCommentsByPractice,
  sourceActionIdsByPractice,
} from "./practice.loader";
import {
  changeFeedCondition,
  hiddenOnTombstone,
  isPracticeVisible,
  listCondition,
  practiceVisibility,
} from "./practice.visibility";

/** Narrows a query on practices (alias `alias`) by theme, pillar and territory; ids already checked. */
export function narrowPractices<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  filter: { theme?: string; pillar?: string; territoryId?: string } | undefined,
): SelectQueryBuilder<T> {
  if (filter?.theme) {
    // Case and accents folded (`residence d'artistes` is « résidence d'artistes »), served by the GIN
    // index on the folded themes.
    query.andWhere(`knowledge_folded_themes(${alias}.themes) @> ARRAY[pole_fold(:theme)]`, {
      theme: filter.theme,
    });
  }
  if (filter?.pillar) query.andWhere(`${alias}.pillar = :pillar`, { pillar: filter.pillar });
  if (filter?.territoryId) {
    query.andWhere(`${alias}.territory_id = :territoryId`, { territoryId: filter.territoryId });
  }
  return query;
}

@Resolver(() => Practice)
export class PracticeResolver {
  @Query(() => Practice, {
    nullable: true,
    description:
      "A practice by id; null when there is none or when the caller may not see it (unpublished). A practice withdrawn after publication stays readable by everyone as a tombstone: status WITHDRAWN, title, territory, withdrawalReason, withdrawnOn and publishedOn (its content only for staff, its territory and the territories that adopted it); one withdrawn before it was ever published stays invisible.",
  })
  async practice(
    @Arg("id", () => ID, { description: "Id of the practice (UUID)." }) id: string,
    @Ctx() context: SubgraphContext,
  ): Promise<Practice | null> {
    const practice = await practiceById(context).load(requireUuid(id));
    return practice && isPracticeVisible(practice, practiceVisibility(context.viewer)) ? practice : null;
  }

  @Query(() => PracticeConnection, {
    nullable: true,
    description:
      "The library of practices, most recently published first unless told, a page at a time. Staff see every status; a territory sees published practices and its own; other callers only published practices. Withdrawn practices are listed only when asked for (`filter: { status: WITHDRAWN }`): then everyone gets the tombstones of those withdrawn after publication. For a search by words, see searchPractices.",
  })
  async practices(
    @Args() page: PageArgs,
    @Ctx() { dataSource, viewer }: SubgraphContext,
    @Arg("filter", () => PracticeFilter, { nullable: true, description: "Criteria the practices must meet." })
    filter?: PracticeFilter,
    @Arg("sort", () => PracticeSort, {
      nullable: true,
      description: "Order of the list; most recently published first when absent.",
    })
    sort?: PracticeSort,
  ): Promise<PracticeConnection> {
    const query = dataSource.getRepository(Practice).createQueryBuilder("practice");
    // The change feed comes in the order of the changes; other lists in the sort's.
    const key = practiceListOrder(filter, sort);
    const changes = key.feed;
    const request = pageRequest(
      page,
      queryKeyset(query, changes ? "practiceChanges" : "practices", [
        { column: `practice.${key.property}`, direction: key.direction },
      ]),
    );
    const visibility = practiceVisibility(viewer);
    const visible = changes
      ? changeFeedCondition(visibility, "practice")
      : listCondition(visibility, "practice", filter?.status);
    if (visible) query.andWhere(visible.sql, visible.parameters);
    filterPractices(query, "practice", checkPracticeFilter(filter));
    return keysetPage(query, request);
  }

  @FieldResolver(() => Territory, {
    nullable: true,
    description: "Territory the practice comes from, when known.",
  })
  territory(@Root() practice: Practice, @Ctx() context: SubgraphContext): Promise<Territory | null> | null {
    return practice.territoryId ? territoryById(context).load(practice.territoryId) : null;
  }

  @MaxItems(50)
  @FieldResolver(() => [Member], {
    // Items nullable: the economic subgraph resolves each member; if it cannot, the practice keeps its
    // other fields and the list its length, with a null (and an error) in place of that member.
    nullable: "items",
    description:
      "Member structures of the Pôle that contributed to the practice. An item is null (with an error) when the economic subgraph cannot answer for it." +
      TOMBSTONE_EMPTY,
  })
  @UseMiddleware(hiddenOnTombstone([]))
  async contributingMembers(@Root() practice: Practice, @Ctx() context: SubgraphContext): Promise<Member[]> {
    const ids = await memberIdsByPractice(context).load(practice.id);
    return ids.map((id) => Object.assign(new Member(), { id }));
  }

  @MaxItems(50)
  @FieldResolver(() => [NeighbourhoodAction], {
    // Items nullable, as contributingMembers: the neighbourhood subgraph resolves each action.
    nullable: "items",
    description:
      "Neighbourhood actions of the Pôle the practice was drawn from (resolved by the neighbourhood subgraph; a plain id without it). An item is null (with an error) when the neighbourhood subgraph cannot answer for it." +
      TOMBSTONE_EMPTY,
  })
  @UseMiddleware(hiddenOnTombstone([]))
  async sourceActions(
    @Root() practice: Practice,
    @Ctx() context: SubgraphContext,
  ): Promise<NeighbourhoodAction[]> {
    const ids = await sourceActionIdsByPractice(context).load(practice.id);
    return ids.map((id) => Object.assign(new NeighbourhoodAction(), { id }));
  }

  @FieldResolver(() => PracticeResources, {
    nullable: true,
    description: "Resources needed to run the practice." + TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  resources(@Root() practice: Practice): PracticeResources {
    return Object.assign(new PracticeResources(), {
      budget: practice.budgetCents === null ? null : centsToEuros(practice.budgetCents),
      peopleCount: practice.peopleCount,
      description: practice.resourcesDescription,
    });
  }

  @FieldResolver(() => PracticeOrganisation, {
    nullable: true,
    description:
      "The organisation in charge of the practice (any organisation, not only the Pôle's members); null when not given." +
      TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  organisationInCharge(@Root() practice: Practice): PracticeOrganisation | null {
    return practice.organisationInCharge
      ? Object.assign(new PracticeOrganisation(), practice.organisationInCharge)
      : null;
  }

  @FieldResolver(() => PracticeCoordinates, {
    nullable: true,
    description:
      "WGS 84 coordinates of where the practice runs, beside its INSEE commune code and QPV code; null when not given." +
      TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  coordinates(@Root() practice: Practice): PracticeCoordinates | null {
    if (practice.latitude === null || practice.longitude === null) return null;
    return Object.assign(new PracticeCoordinates(), {
      latitude: practice.latitude,
      longitude: practice.longitude,
    });
  }

  @MaxItems(10)
  @FieldResolver(() => [PracticeImage], {
    description: "Images of the practice, each with its text alternative." + TOMBSTONE_EMPTY,
  })
  @UseMiddleware(hiddenOnTombstone([]))
  images(@Root() practice: Practice): PracticeImage[] {
    return practice.images.map((image) => Object.assign(new PracticeImage(), image));
  }

  @MaxItems(20)
  @FieldResolver(() => [PracticeFundingSource], {
    description: "Who funded the practice, through which programme, how much." + TOMBSTONE_EMPTY,
  })
  @UseMiddleware(hiddenOnTombstone([]))
  fundingSources(@Root() practice: Practice): PracticeFundingSource[] {
    return practice.fundingSources.map(({ funder, programme, amountCents }) =>
      Object.assign(new PracticeFundingSource(), {
        funder,
        programme,
        amount: amountCents === null ? null : centsToEuros(amountCents),
      }),
    );
  }

  // Depends on who asks: never in a shared cache.
  @Uncached()
  @MaxItems(50)
  @FieldResolver(() => [PracticeReviewComment], {
    nullable: true,
    description:
      "The reviewers' comments left when the practice was returned to draft, oldest first: for the Pôle's staff and the practice's own territory; null for everyone else.",
  })
  async reviewComments(
    @Root() practice: Practice,
    @Ctx() context: SubgraphContext,
  ): Promise<PracticeReviewComment[] | null> {
    const viewer = context.viewer;
    const own =
      viewer?.role === "territory" &&
      practice.territoryId !== null &&
      practice.territoryId === viewer.territoryId?.toLowerCase();
    if (viewer?.role !== "staff" && !own) return null;
    return reviewCommentsByPractice(context).load(practice.id);
  }

  @MaxItems(20)
  @FieldResolver(() => [PracticeResult], {
    description: "Results of the practice with their evidence (indicators and values)." + TOMBSTONE_EMPTY,
  })
  @UseMiddleware(hiddenOnTombstone([]))
  results(@Root() practice: Practice): PracticeResult[] {
    return practice.results.map((result) => Object.assign(new PracticeResult(), result));
  }

  @MaxItems(100)
  @FieldResolver(() => [Adoption], {
    description: "Territories' adoptions of the practice, earliest first.",
  })
  adoptions(@Root() practice: Practice, @Ctx() context: SubgraphContext): Promise<Adoption[]> {
    return adoptionsByPractice(context).load(practice.id);
  }

  @MaxItems(50)
  @FieldResolver(() => [Transfer], {
    description: "Transfers to other territories in which the practice was used, most recent first.",
  })
  transfers(@Root() practice: Practice, @Ctx() context: SubgraphContext): Promise<Transfer[]> {
    return transfersByPractice(context).load(practice.id);
  }
}
