import { createSubgraphServer, type SubgraphServer, type SubgraphServerOptions } from "@pole/subgraph-kit";
import { buildKnowledgeSchema } from "./schema";

/** The knowledge subgraph's HTTP service on an open DataSource. No side effects until `listen`. */
export async function createServer(
  options: Omit<SubgraphServerOptions, "name" | "schema">,
): Promise<SubgraphServer> {
  return createSubgraphServer({ name: "knowledge", schema: await buildKnowledgeSchema(), ...options });
}
