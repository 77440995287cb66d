import type { SubgraphDefinition } from "@pole/subgraph-kit";
import { createNeighbourhoodDataSource } from "./data-source";
import { loadSampleData } from "./sample-data/load-sample-data";
import { buildNeighbourhoodSchema } from "./schema";
import { createServer } from "./server";

/** How the process entries (main, seed) start this subgraph. */
export const neighbourhoodSubgraph: SubgraphDefinition = {
  name: "neighbourhood",
  defaultPort: 4002,
  createDataSource: (url) => createNeighbourhoodDataSource(url),
  buildSchema: () => buildNeighbourhoodSchema(),
  // Its own server: the contribution counters may hold a Redis connection (REDIS_URL), closed on stop.
  createServer,
  loadSampleData,
};
