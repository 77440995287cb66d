import { createSubgraphServer, type SubgraphServer, type SubgraphServerOptions } from "@pole/subgraph-kit";
import { ContributionGuard } from "./contribution/contribution-guard";
import { buildNeighbourhoodSchema } from "./schema";
import { neighbourhoodSettingsFromEnv, type NeighbourhoodSettings } from "./settings";

/**
 * The neighbourhood subgraph's HTTP service on an open DataSource. No side effects until `listen`, but for
 * the Redis connection of the contribution counters when `settings.redisUrl` is set (closed by `stop`).
 * `settings` default to the environment's (NEIGHBOURHOOD_* variables, REDIS_URL).
 */
export async function createServer(
  options: Omit<SubgraphServerOptions, "name" | "schema"> & { settings?: NeighbourhoodSettings },
): Promise<SubgraphServer> {
  const { settings = neighbourhoodSettingsFromEnv(), ...serverOptions } = options;
  const guard = await ContributionGuard.create(settings);
  try {
    const server = await createSubgraphServer({
      name: "neighbourhood",
      schema: await buildNeighbourhoodSchema(settings, guard),
      ...serverOptions,
    });
    return {
      listen: (...args) => server.listen(...args),
      async stop() {
        try {
          await server.stop();
        } finally {
          await guard.close();
        }
      },
    };
  } catch (error) {
    await guard.close();
    throw error;
  }
}
