import { Field, ObjectType } from "type-graphql";
import { formerNameOf } from "@pole/subgraph-kit";
import { ProjectResult } from "./project-result.entity";
import { ResultMilestone } from "./result-milestone.entity";

@ObjectType({ description: "Result of createProjectResult." })
export class CreateProjectResultPayload {
  @Field(() => ProjectResult, { description: "The new result." })
  projectResult!: ProjectResult;

  @Field(() => ProjectResult, formerNameOf("projectResult", "The new result."))
  result!: ProjectResult;
}

@ObjectType({ description: "Result of updateProjectResult." })
export class UpdateProjectResultPayload {
  @Field(() => ProjectResult, { description: "The result as it now is." })
  projectResult!: ProjectResult;

  @Field(() => ProjectResult, formerNameOf("projectResult", "The result as it now is."))
  result!: ProjectResult;
}

@ObjectType({ description: "Result of createResultMilestone." })
export class CreateResultMilestonePayload {
  @Field(() => ResultMilestone, { description: "The new milestone." })
  resultMilestone!: ResultMilestone;

  @Field(() => ResultMilestone, formerNameOf("resultMilestone", "The new milestone."))
  milestone!: ResultMilestone;

  @Field(() => ProjectResult, { description: "Its result." })
  projectResult!: ProjectResult;

  @Field(() => ProjectResult, formerNameOf("projectResult", "Its result."))
  result!: ProjectResult;
}
