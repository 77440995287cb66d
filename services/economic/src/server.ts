import type { DataSource } from "typeorm";
import { createSubgraphServer, type AuthConfig, type SubgraphServer } from "@pole/subgraph-kit";
import { buildEconomicSchema } from "./schema";

/** The economic subgraph's HTTP service on an open DataSource. No side effects until `listen`. */
export async function createServer(options: {
  dataSource: DataSource;
  auth: AuthConfig;
}): Promise<SubgraphServer> {
  return createSubgraphServer({ name: "economic", schema: await buildEconomicSchema(), ...options });
}
