import { Arg, Authorized, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from "type-graphql";
import {
  missingRecord,
  requireUuid,
  runMutation,
  type AccessRule,
  type SubgraphContext,
  MaxItems,
} from "@pole/subgraph-kit";
import { assertOrderedDates, definedFields, refuseNulls } from "../common/inputs";
import { ParticipatoryProject } from "../participatory-project/participatory-project.entity";
import { CreateProjectResultInput } from "./create-project-result.input";
import { CreateResultMilestoneInput } from "./create-result-milestone.input";
import { ProjectResult } from "./project-result.entity";
import { milestonesByResult } from "./project-result.loader";
import {
  CreateProjectResultPayload,
  CreateResultMilestonePayload,
  UpdateProjectResultPayload,
} from "./project-result.payloads";
import { ResultMilestone } from "./result-milestone.entity";
import { progressOf } from "./progress-percentage";
import { ResultStatus, resultStatusOf } from "./result-status.enum";
import { UpdateProjectResultInput } from "./update-project-result.input";

@Resolver(() => ProjectResult)
export class ProjectResultResolver {
  @FieldResolver(() => Float, { description: "How far the result has got: a percentage from 0 to 100." })
  progressPercentage(@Root() result: ProjectResult): number {
    return result.progress;
  }

  @FieldResolver(() => ResultStatus, { description: "Not started (0 %), in progress, or completed (100 %)." })
  status(@Root() result: ProjectResult): ResultStatus {
    return resultStatusOf(result.progress);
  }

  @MaxItems(20)
  @FieldResolver(() => [ResultMilestone], { description: "The result's milestones, in date order." })
  milestones(@Root() result: ProjectResult, @Ctx() context: SubgraphContext): Promise<ResultMilestone[]> {
    return milestonesByResult(context).load(result.id);
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => CreateProjectResultPayload, {
    nullable: true,
    description: "Adds a result to a participatory project (staff).",
  })
  async createProjectResult(
    @Arg("input", () => CreateProjectResultInput, { description: "The new result." })
    input: CreateProjectResultInput,
    @Ctx() context: SubgraphContext,
  ): Promise<CreateProjectResultPayload> {
    const projectId = requireUuid(input.projectId, "input.projectId");
    assertOrderedDates(input.startsOn, input.endsOn, "startsOn", "endsOn");
    const { progressPercentage, progress, ...fields } = input;
    return runMutation(context, "createProjectResult", async ({ manager, recordChange }) => {
      if (!(await manager.exists(ParticipatoryProject, { where: { id: projectId } }))) {
        throw missingRecord("input.projectId", "neighbourhood.noProject", { id: projectId });
      }
      const result = await manager.save(
        manager.create(ProjectResult, {
          ...fields,
          progress: progressOf(progressPercentage, progress) ?? 0,
          projectId,
          startsOn: input.startsOn ?? null,
          endsOn: input.endsOn ?? null,
        }),
      );
      recordChange("ProjectResult", result.id);
      return { projectResult: result, result };
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => UpdateProjectResultPayload, {
    nullable: true,
    description: "Changes a result, e.g. its progress (staff).",
  })
  async updateProjectResult(
    @Arg("input", () => UpdateProjectResultInput, { description: "The result and its changes." })
    input: UpdateProjectResultInput,
    @Ctx() context: SubgraphContext,
  ): Promise<UpdateProjectResultPayload> {
    const id = requireUuid(input.id, "input.id");
    refuseNulls(input, ["title", "description", "progress", "progressPercentage"]);
    const { id: _id, progressPercentage, progress, ...changes } = input;
    const newProgress = progressOf(progressPercentage, progress);
    return runMutation(context, "updateProjectResult", async ({ manager, recordChange }) => {
      const current = await manager.findOne(ProjectResult, {
        where: { id },
        lock: { mode: "pessimistic_write" },
      });
      if (!current) throw missingRecord("input.id", "neighbourhood.noResult", { id });
      const next = Object.assign(current, definedFields({ ...changes, progress: newProgress }));
      assertOrderedDates(next.startsOn, next.endsOn, "startsOn", "endsOn");
      const result = await manager.save(next);
      recordChange("ProjectResult", id);
      return { projectResult: result, result };
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => CreateResultMilestonePayload, {
    nullable: true,
    description: "Adds a milestone to a project result (staff).",
  })
  async createResultMilestone(
    @Arg("input", () => CreateResultMilestoneInput, { description: "The new milestone." })
    input: CreateResultMilestoneInput,
    @Ctx() context: SubgraphContext,
  ): Promise<CreateResultMilestonePayload> {
    const resultId = requireUuid(input.resultId, "input.resultId");
    return runMutation(context, "createResultMilestone", async ({ manager, recordChange }) => {
      const result = await manager.findOne(ProjectResult, { where: { id: resultId } });
      if (!result) throw missingRecord("input.resultId", "neighbourhood.noResult", { id: resultId });
      const milestone = await manager.save(
        manager.create(ResultMilestone, { ...input, resultId, description: input.description ?? null }),
      );
      recordChange("ResultMilestone", milestone.id);
      return { resultMilestone: milestone, milestone, projectResult: result, result };
    });
  }
}
