// Where operations go: stacks of our own (PostgreSQL, the three subgraph processes on databases of their
// own with the sample data, the real gateway), one for reads and another for mutations, so the answers of
// read runs stay comparable; or a running gateway (`--url`), read-only unless `--mutation-url` is given.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { z } from "zod";
import { createGatewayServer, readSupergraph } from "@pole/gateway";
import { authConfigFromEnv, authEnvShape, parseEnv, quoteIdentifier, setLogLevel } from "@pole/subgraph-kit";
import { startEmbeddedCluster, type EmbeddedCluster } from "../embedded-cluster";
import { freePort } from "../testing/free-port";
import { startSubgraphProcesses, type RunningSubgraphs } from "../testing/subgraph-processes";
import { limitsFromEnv } from "./api-schema";
import type { RowCounts } from "./properties";

export interface Target {
  url: string;
  /** Database URLs by subgraph, when the fuzzer owns them (row counts around mutations). */
  databases?: Record<string, string>;
  /** The subgraphs' own URLs, which must never come out. */
  subgraphUrls: string[];
}

export interface Stacks {
  read: Target;
  write?: Target;
  stop(): Promise<void>;
}

/** A gateway in this process, as gateway-harness.ts starts it, with rate limits no fuzz run reaches. */
async function gatewayFor(subgraphs: RunningSubgraphs) {
  const server = await createGatewayServer({
    supergraphSdl: readSupergraph(),
    subgraphs: subgraphs.routes,
    auth: authConfigFromEnv(parseEnv(z.object(authEnvShape))),
    limits: limitsFromEnv(),
    rateLimit: { perIp: 10_000_000, perToken: 10_000_000, windowSeconds: 60 },
  });
  const running = await server.listen(0, "127.0.0.1");
  return { url: `${running.origin}/graphql`, stop: () => server.stop() };
}

/** Starts PostgreSQL (embedded unless DATABASE_URL or POLE_TEST_SERVER_URL names a server) and both stacks. */
export async function startStacks(options: {
  mutations: boolean;
  log: (line: string) => void;
}): Promise<Stacks> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
  };
  try {
    if (!process.env.POLE_TEST_SERVER_URL) {
      if (process.env.DATABASE_URL) {
        process.env.POLE_TEST_SERVER_URL = process.env.DATABASE_URL;
      } else {
        const dir = mkdtempSync(join(tmpdir(), "pole-fuzz-pg-"));
        const cluster: EmbeddedCluster = await startEmbeddedCluster({ dir, port: await freePort() });
        stops.push(async () => {
          await cluster.stop();
          rmSync(dir, { recursive: true, force: true });
        });
        process.env.POLE_TEST_SERVER_URL = cluster.serverUrl;
        options.log(`embedded PostgreSQL (pid ${cluster.pid}) in ${dir}`);
      }
    }
    // Thousands of requests: the request line of each from the gateway running in this process would bury
    // the fuzzer's own report (the subgraphs' lines go to their pipes). LOG_LEVEL set by the caller wins.
    if (!process.env.LOG_LEVEL) setLogLevel("warn");
    // Mutations submit contributions from 127.0.0.1 all run long: lift the per-client limit (5 an hour).
    process.env.NEIGHBOURHOOD_CONTRIBUTION_LIMIT ??= "10000"; // its maximum
    const start = async (label: string): Promise<Target> => {
      const subgraphs = await startSubgraphProcesses();
      stops.push(() => subgraphs.stop());
      const gateway = await gatewayFor(subgraphs);
      stops.push(() => gateway.stop());
      options.log(
        `${label} stack: gateway ${gateway.url}, subgraph pids ${Object.values(subgraphs.pids).join(", ")}`,
      );
      return {
        url: gateway.url,
        databases: subgraphs.databases,
        subgraphUrls: Object.values(subgraphs.urls),
      };
    };
    const [read, write] = await Promise.all([
      start("read"),
      options.mutations ? start("mutation") : undefined,
    ]);
    return { read, write, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface RowCounter {
  /** Exact row counts of every table of every database of the target (one statement per database). */
  count(): Promise<RowCounts>;
  close(): Promise<void>;
}

export async function openRowCounter(target: Target): Promise<RowCounter> {
  const databases: { name: string; client: Client; sql?: string }[] = [];
  for (const [name, url] of Object.entries(target.databases ?? {})) {
    const client = new Client({ connectionString: url });
    client.on("error", () => undefined); // the database dropped at the end of the run
    await client.connect();
    const tables = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations' ORDER BY 1",
    );
    const sql = tables.rows
      .map(
        ({ tablename }) =>
          `SELECT '${tablename}' AS t, count(*)::int AS n FROM ${quoteIdentifier(tablename)}`,
      )
      .join(" UNION ALL ");
    databases.push({ name, client, sql: sql || undefined });
  }
  return {
    async count() {
      const counts: RowCounts = {};
      for (const { name, client, sql } of databases) {
        if (!sql) continue;
        for (const row of (await client.query<{ t: string; n: number }>(sql)).rows)
          counts[`${name}.${row.t}`] = row.n;
      }
      return counts;
    },
    async close() {
      await Promise.all(databases.map(({ client }) => client.end().catch(() => undefined)));
    },
  };
}
