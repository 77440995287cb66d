import { Connection } from "@pole/subgraph-kit";
import { Transfer } from "./transfer.entity";

/** A page of transfers (Relay connection). */
export const TransferConnection = Connection(Transfer, "Transfer", "A page of transfers (Relay connection).");
export type TransferConnection = InstanceType<typeof TransferConnection>;
