import type { DataSource } from "typeorm";
import { createSubgraphServer, type AuthConfig, type SubgraphServer } from "@pole/subgraph-kit";
import { buildNeighbourhoodSchema } from "./schema";

/** The neighbourhood subgraph's HTTP service on an open DataSource. No side effects until `listen`. */
export async function createServer(options: {
  dataSource: DataSource;
  auth: AuthConfig;
}): Promise<SubgraphServer> {
  return createSubgraphServer({
    name: "neighbourhood",
    schema: await buildNeighbourhoodSchema(),
    ...options,
  });
}
