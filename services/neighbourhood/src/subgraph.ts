import type { SubgraphDefinition } from "@pole/subgraph-kit";
import { createNeighbourhoodDataSource } from "./data-source";
import { loadSampleData } from "./sample-data/load-sample-data";
import { buildNeighbourhoodSchema } from "./schema";

/** How the process entries (main, seed) start this subgraph. */
export const neighbourhoodSubgraph: SubgraphDefinition = {
  name: "neighbourhood",
  defaultPort: 4002,
  createDataSource: (url) => createNeighbourhoodDataSource(url),
  buildSchema: buildNeighbourhoodSchema,
  loadSampleData,
};
