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

  @Field(() => Date, {
    nullable: true,
    description:
      "The change feed: only adoptions changed at or after this instant (updatedAt ≥ updatedSince), in the order they changed (updatedAt, then id, ascending). Ask again with the latest updatedAt seen and deduplicate by id. Changes of writes still in progress are held back until they commit.",
  })
  updatedSince?: Date;
}
