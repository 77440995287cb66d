import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import {
  keysetPage,
  requireUuid,
  PageArgs,
  pageRequest,
  type SubgraphContext,
  MaxItems,
} from "@pole/subgraph-kit";
import { CollectiveInitiative } from "../collective-initiative/collective-initiative.entity";
import { collectiveInitiativeByAction } from "../collective-initiative/collective-initiative.loader";
import { EmploymentOutcome } from "../employment-outcome/employment-outcome.entity";
import { employmentOutcomesByAction } from "../employment-outcome/employment-outcome.loader";
import { Member } from "../external/member";
import { InsertionCohort } from "../insertion-cohort/insertion-cohort.entity";
import { insertionCohortsByAction } from "../insertion-cohort/insertion-cohort.loader";
import { MarketStudy } from "../market-study/market-study.entity";
import { marketStudyByAction } from "../market-study/market-study.loader";
import { ParticipatoryProject } from "../participatory-project/participatory-project.entity";
import { participatoryProjectById } from "../participatory-project/participatory-project.loader";
import { NeighbourhoodActionConnection } from "./neighbourhood-action-connection.type";
import { NeighbourhoodActionFilter, NeighbourhoodActionSort } from "./neighbourhood-action-filter.input";
import { NeighbourhoodAction } from "./neighbourhood-action.entity";
import { actionById, leadMemberIdsByAction } from "./neighbourhood-action.loader";
import { actionKeyset, applyActionFilter, checkActionFilter } from "./neighbourhood-action.query";

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
    nullable: true,
    description:
      "Actions with and for the inhabitants, filtered (a calendar from/to, kind, place, lead member, status, project) and sorted (newest first unless told), a page at a time.",
  })
  async neighbourhoodActions(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => NeighbourhoodActionFilter, {
      nullable: true,
      description: "Narrows the list; every given criterion must hold.",
    })
    filter?: NeighbourhoodActionFilter,
    @Arg("sort", () => NeighbourhoodActionSort, {
      nullable: true,
      description: "Order of the list; newest first (start date descending) when absent.",
    })
    sort?: NeighbourhoodActionSort,
  ): Promise<NeighbourhoodActionConnection> {
    const metadata = dataSource.getMetadata(NeighbourhoodAction);
    const request = pageRequest(page, actionKeyset(metadata, "neighbourhoodActions", "action", sort));
    const checked = checkActionFilter(filter);
    const query = applyActionFilter(
      dataSource.getRepository(NeighbourhoodAction).createQueryBuilder("action"),
      "action",
      checked,
    );
    return keysetPage(query, request);
  }

  @MaxItems(20)
  @FieldResolver(() => [Member], {
    // Items nullable: the economic subgraph resolves each member; if it cannot, the action keeps its
    // other fields and the list its length, with a null (and an error) in place of that member.
    nullable: "items",
    description:
      "The member structures leading the action. An item is null (with an error) when the economic subgraph cannot answer for it.",
  })
  async leadMembers(@Root() action: NeighbourhoodAction, @Ctx() context: SubgraphContext): Promise<Member[]> {
    const memberIds = await leadMemberIdsByAction(context).load(action.id);
    return memberIds.map((id) => Object.assign(new Member(), { id }));
  }

  @FieldResolver(() => MarketStudy, {
    nullable: true,
    description:
      "The market study's question, findings, NAF codes and status; null unless kind is MARKET_STUDY.",
  })
  marketStudy(
    @Root() action: NeighbourhoodAction,
    @Ctx() context: SubgraphContext,
  ): Promise<MarketStudy | null> {
    return marketStudyByAction(context).load(action.id);
  }

  @FieldResolver(() => CollectiveInitiative, {
    nullable: true,
    description:
      "The initiative supported, its carriers (as a group) and the help given; null unless kind is COLLECTIVE_INITIATIVE_SUPPORT.",
  })
  collectiveInitiative(
    @Root() action: NeighbourhoodAction,
    @Ctx() context: SubgraphContext,
  ): Promise<CollectiveInitiative | null> {
    return collectiveInitiativeByAction(context).load(action.id);
  }

  @MaxItems(20)
  @FieldResolver(() => [EmploymentOutcome], {
    description:
      "Trainings, immersions and returns to employment per period, oldest first; empty unless kind is EMPLOYMENT_PARTNERSHIP.",
  })
  employmentOutcomes(
    @Root() action: NeighbourhoodAction,
    @Ctx() context: SubgraphContext,
  ): Promise<EmploymentOutcome[]> {
    return employmentOutcomesByAction(context).load(action.id);
  }

  @MaxItems(20)
  @FieldResolver(() => [InsertionCohort], {
    description: "Cohorts of the insertion pathway, oldest first; empty unless kind is INSERTION_PATHWAY.",
  })
  insertionCohorts(
    @Root() action: NeighbourhoodAction,
    @Ctx() context: SubgraphContext,
  ): Promise<InsertionCohort[]> {
    return insertionCohortsByAction(context).load(action.id);
  }

  @FieldResolver(() => ParticipatoryProject, {
    nullable: true,
    description: "The participatory project the action belongs to, if any.",
  })
  async participatoryProject(
    @Root() action: NeighbourhoodAction,
    @Ctx() context: SubgraphContext,
  ): Promise<ParticipatoryProject | null> {
    return action.participatoryProjectId
      ? participatoryProjectById(context).load(action.participatoryProjectId)
      : null;
  }
}
