import type { DataSource } from "typeorm";
import { createSubgraphServer, type AuthConfig, type SubgraphServer } from "@pole/subgraph-kit";
import { buildKnowledgeSchema } from "./schema";

/** The knowledge subgraph's HTTP service on an open DataSource. No side effects until `listen`. */
export async function createServer(options: {
  dataSource: DataSource;
  auth: AuthConfig;
}): Promise<SubgraphServer> {
  return createSubgraphServer({ name: "knowledge", schema: await buildKnowledgeSchema(), ...options });
}
