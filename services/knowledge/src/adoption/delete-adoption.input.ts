import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "An adoption to delete: staff, or the adopting territory." })
export class DeleteAdoptionInput {
  @Field(() => ID, { description: "Id of the adoption." })
  id!: string;
}
