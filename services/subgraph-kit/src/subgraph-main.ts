import { z } from "zod";
import type { DataSource } from "typeorm";
import type { GraphQLSchema } from "graphql";
import { authConfigFromEnv, authEnvShape, isProduction } from "./auth";
import { PUBLIC_MAX_AGE_SECONDS } from "./cache-control";
import { databaseUrlOn, ensureDatabase, openDataSource } from "./database";
import { shutdownGraceVar } from "./drain";
import { parseEnv, portVar, postgresUrlVar } from "./env";
import { ConfigError } from "./errors";
import { DEFAULT_OPERATION_LIMITS } from "./limits/operation-limits";
import { logLevelVar } from "./logger";
import { metricsPortVar } from "./metrics-endpoint";
import { parsePartnerKeys, parsePartnerWebhooks, type PartnerWebhook } from "./partners";
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
  createServer?(options: SubgraphProcessOptions): Promise<SubgraphServer>;
  /**
   * Whether partner routers may call it with keys of their own (`<NAME>_PARTNER_KEYS`), and, with
   * `webhooks`, be notified at addresses of theirs (`<NAME>_PARTNER_WEBHOOKS`, delivered by the subgraph).
   */
  partners?: { webhooks: boolean };
  /** Loads the sample data when the database holds none; returns whether it loaded anything. */
  loadSampleData(dataSource: DataSource): Promise<boolean>;
}

/** What a subgraph process gives its server: the kit's options, and the partners' webhooks if it has any. */
export type SubgraphProcessOptions = Omit<SubgraphServerOptions, "name" | "schema"> & {
  /** Where partners want events POSTed (`<NAME>_PARTNER_WEBHOOKS`). */
  partnerWebhooks?: PartnerWebhook[];
};

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
  const applied = await underStartUpLock(dataSource, definition.name, () =>
    dataSource.runMigrations({ transaction: "each" }),
  );
  if (applied.length > 0) logLine(definition.name, `applied ${applied.length} migration(s)`);
  return dataSource;
}

/** Loads the sample data into an empty database; whether it loaded anything. */
const loadSampleDataOnce = (definition: SubgraphDefinition, dataSource: DataSource) =>
  underStartUpLock(dataSource, definition.name, () => definition.loadSampleData(dataSource));

/**
 * Runs `work` holding the subgraph's PostgreSQL advisory lock: replicas starting together on a new
 * database migrate it and load its sample data one after the other (the second then finds nothing to do),
 * instead of both at once (a duplicate key or a half-applied migration).
 */
async function underStartUpLock<T>(dataSource: DataSource, name: string, work: () => Promise<T>): Promise<T> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  const lock = `pole-start-up:${name}`;
  try {
    await lockHolder.query("SELECT pg_advisory_lock(hashtext($1))", [lock]);
    return await work();
  } finally {
    await lockHolder.query("SELECT pg_advisory_unlock(hashtext($1))", [lock]).catch(() => undefined);
    await lockHolder.release();
  }
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

/** SAMPLE_DATA: `load-if-empty` loads the sample data into an empty database; `none` (or `off`) never. */
export const sampleDataVar = z.enum(["load-if-empty", "none", "off"]).default("none");

const positiveVar = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * Partner access of a subgraph from its environment (`<NAME>_PARTNER_KEYS`, `<NAME>_PARTNER_WEBHOOKS`,
 * PARTNER_RATE_LIMIT, PARTNER_RATE_LIMIT_WINDOW_SECONDS, REDIS_URL): every problem listed, no key quoted.
 */
export function partnerOptionsFromEnv(
  name: string,
  { webhooks }: { webhooks: boolean },
  env: NodeJS.ProcessEnv = process.env,
  production = isProduction(),
): Pick<SubgraphProcessOptions, "partners" | "partnerWebhooks"> {
  const keysVariable = `${name.toUpperCase()}_PARTNER_KEYS`;
  const webhooksVariable = `${name.toUpperCase()}_PARTNER_WEBHOOKS`;
  const problems: string[] = [];
  let parsed: { PARTNER_RATE_LIMIT: number; PARTNER_RATE_LIMIT_WINDOW_SECONDS: number; REDIS_URL?: string };
  try {
    parsed = parseEnv(
      z.object({
        PARTNER_RATE_LIMIT: positiveVar(600),
        PARTNER_RATE_LIMIT_WINDOW_SECONDS: positiveVar(60),
        REDIS_URL: z
          .string()
          .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
          .optional(),
      }),
      env,
    );
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
    parsed = { PARTNER_RATE_LIMIT: 600, PARTNER_RATE_LIMIT_WINDOW_SECONDS: 60 };
  }
  const keys = parsePartnerKeys(env[keysVariable]);
  problems.push(...keys.problems.map((problem) => `${keysVariable}: ${problem}`));
  const hooks = webhooks
    ? parsePartnerWebhooks(env[webhooksVariable], new Set(keys.keys.map((key) => key.name)), { production })
    : { webhooks: [], problems: [] };
  problems.push(...hooks.problems.map((problem) => `${webhooksVariable}: ${problem}`));
  if (problems.length > 0) throw new ConfigError(problems);
  if (keys.keys.length === 0) return {};
  return {
    partners: {
      keys: keys.keys,
      limits: { ...DEFAULT_OPERATION_LIMITS, blockSuggestions: production },
      requestsPerWindow: parsed.PARTNER_RATE_LIMIT,
      windowSeconds: parsed.PARTNER_RATE_LIMIT_WINDOW_SECONDS,
      redisUrl: parsed.REDIS_URL,
    },
    partnerWebhooks: hooks.webhooks,
  };
}

/** The start-up of a subgraph process: env, database, migrations, optional sample data, HTTP. */
export function runSubgraph(definition: SubgraphDefinition): void {
  runService(definition.name, async () => {
    const env = parseEnv(
      z.object({
        PORT: portVar(definition.defaultPort),
        HOST: z.string().min(1).default("127.0.0.1"),
        SAMPLE_DATA: sampleDataVar,
        SUBGRAPH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
        TRUSTED_PROXIES: trustedProxiesVar,
        CACHE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(PUBLIC_MAX_AGE_SECONDS),
        LOG_LEVEL: logLevelVar,
        METRICS_PORT: metricsPortVar,
        SHUTDOWN_GRACE_MS: shutdownGraceVar,
        ...authEnvShape,
      }),
    );
    if (env.METRICS_PORT !== undefined && env.METRICS_PORT === env.PORT)
      throw new ConfigError(["METRICS_PORT: must differ from PORT"]);
    const auth = authConfigFromEnv(env);
    const partnerOptions = definition.partners
      ? partnerOptionsFromEnv(definition.name, definition.partners)
      : {};
    if (!env.SUBGRAPH_SECRET) {
      if (isProduction())
        throw new ConfigError(["SUBGRAPH_SECRET: required in production (the gateway sends it)"]);
      logLine(definition.name, "SUBGRAPH_SECRET is unset: /graphql answers anyone (development only)");
    }
    const dataSource = await openMigratedDatabase(definition);
    if (env.SAMPLE_DATA === "load-if-empty" && (await loadSampleDataOnce(definition, dataSource))) {
      logLine(definition.name, "loaded the sample data");
    }
    if (partnerOptions.partners) {
      const names = [...new Set(partnerOptions.partners.keys.map((key) => key.name))];
      logLine(definition.name, `partner keys accepted for: ${names.join(", ")}`);
    }
    const serverOptions: SubgraphProcessOptions = {
      ...partnerOptions,
      dataSource,
      auth,
      secret: env.SUBGRAPH_SECRET,
      trustedProxies: env.TRUSTED_PROXIES,
      cacheMaxAgeSeconds: env.CACHE_MAX_AGE,
      metrics: { port: env.METRICS_PORT },
      shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    };
    const { partnerWebhooks: _webhooks, ...kitOptions } = serverOptions;
    const server = definition.createServer
      ? await definition.createServer(serverOptions)
      : await createSubgraphServer({
          name: definition.name,
          schema: await definition.buildSchema(),
          ...kitOptions,
        });
    const running = await server.listen(env.PORT, env.HOST);
    if (env.METRICS_PORT !== undefined)
      logLine(definition.name, `metrics at http://${env.HOST}:${env.METRICS_PORT}/metrics`);
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
    const loaded = await loadSampleDataOnce(definition, dataSource);
    logLine(
      definition.name,
      loaded ? "loaded the sample data" : "data already present: sample data not loaded",
    );
    await dataSource.destroy();
    process.exit(0);
  });
}
