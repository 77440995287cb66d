// Jest global set-up: one PostgreSQL server for the whole run. The embedded cluster in a throwaway folder by
// default; the server of DATABASE_URL when it is set. Suites create databases of their own on it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { startEmbeddedCluster, type EmbeddedCluster } from "../embedded-cluster";
import { freePort } from "./free-port";

export interface TestRunState {
  cluster?: EmbeddedCluster;
  dir?: string;
}

declare global {
  var __POLE_TEST_RUN__: TestRunState | undefined;
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
  const dir = mkdtempSync(join(tmpdir(), "pole-test-pg-"));
  const cluster = await startEmbeddedCluster({ dir, port: await freePort() });
  process.env.POLE_TEST_SERVER_URL = cluster.serverUrl;
  globalThis.__POLE_TEST_RUN__ = { cluster, dir };
}
