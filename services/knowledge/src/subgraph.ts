import type { SubgraphDefinition } from "@pole/subgraph-kit";
import { createKnowledgeDataSource } from "./data-source";
import { loadSampleData } from "./sample-data/load-sample-data";
import { buildKnowledgeSchema } from "./schema";
import { createServer } from "./server";

/** How the process entries (main, seed) start this subgraph. */
export const knowledgeSubgraph: SubgraphDefinition = {
  name: "knowledge",
  defaultPort: 4003,
  createDataSource: (url) => createKnowledgeDataSource(url),
  buildSchema: buildKnowledgeSchema,
  // Partner routers call the hosted library directly (KNOWLEDGE_PARTNER_KEYS) and hear of publications.
  partners: { webhooks: true },
  createServer,
  loadSampleData,
};
