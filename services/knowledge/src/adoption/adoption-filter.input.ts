import { Field, ID, InputType } from "type-graphql";
import { AdoptionStatus } from "./adoption-status.enum";

@InputType({ description: "Narrows the list of adoptions; every given criterion must hold." })
export class AdoptionFilter {
  @Field(() => ID, { nullable: true, description: "Only adoptions of this practice." })
  practiceId?: string;

  @Field(() => ID, { nullable: true, description: "Only adoptions by this territory." })
  territoryId?: string;

  @Field(() => AdoptionStatus, { nullable: true, description: "Only adoptions in this status." })
  status?: AdoptionStatus;
}
