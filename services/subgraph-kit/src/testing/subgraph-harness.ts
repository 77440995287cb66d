import type { DataSource, Logger } from "typeorm";
import type { AuthConfig } from "../auth";
import { StatementCounter } from "../database";
import { randomBytes } from "node:crypto";
import { SUBGRAPH_SECRET_HEADER, type SubgraphServer } from "../subgraph-server";
import { createTestDatabase, dropTestDatabase } from "./test-database";
import { testAuth } from "./tokens";

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** A subgraph started in this process on its own migrated database, reachable over real HTTP. */
export interface SubgraphUnderTest {
  url: string;
  /** The secret it shares with the gateway (empty without one); `request` sends it, as the gateway does. */
  secret: string;
  dataSource: DataSource;
  /** Counts every SQL statement the subgraph sends. */
  statements: StatementCounter;
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResult<T>>;
  stop(): Promise<void>;
}

export interface SubgraphFactories {
  label: string;
  createDataSource(url: string, logger?: Logger): DataSource;
  createServer(options: {
    dataSource: DataSource;
    auth: AuthConfig;
    secret?: string;
    trustedProxies?: string[];
  }): Promise<SubgraphServer>;
  loadSampleData?(dataSource: DataSource): Promise<boolean>;
}

/** POSTs a GraphQL operation and returns the HTTP status with the parsed body. */
export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<T>, "status">) };
}

export interface SubgraphUnderTestOptions {
  /** Load the sample data (default true). */
  sampleData?: boolean;
  /** The URL the subgraph connects with, from its database's URL (e.g. through a proxy a test can cut). */
  connectionUrl?: (databaseUrl: string) => string;
  /** Give the subgraph a gateway secret (default true); without one it runs as a standalone subgraph. */
  gatewaySecret?: boolean;
  /** TRUSTED_PROXIES of the subgraph. */
  trustedProxies?: string[];
  /** More options for the subgraph's `createServer` (partner keys, webhook timings…). */
  serverOptions?: Record<string, unknown>;
}

/** Creates a database, migrates it, loads the sample data (unless told not to) and starts the subgraph. */
export async function startSubgraphUnderTest(
  factories: SubgraphFactories,
  {
    sampleData = true,
    connectionUrl = (url: string) => url,
    gatewaySecret = true,
    trustedProxies,
    serverOptions,
  }: SubgraphUnderTestOptions = {},
): Promise<SubgraphUnderTest> {
  const databaseUrl = await createTestDatabase(factories.label);
  const statements = new StatementCounter();
  const dataSource = await factories.createDataSource(connectionUrl(databaseUrl), statements).initialize();
  await dataSource.runMigrations({ transaction: "each" });
  if (sampleData) await factories.loadSampleData?.(dataSource);
  const secret = gatewaySecret ? randomBytes(24).toString("base64url") : "";
  const server = await factories.createServer({
    ...serverOptions,
    dataSource,
    auth: testAuth,
    secret: secret || undefined,
    trustedProxies,
  });
  const running = await server.listen(0, "127.0.0.1");
  const url = `${running.origin}/graphql`;
  return {
    url,
    secret,
    dataSource,
    statements,
    request: (query, variables, token) =>
      postGraphQL(url, query, variables, token, secret ? { [SUBGRAPH_SECRET_HEADER]: secret } : {}),
    async stop() {
      await server.stop();
      await dataSource.destroy();
      await dropTestDatabase(databaseUrl);
    },
  };
}
