import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import {
  ConfigError,
  databaseUrlOn,
  defaultDatabaseName,
  ownDatabaseVariable,
  parseEnv,
  portVar,
  postgresUrlVar,
} from "@pole/subgraph-kit";
import { isProcessAlive } from "../embedded-cluster";
import { openDatabaseServer } from "../database-server";
import { REPO_ROOT, SUBGRAPHS } from "../services";

/** The databases a backup or restore works on, and how to let go of the server afterwards. */
export interface BackupTargets {
  /** Database URL of each selected subgraph. */
  urls: Record<string, string>;
  /** Where backups go by default: POLE_DATA_DIR/backups. */
  backupsDir: string;
  /** Stops the embedded PostgreSQL if this run started it. */
  release(): Promise<void>;
}

const targetsEnv = z.object({
  DATABASE_URL: postgresUrlVar.optional(),
  EMBEDDED_PG_PORT: portVar(54329),
  POLE_DATA_DIR: z.string().min(1).default(join(REPO_ROOT, ".data")),
  ...Object.fromEntries(SUBGRAPHS.map((s) => [ownDatabaseVariable(s.name), postgresUrlVar.optional()])),
});

/**
 * The embedded PostgreSQL that `npm start` left running in `dataDir`, if any: its URL from the cluster's
 * credentials and the port in postmaster.pid. Used as it is (starting another would stop it).
 */
function runningEmbeddedServer(dataDir: string): string | undefined {
  const pgdata = join(dataDir, "postgres", "pgdata");
  const pidFile = join(pgdata, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid) || !Number.isInteger(port)) return undefined;
  const { user, password } = JSON.parse(
    readFileSync(join(dataDir, "postgres", "credentials.json"), "utf8"),
  ) as {
    user: string;
    password: string;
  };
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/**
 * Resolves each subgraph's database as the services do: <NAME>_DATABASE_URL, else pole_<name> on
 * DATABASE_URL's server, else on the embedded PostgreSQL of POLE_DATA_DIR (used if running, else started
 * for the occasion like `npm start` does, and stopped by `release`). `requireExisting`: a backup of an
 * embedded cluster never initialised is an error, not a new empty cluster.
 */
export async function openBackupTargets(
  subgraphs: string[],
  log: (message: string) => void,
  requireExisting: boolean,
): Promise<BackupTargets> {
  const env = parseEnv(targetsEnv) as Record<string, string | undefined> & {
    EMBEDDED_PG_PORT: number;
    POLE_DATA_DIR: string;
  };
  const backupsDir = join(env.POLE_DATA_DIR, "backups");
  const urls: Record<string, string> = {};
  const onShared = subgraphs.filter((name) => {
    const own = env[ownDatabaseVariable(name)];
    if (own) urls[name] = own;
    return !own;
  });
  let release = async (): Promise<void> => undefined;
  if (onShared.length > 0) {
    let serverUrl = env.DATABASE_URL ?? runningEmbeddedServer(env.POLE_DATA_DIR);
    if (!serverUrl) {
      const pgVersion = join(env.POLE_DATA_DIR, "postgres", "pgdata", "PG_VERSION");
      if (requireExisting && !existsSync(pgVersion))
        throw new ConfigError([
          `POLE_DATA_DIR: no embedded PostgreSQL in ${env.POLE_DATA_DIR} (nothing to back up); set DATABASE_URL to back up a server`,
        ]);
      const server = await openDatabaseServer(log);
      serverUrl = server.serverUrl;
      release = server.stop;
    }
    for (const name of onShared) urls[name] = databaseUrlOn(serverUrl, defaultDatabaseName(name));
  }
  return { urls, backupsDir, release };
}
