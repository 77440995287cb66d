import { Field, ID, ObjectType } from "type-graphql";
import { Payload } from "../payload";
import { Adoption } from "./adoption.entity";

/** What `createAdoption` returns. */
export const CreateAdoptionPayload = Payload(
  Adoption,
  "CreateAdoptionPayload",
  "adoption",
  "Result of createAdoption: the new adoption.",
);
/** What `updateAdoption` returns. */
export const UpdateAdoptionPayload = Payload(
  Adoption,
  "UpdateAdoptionPayload",
  "adoption",
  "Result of updateAdoption: the adoption as changed.",
);
export type AdoptionPayload = { adoption: Adoption };

@ObjectType({ description: "Result of deleteAdoption." })
export class DeleteAdoptionPayload {
  @Field(() => ID, { description: "Id of the adoption deleted." })
  deletedAdoptionId!: string;
}
