import type { SubgraphDefinition } from "@pole/subgraph-kit";
import { createEconomicDataSource } from "./data-source";
import { loadSampleData } from "./sample-data/load-sample-data";
import { buildEconomicSchema } from "./schema";

/** How the process entries (main, seed) start this subgraph. */
export const economicSubgraph: SubgraphDefinition = {
  name: "economic",
  defaultPort: 4001,
  createDataSource: (url) => createEconomicDataSource(url),
  buildSchema: buildEconomicSchema,
  loadSampleData,
};
