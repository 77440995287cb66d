// `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), the three subgraphs and the gateway, as one
// process tree. Prints the gateway URL once everything answers; Ctrl-C or SIGTERM stops it all. A service
// that exits on its own once up is restarted with back-off (supervisor.ts); one that keeps exiting, or
// that fails before it ever answered (a configuration error), stops everything.
// With the gateway comes the web site (web/): built once by Vite, served on WEB_PORT by this process, its
// origin added to the gateway's CORS_ORIGINS, its URL printed after the gateway's.
// `npm start -- knowledge` (any subgraph names): only those subgraphs and their database, no gateway; prints
// each one's URL. A territory hosting its own copy of the knowledge subgraph runs it this way: a
// SUBGRAPH_SECRET (or KNOWLEDGE_SUBGRAPH_SECRET) it sets is kept, and SAMPLE_DATA=none starts it empty.
import "./check-node";
import "reflect-metadata";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import {
  authConfigFromEnv,
  authEnvShape,
  ConfigError,
  isPortInUse,
  logLine,
  metricsPortVar,
  parseEnv,
  portVar,
  sampleDataVar,
  shutdownGraceVar,
} from "@pole/subgraph-kit";
import { buildSite, startSiteServer, type RunningSite, type SignIn } from "@pole/web/server";
import { openDatabaseServer, type DatabaseServer } from "./database-server";
import { spawnService, stopProcess, waitUntilAnswering } from "./service-process";
import { GATEWAY, SUBGRAPHS, subgraphUrlVariable, type ServiceDefinition } from "./services";
import { supervise, type Supervisor } from "./supervisor";

const log = (message: string) => logLine("start", message);

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !SUBGRAPHS.some((s) => s.name === name));
if (unknown.length > 0) {
  log(`unknown subgraph(s): ${unknown.join(", ")}; choose among ${SUBGRAPHS.map((s) => s.name).join(", ")}`);
  process.exit(2);
}
const selected = requested.length > 0 ? SUBGRAPHS.filter((s) => requested.includes(s.name)) : SUBGRAPHS;
const withGateway = selected.length === SUBGRAPHS.length;

/** A subgraph's own secret variable, e.g. KNOWLEDGE_SUBGRAPH_SECRET (as the gateway reads it). */
const secretVariable = (name: string) => `${name.toUpperCase()}_SUBGRAPH_SECRET`;
const secretVar = z.string().min(32, "must be at least 32 characters").optional();

const env = (() => {
  try {
    return parseEnv(
      z.object({
        HOST: z.string().min(1).default("127.0.0.1"),
        // The sample data on a first run unless told otherwise: `none` starts an empty library.
        SAMPLE_DATA: sampleDataVar.unwrap().default("load-if-empty"),
        SUBGRAPH_SECRET: secretVar,
        // Read by every service too (they inherit it): how long each may take to drain on SIGTERM.
        SHUTDOWN_GRACE_MS: shutdownGraceVar,
        // The first of four metrics ports: the gateway's, then one per subgraph (metricsPortOf).
        METRICS_PORT: metricsPortVar.refine(
          (port) => port === undefined || port + SUBGRAPHS.length <= 65535,
          {
            message: `must leave room for ${SUBGRAPHS.length} more ports after it`,
          },
        ),
        ...Object.fromEntries(SUBGRAPHS.map((s) => [secretVariable(s.name), secretVar])),
        // The web site: its port, and in production the OpenID Connect provider that signs people in.
        WEB_PORT: portVar(4080),
        NODE_ENV: z.string().optional(),
        OIDC_ISSUER: z.url().optional(),
        OIDC_CLIENT_ID: z.string().min(1).optional(),
        // The gateway's address as browsers reach it (behind a proxy); the site sends its requests there.
        PUBLIC_URL: z.url().optional(),
        CORS_ORIGINS: z.string().default(""),
        ...authEnvShape,
        ...Object.fromEntries([...SUBGRAPHS, GATEWAY].map((s) => [s.portVariable, portVar(s.defaultPort)])),
      }),
    ) as Record<string, string | number | undefined> & {
      HOST: string;
      SAMPLE_DATA: string;
      SHUTDOWN_GRACE_MS: number;
      METRICS_PORT?: number;
      WEB_PORT: number;
      NODE_ENV?: string;
      OIDC_ISSUER?: string;
      OIDC_CLIENT_ID?: string;
      PUBLIC_URL?: string;
      CORS_ORIGINS: string;
    };
  } catch (error) {
    log((error as Error).message);
    process.exit(1);
  }
})();

/**
 * With METRICS_PORT set, each service serves /metrics on a port of its own (they would all ask for the
 * same one otherwise): the gateway on METRICS_PORT, the subgraphs on the ports after it, in SUBGRAPHS order.
 */
function metricsPortOf(service: ServiceDefinition): number | undefined {
  if (env.METRICS_PORT === undefined) return undefined;
  return service === GATEWAY ? env.METRICS_PORT : env.METRICS_PORT + 1 + SUBGRAPHS.indexOf(service);
}

/** The METRICS_PORT a service is started with: its own, or none (then /metrics is on its main port). */
const metricsEnv = (service: ServiceDefinition): NodeJS.ProcessEnv => {
  const port = metricsPortOf(service);
  return port === undefined ? {} : { METRICS_PORT: String(port) };
};

/** A service process started, and its supervisor once it has answered. */
interface StartedService {
  name: string;
  child: ChildProcess;
  supervisor?: Supervisor;
}
const started: StartedService[] = [];
let database: DatabaseServer | undefined;
let site: RunningSite | undefined;
let siteDir: string | undefined;
let stopping = false;
// A service drains within SHUTDOWN_GRACE_MS and exits about a second later; SIGKILL only past that.
const killAfterMs = env.SHUTDOWN_GRACE_MS + 5_000;

const stopService = (service: StartedService) =>
  service.supervisor ? service.supervisor.stop(killAfterMs) : stopProcess(service.child, killAfterMs);

async function stopAll(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    // The gateway first (its requests in flight still reach the subgraphs), then the subgraphs, then
    // their database.
    await site?.close();
    await Promise.all(started.filter((s) => s.name === GATEWAY.name).map(stopService));
    await Promise.all(started.filter((s) => s.name !== GATEWAY.name).map(stopService));
    await database?.stop();
    if (siteDir) rmSync(siteDir, { recursive: true, force: true });
  }
  process.exit(exitCode);
}

/**
 * Starts a service, waits until `answersAt` answers 200, then supervises it: restarted with the same
 * environment (port, secrets) if it exits. Rejects if it exits before answering.
 */
async function startService(service: ServiceDefinition, serviceEnv: NodeJS.ProcessEnv, answersAt: string) {
  const entry: StartedService = { name: service.name, child: spawnService(service, serviceEnv) };
  started.push(entry);
  log(`${service.name} started (pid ${entry.child.pid})`);
  await waitUntilAnswering(answersAt, entry.child).catch((error: Error) => {
    throw new Error(`${service.name} ${error.message}`);
  });
  if (stopping) return;
  entry.supervisor = supervise(
    { name: service.name, respawn: () => spawnService(service, serviceEnv), answersAt },
    entry.child,
    {
      log,
      onGiveUp(message) {
        log(message);
        void stopAll(1);
      },
    },
  );
}

/**
 * How the site signs people in: OpenID Connect in production (OIDC_ISSUER and OIDC_CLIENT_ID, and the
 * services verify its tokens with JWT_JWKS_URL); otherwise dev tokens signed with the services' secret.
 */
function siteSignIn(): SignIn {
  const production = env.NODE_ENV === "production";
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID)
    return { kind: "oidc", issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID };
  if (production)
    throw new ConfigError([
      "OIDC_ISSUER and OIDC_CLIENT_ID: the web site signs people in through them in production",
    ]);
  const auth = authConfigFromEnv(env as never);
  if (!auth.secret)
    throw new ConfigError([
      "OIDC_ISSUER and OIDC_CLIENT_ID: JWT_JWKS_URL is set, so tokens come from the identity provider",
    ]);
  return { kind: "dev", secret: auth.secret, issuer: auth.issuer, audience: auth.audience };
}

async function main(): Promise<void> {
  const host = env.HOST;
  const taken: string[] = [];
  const signIn = withGateway ? siteSignIn() : undefined;
  if (withGateway && (await isPortInUse(env.WEB_PORT, host)))
    taken.push(`WEB_PORT: port ${env.WEB_PORT} on ${host} is already in use`);
  for (const service of withGateway ? [...selected, GATEWAY] : selected) {
    const port = env[service.portVariable] as number;
    if (await isPortInUse(port, host))
      taken.push(`${service.portVariable}: port ${port} on ${host} is already in use`);
    const metricsPort = metricsPortOf(service);
    if (metricsPort !== undefined && (await isPortInUse(metricsPort, host)))
      taken.push(
        `METRICS_PORT: port ${metricsPort} (${service.name}'s metrics) on ${host} is already in use`,
      );
  }
  if (taken.length > 0) throw new ConfigError(taken);

  // Vite builds the site while PostgreSQL and the subgraphs start, into a folder of this run (two runs of
  // npm start in one checkout must not rebuild each other's pages), removed when it stops.
  if (withGateway) siteDir = mkdtempSync(join(tmpdir(), "pole-web-"));
  const siteBuilt = siteDir ? buildSite(siteDir) : undefined;
  siteBuilt?.catch(() => undefined); // awaited below; a failure then stops start-up with Vite's output
  database = await openDatabaseServer(log);
  log(database.embedded ? "using the embedded PostgreSQL" : "using the PostgreSQL server of DATABASE_URL");

  // The secret set for a subgraph (<NAME>_SUBGRAPH_SECRET, else SUBGRAPH_SECRET); with the gateway, a
  // fresh one per subgraph and run otherwise: subgraphs then answer the gateway only.
  const chosen = (name: string) =>
    (env[secretVariable(name)] as string | undefined) ?? (env.SUBGRAPH_SECRET as string | undefined);
  const secrets = Object.fromEntries(
    selected.map((s) => [
      s.name,
      chosen(s.name) ?? (withGateway ? randomBytes(32).toString("base64url") : ""),
    ]),
  );
  const subgraphUrls: Record<string, string> = {};
  await Promise.all(
    selected.map(async (service) => {
      const port = env[service.portVariable] as number;
      const origin = `http://${host}:${port}`;
      await startService(
        service,
        {
          PORT: String(port),
          HOST: host,
          DATABASE_URL: database!.serverUrl,
          SAMPLE_DATA: env.SAMPLE_DATA,
          // Alone (no gateway), a subgraph answers anyone unless a secret was set for it (production needs
          // one); partner keys (<NAME>_PARTNER_KEYS) reach it with the rest of the environment.
          SUBGRAPH_SECRET: secrets[service.name],
          ...metricsEnv(service),
        },
        `${origin}/ready`,
      );
      subgraphUrls[subgraphUrlVariable(service.name)] = `${origin}/graphql`;
    }),
  );

  if (env.METRICS_PORT !== undefined) {
    const services = withGateway ? [GATEWAY, ...selected] : selected;
    log(`/metrics: ${services.map((s) => `${s.name} on port ${metricsPortOf(s)}`).join(", ")}`);
  }
  if (!withGateway) {
    log(
      `${selected.map((s) => s.name).join(", ")} up (no gateway: it needs every subgraph); Ctrl-C stops it all`,
    );
    process.stdout.write(`${Object.values(subgraphUrls).join("\n")}\n`);
    return;
  }
  const gatewayPort = env[GATEWAY.portVariable] as number;
  const siteOrigin = `http://${host}:${env.WEB_PORT}`;
  const corsOrigins = [
    ...new Set([
      ...env.CORS_ORIGINS.split(",")
        .map((o) => o.trim())
        .filter(Boolean),
      siteOrigin,
    ]),
  ];
  await startService(
    GATEWAY,
    {
      PORT: String(gatewayPort),
      HOST: host,
      ...subgraphUrls,
      ...Object.fromEntries(
        selected.map((s) => [`${s.name.toUpperCase()}_SUBGRAPH_SECRET`, secrets[s.name]]),
      ),
      CORS_ORIGINS: corsOrigins.join(","),
      ...metricsEnv(GATEWAY),
    },
    `http://${host}:${gatewayPort}/health`,
  );
  const gatewayUrl = `http://${host}:${gatewayPort}/graphql`;
  site = await startSiteServer(
    {
      distDir: await siteBuilt!,
      gatewayUrl: env.PUBLIC_URL ? new URL("/graphql", env.PUBLIC_URL).href : gatewayUrl,
      signIn: signIn!,
    },
    env.WEB_PORT,
    host,
  );
  log(
    `web site on ${site.origin} (${signIn!.kind === "dev" ? "dev sign-in" : `sign-in through ${env.OIDC_ISSUER}`})`,
  );
  log("everything is up; Ctrl-C stops it all");
  process.stdout.write(`${gatewayUrl}\n${site.origin}/\n`);
}

process.once("SIGINT", () => void stopAll(0));
process.once("SIGTERM", () => void stopAll(0));

main().catch(async (error: unknown) => {
  log(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
  await stopAll(1);
});
