// Jest global set-up: one PostgreSQL server for the whole run. The embedded cluster in a throwaway folder by
// default; the server of DATABASE_URL when it is set. Suites create databases of their own on it.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import {
  isProcessAlive,
  startEmbeddedCluster,
  stopLeftoverPostmaster,
  type EmbeddedCluster,
} from "../embedded-cluster";
import { freePort } from "./free-port";

export interface TestRunState {
  cluster?: EmbeddedCluster;
  dir?: string;
}

declare global {
  var __POLE_TEST_RUN__: TestRunState | undefined;
}

const TEST_CLUSTER_PREFIX = "pole-test-pg-";
const OWNER_FILE = "owner.pid";

/**
 * A test run killed before its teardown leaves its PostgreSQL running: stop those whose run is gone (by
 * the PID in their postmaster.pid) and remove their folders.
 */
async function stopClustersOfDeadRuns(): Promise<void> {
  for (const name of readdirSync(tmpdir()).filter((entry) => entry.startsWith(TEST_CLUSTER_PREFIX))) {
    const dir = join(tmpdir(), name);
    const ownerFile = join(dir, OWNER_FILE);
    if (!existsSync(ownerFile)) continue; // not ours to judge
    const owner = Number(readFileSync(ownerFile, "utf8").trim()) || 0;
    if (owner && isProcessAlive(owner)) continue;
    try {
      await stopLeftoverPostmaster(join(dir, "pgdata"), () => undefined);
    } catch {
      continue; // still running: leave its folder alone
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function globalSetup(): Promise<void> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const client = new Client({ connectionString: external, connectionTimeoutMillis: 5000 });
    await client.connect().catch((error: Error) => {
      throw new Error(`DATABASE_URL: cannot reach the PostgreSQL server for the tests (${error.message})`);
    });
    await client.end();
    process.env.POLE_TEST_SERVER_URL = external;
    globalThis.__POLE_TEST_RUN__ = {};
    return;
  }
  await stopClustersOfDeadRuns();
  const dir = mkdtempSync(join(tmpdir(), TEST_CLUSTER_PREFIX));
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
  const cluster = await startEmbeddedCluster({ dir, port: await freePort() });
  process.env.POLE_TEST_SERVER_URL = cluster.serverUrl;
  globalThis.__POLE_TEST_RUN__ = { cluster, dir };
}
