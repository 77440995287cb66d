import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import {
  assertDateRange,
  foldedEquals,
  invalidField,
  missingRecord,
  requireUuid,
  keysetPage,
  PageArgs,
  pageRequest,
  queryKeyset,
  runMutation,
  SortDirection,
  type AccessRule,
  type SubgraphContext,
  MaxItems,
} from "@pole/subgraph-kit";
import { assertOrderedDates, definedFields, refuseNulls } from "../common/inputs";
import { ProjectPhase } from "../project-phase/project-phase.entity";
import { ProjectResult } from "../project-result/project-result.entity";
import { CreateParticipatoryProjectInput } from "./create-participatory-project.input";
import { ParticipatoryProjectConnection } from "./participatory-project-connection.type";
import {
  ParticipatoryProjectFilter,
  ParticipatoryProjectSort,
  ParticipatoryProjectSortField,
} from "./participatory-project-filter.input";
import { ParticipatoryProject } from "./participatory-project.entity";
import { participatoryProjectById, phasesByProject, resultsByProject } from "./participatory-project.loader";
import {
  CreateParticipatoryProjectPayload,
  UpdateParticipatoryProjectPayload,
} from "./participatory-project.payloads";
import { UpdateParticipatoryProjectInput } from "./update-participatory-project.input";

@Resolver(() => ParticipatoryProject)
export class ParticipatoryProjectResolver {
  @Query(() => ParticipatoryProject, {
    nullable: true,
    description: "A participatory project by id; null when there is none.",
  })
  async participatoryProject(
    @Arg("id", () => ID) id: string,
    @Ctx() context: SubgraphContext,
  ): Promise<ParticipatoryProject | null> {
    return participatoryProjectById(context).load(requireUuid(id));
  }

  @Query(() => ParticipatoryProjectConnection, {
    nullable: true,
    description:
      "Participatory projects, filtered (a calendar from/to, place) and sorted (newest first unless told), a page at a time.",
  })
  async participatoryProjects(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => ParticipatoryProjectFilter, {
      nullable: true,
      description: "Narrows the list; every given criterion must hold.",
    })
    filter?: ParticipatoryProjectFilter,
    @Arg("sort", () => ParticipatoryProjectSort, {
      nullable: true,
      description: "Order of the list; newest first (start date descending) when absent.",
    })
    sort?: ParticipatoryProjectSort,
  ): Promise<ParticipatoryProjectConnection> {
    const query = dataSource.getRepository(ParticipatoryProject).createQueryBuilder("project");
    const column = sort?.field === ParticipatoryProjectSortField.TITLE ? "project.title" : "project.startsOn";
    const direction = sort ? (sort.direction === SortDirection.DESC ? "DESC" : "ASC") : "DESC";
    const request = pageRequest(page, queryKeyset(query, "participatoryProjects", [{ column, direction }]));
    assertDateRange(filter?.from, filter?.to, "filter.");
    if (filter?.from) {
      query.andWhere("(project.endsOn IS NULL OR project.endsOn >= :from)", { from: filter.from });
    }
    if (filter?.to) query.andWhere("project.startsOn <= :to", { to: filter.to });
    if (filter?.place) query.andWhere(...foldedEquals("project.place", "place", filter.place));
    return keysetPage(query, request);
  }

  @MaxItems(10)
  @FieldResolver(() => [ProjectPhase], { description: "The project's phases, in date order." })
  phases(@Root() project: ParticipatoryProject, @Ctx() context: SubgraphContext): Promise<ProjectPhase[]> {
    return phasesByProject(context).load(project.id);
  }

  @MaxItems(50)
  @FieldResolver(() => [ProjectResult], {
    description:
      "What came of the project, followed as Decidim's accountability does (progress, milestones).",
  })
  results(@Root() project: ParticipatoryProject, @Ctx() context: SubgraphContext): Promise<ProjectResult[]> {
    return resultsByProject(context).load(project.id);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "Overall progress, a percentage from 0 to 100 (to one decimal): the mean of the results' progressPercentage (as Decidim computes it); null without results.",
  })
  async progressPercentage(
    @Root() project: ParticipatoryProject,
    @Ctx() context: SubgraphContext,
  ): Promise<number | null> {
    const results = await resultsByProject(context).load(project.id);
    if (results.length === 0) return null;
    const mean = results.reduce((sum, result) => sum + result.progress, 0) / results.length;
    return Math.round(mean * 10) / 10;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Overall progress in percent; the same number as `progressPercentage`.",
    deprecationReason:
      "2026-12-02: use progressPercentage (every percentage of the graph is a Float from 0 to 100 named …Percentage)",
  })
  progress(@Root() project: ParticipatoryProject, @Ctx() context: SubgraphContext): Promise<number | null> {
    return this.progressPercentage(project, context);
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => CreateParticipatoryProjectPayload, {
    nullable: true,
    description: "Creates a participatory project (staff).",
  })
  async createParticipatoryProject(
    @Arg("input", () => CreateParticipatoryProjectInput, { description: "The new project." })
    input: CreateParticipatoryProjectInput,
    @Ctx() context: SubgraphContext,
  ): Promise<CreateParticipatoryProjectPayload> {
    assertOrderedDates(input.startsOn, input.endsOn, "startsOn", "endsOn");
    return runMutation(context, "createParticipatoryProject", async ({ manager, recordChange }) => {
      const participatoryProject = await manager.save(
        manager.create(ParticipatoryProject, { ...input, endsOn: input.endsOn ?? null }),
      );
      recordChange("ParticipatoryProject", participatoryProject.id);
      return { participatoryProject };
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => UpdateParticipatoryProjectPayload, {
    nullable: true,
    description: "Changes a participatory project (staff). Its phases must stay within its dates.",
  })
  async updateParticipatoryProject(
    @Arg("input", () => UpdateParticipatoryProjectInput, { description: "The project and its changes." })
    input: UpdateParticipatoryProjectInput,
    @Ctx() context: SubgraphContext,
  ): Promise<UpdateParticipatoryProjectPayload> {
    const id = requireUuid(input.id, "input.id");
    refuseNulls(input, ["title", "summary", "startsOn", "place"]);
    return runMutation(context, "updateParticipatoryProject", async ({ manager, recordChange }) => {
      const current = await manager.findOne(ParticipatoryProject, {
        where: { id },
        lock: { mode: "pessimistic_write" },
      });
      if (!current) throw missingRecord("input.id", "neighbourhood.noProject", { id });
      const { id: _id, ...changes } = input;
      const next = Object.assign(current, definedFields(changes));
      assertOrderedDates(next.startsOn, next.endsOn, "startsOn", "endsOn");
      const outside = await manager
        .getRepository(ProjectPhase)
        .createQueryBuilder("phase")
        .where("phase.project_id = :id", { id })
        .andWhere("(phase.starts_on < :start OR (CAST(:end AS date) IS NOT NULL AND phase.ends_on > :end))", {
          start: next.startsOn,
          end: next.endsOn,
        })
        .getCount();
      if (outside > 0) {
        throw invalidField("input.startsOn", "order", "neighbourhood.phasesOutsideNewDates", {
          count: outside,
        });
      }
      const participatoryProject = await manager.save(next);
      recordChange("ParticipatoryProject", id);
      return { participatoryProject };
    });
  }
}
