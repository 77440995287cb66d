import { Field, ObjectType } from "type-graphql";
import { ProjectResult } from "./project-result.entity";
import { ResultMilestone } from "./result-milestone.entity";

@ObjectType({ description: "Result of createProjectResult." })
export class CreateProjectResultPayload {
  @Field(() => ProjectResult, { description: "The new result." })
  result!: ProjectResult;
}

@ObjectType({ description: "Result of updateProjectResult." })
export class UpdateProjectResultPayload {
  @Field(() => ProjectResult, { description: "The result as it now is." })
  result!: ProjectResult;
}

@ObjectType({ description: "Result of createResultMilestone." })
export class CreateResultMilestonePayload {
  @Field(() => ResultMilestone, { description: "The new milestone." })
  milestone!: ResultMilestone;

  @Field(() => ProjectResult, { description: "Its result." })
  result!: ProjectResult;
}
