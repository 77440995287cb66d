import { Connection } from "@pole/subgraph-kit";
import { NeighbourhoodAction } from "./neighbourhood-action.entity";

/** A page of neighbourhood actions (Relay connection). */
export const NeighbourhoodActionConnection = Connection(
  NeighbourhoodAction,
  "NeighbourhoodAction",
  "A page of neighbourhood actions (Relay connection).",
);
export type NeighbourhoodActionConnection = InstanceType<typeof NeighbourhoodActionConnection>;
