import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import {
  assertDateRange,
  invalidField,
  forbidden,
  missingRecord,
  requireUuid,
  PageArgs,
  runMutation,
  type AccessRule,
  type SubgraphContext,
  unauthenticated,
  ChecksViewer,
} from "@pole/subgraph-kit";
import type { EntityManager } from "typeorm";
import { assertOrderedDates, definedFields, refuseNulls } from "../common/inputs";
import { ContributionConnection } from "../contribution/contribution-connection.type";
import { ContributionFilter, ContributionSort } from "../contribution/contribution-filter.input";
import { ContributionStatus, STAFF_ONLY_STATUSES } from "../contribution/contribution-status.enum";
import { contributionsByPhase } from "../contribution/contribution.loader";
import { ParticipatoryProject } from "../participatory-project/participatory-project.entity";
import { participatoryProjectById } from "../participatory-project/participatory-project.loader";
import { CreateProjectPhaseInput } from "./create-project-phase.input";
import { isPhaseOpen } from "./phase-calendar";
import { ProjectPhase } from "./project-phase.entity";
import { phaseById } from "./project-phase.loader";
import { CreateProjectPhasePayload, UpdateProjectPhasePayload } from "./project-phase.payloads";
import { UpdateProjectPhaseInput } from "./update-project-phase.input";

@Resolver(() => ProjectPhase)
export class ProjectPhaseResolver {
  @Query(() => ProjectPhase, {
    nullable: true,
    description: "A phase of a participatory project by id; null when there is none.",
  })
  projectPhase(
    @Arg("id", () => ID) id: string,
    @Ctx() context: SubgraphContext,
  ): Promise<ProjectPhase | null> {
    return phaseById(context).load(requireUuid(id));
  }

  @FieldResolver(() => ParticipatoryProject, { description: "The project the phase belongs to." })
  async project(@Root() phase: ProjectPhase, @Ctx() context: SubgraphContext): Promise<ParticipatoryProject> {
    return (await participatoryProjectById(context).load(phase.projectId))!;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the phase takes contributions and votes today (Dijon's calendar).",
  })
  isOpen(@Root() phase: ProjectPhase): boolean {
    return isPhaseOpen(phase);
  }

  @ChecksViewer()
  @FieldResolver(() => ContributionConnection, {
    nullable: true,
    description:
      "The phase's contributions, newest first unless told, a page at a time: the published ones, and for staff those hidden or awaiting moderation too.",
  })
  contributions(
    @Root() phase: ProjectPhase,
    @Args() page: PageArgs,
    @Ctx() context: SubgraphContext,
    @Arg("filter", () => ContributionFilter, { nullable: true, description: "Narrows the list." })
    filter?: ContributionFilter,
    @Arg("sort", () => ContributionSort, {
      nullable: true,
      description: "Order of the list; newest first when absent.",
    })
    sort?: ContributionSort,
  ): Promise<ContributionConnection> {
    assertDateRange(filter?.from, filter?.to, "filter.");
    const staff = context.viewer?.role === "staff";
    if (filter?.status && filter.status !== ContributionStatus.PUBLISHED && !staff) {
      if (!context.viewer) throw unauthenticated();
      throw forbidden(
        filter.status === ContributionStatus.HIDDEN
          ? "neighbourhood.staffSeesHidden"
          : "neighbourhood.staffSeesPending",
      );
    }
    const statuses = filter?.status
      ? [filter.status]
      : staff
        ? [ContributionStatus.PUBLISHED, ...STAFF_ONLY_STATUSES]
        : [ContributionStatus.PUBLISHED];
    return contributionsByPhase(context, page, {
      statuses,
      filter: { from: filter?.from, to: filter?.to },
      sort: sort ?? null,
    }).load(phase.id);
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => CreateProjectPhasePayload, {
    nullable: true,
    description:
      "Adds a phase to a participatory project (staff). A phase overlapping another one is refused with CONFLICT.",
  })
  async createProjectPhase(
    @Arg("input", () => CreateProjectPhaseInput, { description: "The new phase." })
    input: CreateProjectPhaseInput,
    @Ctx() context: SubgraphContext,
  ): Promise<CreateProjectPhasePayload> {
    const projectId = requireUuid(input.projectId, "input.projectId");
    assertOrderedDates(input.startsOn, input.endsOn, "startsOn", "endsOn");
    return runMutation(context, "createProjectPhase", async ({ manager, recordChange }) => {
      await assertWithinProject(manager, projectId, input.startsOn, input.endsOn);
      const phase = await manager.save(manager.create(ProjectPhase, { ...input, projectId }));
      recordChange("ProjectPhase", phase.id);
      return { projectPhase: phase, phase };
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => UpdateProjectPhasePayload, {
    nullable: true,
    description: "Changes a phase, e.g. to extend it or close it early (staff).",
  })
  async updateProjectPhase(
    @Arg("input", () => UpdateProjectPhaseInput, { description: "The phase and its changes." })
    input: UpdateProjectPhaseInput,
    @Ctx() context: SubgraphContext,
  ): Promise<UpdateProjectPhasePayload> {
    const id = requireUuid(input.id, "input.id");
    refuseNulls(input, ["title", "description", "startsOn", "endsOn", "acceptsContributions"]);
    return runMutation(context, "updateProjectPhase", async ({ manager, recordChange }) => {
      const current = await manager.findOne(ProjectPhase, {
        where: { id },
        lock: { mode: "pessimistic_write" },
      });
      if (!current) throw missingRecord("input.id", "neighbourhood.noPhase", { id });
      const { id: _id, ...changes } = input;
      const next = Object.assign(current, definedFields(changes));
      assertOrderedDates(next.startsOn, next.endsOn, "startsOn", "endsOn");
      await assertWithinProject(manager, next.projectId, next.startsOn, next.endsOn);
      const phase = await manager.save(next);
      recordChange("ProjectPhase", id);
      return { projectPhase: phase, phase };
    });
  }
}

/** Refuses a phase whose project does not exist (NOT_FOUND) or that runs outside its project's dates (BAD_USER_INPUT). */
async function assertWithinProject(
  manager: EntityManager,
  projectId: string,
  startsOn: string,
  endsOn: string,
) {
  const project = await manager.findOne(ParticipatoryProject, {
    where: { id: projectId },
    lock: { mode: "pessimistic_read" },
  });
  if (!project) throw missingRecord("input.projectId", "neighbourhood.noProject", { id: projectId });
  if (startsOn < project.startsOn || (project.endsOn !== null && endsOn > project.endsOn)) {
    throw invalidField(
      startsOn < project.startsOn ? "input.startsOn" : "input.endsOn",
      "order",
      "neighbourhood.outsideProject",
      { startsOn: project.startsOn, endsOn: project.endsOn },
    );
  }
}
