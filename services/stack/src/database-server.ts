import { join } from "node:path";
import { Client } from "pg";
import { z } from "zod";
import { ConfigError, parseEnv, portVar, postgresUrlVar, redactUrl } from "@pole/subgraph-kit";
import { startEmbeddedCluster } from "./embedded-cluster";
import { REPO_ROOT } from "./services";

/** The PostgreSQL server the services use: the embedded default, or DATABASE_URL's. */
export interface DatabaseServer {
  serverUrl: string;
  embedded: boolean;
  /** Stops the embedded cluster; nothing for an external server. */
  stop(): Promise<void>;
}

const serverEnv = z.object({
  DATABASE_URL: postgresUrlVar.optional(),
  EMBEDDED_PG_PORT: portVar(54329),
  POLE_DATA_DIR: z.string().min(1).default(join(REPO_ROOT, ".data")),
});

/** Starts the embedded cluster unless DATABASE_URL names a server, which must then answer. */
export async function openDatabaseServer(log: (message: string) => void): Promise<DatabaseServer> {
  const env = parseEnv(serverEnv);
  if (env.DATABASE_URL) {
    await assertReachable(env.DATABASE_URL);
    return { serverUrl: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const cluster = await startEmbeddedCluster({
    dir: join(env.POLE_DATA_DIR, "postgres"),
    port: env.EMBEDDED_PG_PORT,
    portVariable: "EMBEDDED_PG_PORT",
    log,
  });
  return { serverUrl: cluster.serverUrl, embedded: true, stop: cluster.stop };
}

async function assertReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new ConfigError([
      `DATABASE_URL: cannot reach PostgreSQL at ${redactUrl(url)} (${error instanceof Error ? error.message : String(error)})`,
    ]);
  } finally {
    await client.end().catch(() => undefined);
  }
}
