// Prints this subgraph's SDL for `npm run schema` (run in a process of its own).
import "reflect-metadata";
import { printSubgraphSdl } from "@pole/subgraph-kit";
import { buildNeighbourhoodSchema } from "./schema";

void printSubgraphSdl(buildNeighbourhoodSchema);
