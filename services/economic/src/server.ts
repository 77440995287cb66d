import { createSubgraphServer, type SubgraphServer, type SubgraphServerOptions } from "@pole/subgraph-kit";
import { buildEconomicSchema } from "./schema";

/** The economic subgraph's HTTP service on an open DataSource. No side effects until `listen`. */
export async function createServer(
  options: Omit<SubgraphServerOptions, "name" | "schema">,
): Promise<SubgraphServer> {
  return createSubgraphServer({ name: "economic", schema: await buildEconomicSchema(), ...options });
}
