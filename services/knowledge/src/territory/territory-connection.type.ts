import { Connection } from "@pole/subgraph-kit";
import { Territory } from "./territory.entity";

/** A page of territories (Relay connection). */
export const TerritoryConnection = Connection(
  Territory,
  "Territory",
  "A page of territories (Relay connection).",
);
export type TerritoryConnection = InstanceType<typeof TerritoryConnection>;
