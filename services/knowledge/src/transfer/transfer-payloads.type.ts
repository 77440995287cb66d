import { Field, ID, ObjectType } from "type-graphql";
import { Payload } from "../payload";
import { Transfer } from "./transfer.entity";

/** What `createTransfer` returns. */
export const CreateTransferPayload = Payload(
  Transfer,
  "CreateTransferPayload",
  "transfer",
  "Result of createTransfer: the new transfer.",
);
/** What `updateTransfer` returns. */
export const UpdateTransferPayload = Payload(
  Transfer,
  "UpdateTransferPayload",
  "transfer",
  "Result of updateTransfer: the transfer as changed.",
);
export type TransferPayload = { transfer: Transfer };

@ObjectType({ description: "Result of deleteTransfer." })
export class DeleteTransferPayload {
  @Field(() => ID, { description: "Id of the transfer deleted." })
  deletedTransferId!: string;
}
