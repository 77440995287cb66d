import { Field, ObjectType } from "type-graphql";
import { formerNameOf } from "@pole/subgraph-kit";
import { ProjectPhase } from "./project-phase.entity";

@ObjectType({ description: "Result of createProjectPhase." })
export class CreateProjectPhasePayload {
  @Field(() => ProjectPhase, { description: "The new phase." })
  projectPhase!: ProjectPhase;

  @Field(() => ProjectPhase, formerNameOf("projectPhase", "The new phase."))
  phase!: ProjectPhase;
}

@ObjectType({ description: "Result of updateProjectPhase." })
export class UpdateProjectPhasePayload {
  @Field(() => ProjectPhase, { description: "The phase as it now is." })
  projectPhase!: ProjectPhase;

  @Field(() => ProjectPhase, formerNameOf("projectPhase", "The phase as it now is."))
  phase!: ProjectPhase;
}
