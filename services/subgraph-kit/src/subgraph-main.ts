import { z } from "zod";
import type { DataSource } from "typeorm";
import type { GraphQLSchema } from "graphql";
import { authConfigFromEnv, authEnvShape, isProduction } from "./auth";
import { PUBLIC_MAX_AGE_SECONDS } from "./cache-control";
import { databaseUrlOn, ensureDatabase, openDataSource } from "./database";
import { parseEnv, portVar, postgresUrlVar } from "./env";
import { ConfigError } from "./errors";
import { logLine, runService } from "./run-service";
import {
  createSubgraphServer,
  parseTrustedProxies,
  type SubgraphServer,
  type SubgraphServerOptions,
} from "./subgraph-server";

export interface SubgraphDefinition {
  /** Short name: economic, neighbourhood, knowledge. */
  name: string;
  defaultPort: number;
  createDataSource(url: string): DataSource;
  buildSchema(): Promise<GraphQLSchema>;
  /**
   * Builds the subgraph's HTTP service when it holds resources of its own (a Redis connection) that its
   * `stop` must release; by default `createSubgraphServer` on `buildSchema()`.
   */
  createServer?(options: Omit<SubgraphServerOptions, "name" | "schema">): Promise<SubgraphServer>;
  /** Loads the sample data when the database holds none; returns whether it loaded anything. */
  loadSampleData(dataSource: DataSource): Promise<boolean>;
}

/** The variable holding a subgraph's own database URL, e.g. ECONOMIC_DATABASE_URL. */
export const ownDatabaseVariable = (name: string) => `${name.toUpperCase()}_DATABASE_URL`;
/** The database a subgraph uses on a shared server, e.g. pole_economic. */
export const defaultDatabaseName = (name: string) => `pole_${name}`;

/** Resolves the database URL of a subgraph from its own variable or the shared server's URL. */
export function subgraphDatabaseUrl(name: string, env: NodeJS.ProcessEnv): { url: string; variable: string } {
  const ownVariable = ownDatabaseVariable(name);
  const schema = z.object({
    [ownVariable]: postgresUrlVar.optional(),
    DATABASE_URL: postgresUrlVar.optional(),
  });
  const parsed = parseEnv(schema, env) as Record<string, string | undefined>;
  if (parsed[ownVariable]) return { url: parsed[ownVariable]!, variable: ownVariable };
  if (parsed.DATABASE_URL) {
    return { url: databaseUrlOn(parsed.DATABASE_URL, defaultDatabaseName(name)), variable: "DATABASE_URL" };
  }
  throw new ConfigError([
    `DATABASE_URL or ${ownVariable}: one must be set (or start everything with \`npm start\`, which runs an embedded PostgreSQL)`,
  ]);
}

/** Creates the database if needed, opens it and applies pending migrations. */
async function openMigratedDatabase(definition: SubgraphDefinition): Promise<DataSource> {
  const database = subgraphDatabaseUrl(definition.name, process.env);
  await ensureDatabase(database.url, database.variable);
  const dataSource = await openDataSource(definition.createDataSource(database.url), database.variable);
  const applied = await dataSource.runMigrations({ transaction: "each" });
  if (applied.length > 0) logLine(definition.name, `applied ${applied.length} migration(s)`);
  return dataSource;
}

/** TRUSTED_PROXIES: comma-separated IPs or CIDR ranges, each bad entry named; parsed to a list. */
export const trustedProxiesVar = z
  .string()
  .optional()
  .superRefine((value, context) => {
    for (const entry of parseTrustedProxies(value).invalid) {
      context.addIssue({
        code: "custom",
        message: `"${entry}" is not an IP address or a CIDR range such as 10.0.0.0/8`,
      });
    }
  })
  .transform((value) => parseTrustedProxies(value).proxies);

/** The start-up of a subgraph process: env, database, migrations, optional sample data, HTTP. */
export function runSubgraph(definition: SubgraphDefinition): void {
  runService(definition.name, async () => {
    const env = parseEnv(
      z.object({
        PORT: portVar(definition.defaultPort),
        HOST: z.string().min(1).default("127.0.0.1"),
        SAMPLE_DATA: z.enum(["load-if-empty", "off"]).default("off"),
        SUBGRAPH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
        TRUSTED_PROXIES: trustedProxiesVar,
        CACHE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(PUBLIC_MAX_AGE_SECONDS),
        ...authEnvShape,
      }),
    );
    const auth = authConfigFromEnv(env);
    if (!env.SUBGRAPH_SECRET) {
      if (isProduction())
        throw new ConfigError(["SUBGRAPH_SECRET: required in production (the gateway sends it)"]);
      logLine(definition.name, "SUBGRAPH_SECRET is unset: /graphql answers anyone (development only)");
    }
    const dataSource = await openMigratedDatabase(definition);
    if (env.SAMPLE_DATA === "load-if-empty" && (await definition.loadSampleData(dataSource))) {
      logLine(definition.name, "loaded the sample data");
    }
    const serverOptions = {
      dataSource,
      auth,
      secret: env.SUBGRAPH_SECRET,
      trustedProxies: env.TRUSTED_PROXIES,
      cacheMaxAgeSeconds: env.CACHE_MAX_AGE,
    };
    const server = definition.createServer
      ? await definition.createServer(serverOptions)
      : await createSubgraphServer({
          name: definition.name,
          schema: await definition.buildSchema(),
          ...serverOptions,
        });
    const running = await server.listen(env.PORT, env.HOST);
    logLine(definition.name, `ready at ${running.origin}/graphql`);
    return async () => {
      await server.stop();
      await dataSource.destroy();
    };
  });
}

/** `npm run seed` for one subgraph: migrate, then load the sample data unless some data is there. */
export function seedSubgraph(definition: SubgraphDefinition): void {
  runService(definition.name, async () => {
    const dataSource = await openMigratedDatabase(definition);
    const loaded = await definition.loadSampleData(dataSource);
    logLine(
      definition.name,
      loaded ? "loaded the sample data" : "data already present: sample data not loaded",
    );
    await dataSource.destroy();
    process.exit(0);
  });
}
