import { createSubgraphServer, type SubgraphServer, type SubgraphServerOptions } from "@pole/subgraph-kit";
import { buildNeighbourhoodSchema } from "./schema";
import type { NeighbourhoodSettings } from "./settings";

/**
 * The neighbourhood subgraph's HTTP service on an open DataSource. No side effects until `listen`.
 * `settings` default to the environment's (NEIGHBOURHOOD_* variables).
 */
export async function createServer(
  options: Omit<SubgraphServerOptions, "name" | "schema"> & { settings?: NeighbourhoodSettings },
): Promise<SubgraphServer> {
  const { settings, ...serverOptions } = options;
  return createSubgraphServer({
    name: "neighbourhood",
    schema: await buildNeighbourhoodSchema(settings),
    ...serverOptions,
  });
}
