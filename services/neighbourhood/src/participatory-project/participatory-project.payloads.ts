import { Field, ObjectType } from "type-graphql";
import { ParticipatoryProject } from "./participatory-project.entity";

@ObjectType({ description: "Result of createParticipatoryProject." })
export class CreateParticipatoryProjectPayload {
  @Field(() => ParticipatoryProject, { description: "The new project." })
  participatoryProject!: ParticipatoryProject;
}

@ObjectType({ description: "Result of updateParticipatoryProject." })
export class UpdateParticipatoryProjectPayload {
  @Field(() => ParticipatoryProject, { description: "The project as it now is." })
  participatoryProject!: ParticipatoryProject;
}
