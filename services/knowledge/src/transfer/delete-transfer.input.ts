import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A transfer to delete: staff, or the transfer's own territory." })
export class DeleteTransferInput {
  @Field(() => ID, { description: "Id of the transfer." })
  id!: string;
}
