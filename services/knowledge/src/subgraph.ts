import type { SubgraphDefinition } from "@pole/subgraph-kit";
import { createKnowledgeDataSource } from "./data-source";
import { loadSampleData } from "./sample-data/load-sample-data";
import { buildKnowledgeSchema } from "./schema";

/** How the process entries (main, seed) start this subgraph. */
export const knowledgeSubgraph: SubgraphDefinition = {
  name: "knowledge",
  defaultPort: 4003,
  createDataSource: (url) => createKnowledgeDataSource(url),
  buildSchema: buildKnowledgeSchema,
  loadSampleData,
};
