import { createSubgraphServer, type SubgraphServer, type SubgraphServerOptions } from "@pole/subgraph-kit";
import { buildNeighbourhoodSchema } from "./schema";

/** The neighbourhood subgraph's HTTP service on an open DataSource. No side effects until `listen`. */
export async function createServer(
  options: Omit<SubgraphServerOptions, "name" | "schema">,
): Promise<SubgraphServer> {
  return createSubgraphServer({
    name: "neighbourhood",
    schema: await buildNeighbourhoodSchema(),
    ...options,
  });
}
