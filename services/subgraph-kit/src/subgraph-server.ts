import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import proxyaddr from "proxy-addr";
import { createHash, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { createViewerResolver, type AuthConfig, type ViewerContext } from "./auth";
import { cacheControlPlugins } from "./cache-control";
import { maskInternalErrors } from "./format-error";
import { LoaderRegistry } from "./loaders";
import { requestLocale } from "./locale";
import { listen, type RunningHttpServer } from "./listen";
import { unsafeTextPlugin } from "./unsafe-text";

/** The context of every resolver of a subgraph. */
export interface SubgraphContext extends ViewerContext {
  /** This request's DataLoaders. */
  loaders: LoaderRegistry;
  /** The subgraph's database. */
  dataSource: DataSource;
  /**
   * The end client's address: as the gateway reports it (`x-pole-client-ip`) when the subgraph has a secret
   * (so the caller proved it is the gateway); otherwise the peer's address, or behind `trustedProxies` the
   * right-most X-Forwarded-For hop that is not one of them.
   */
  clientIp: string;
}

export interface SubgraphServerOptions {
  /** Subgraph name, for logs and health answers. */
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  auth: AuthConfig;
  /**
   * The secret the gateway sends in `x-pole-subgraph-secret`; when set, /graphql answers nobody else (401).
   * Required in production; optional in development so a subgraph can be tried alone.
   */
  secret?: string;
  /**
   * Proxies in front of a standalone subgraph (IPs or CIDR ranges, as TRUSTED_PROXIES lists them): their
   * X-Forwarded-For is believed. Without it the peer's address is the client's.
   */
  trustedProxies?: string[];
  /**
   * How long, in seconds, shared caches may keep a public answer (CACHE_MAX_AGE; PUBLIC_MAX_AGE_SECONDS by
   * default). Fields behind an access rule are never cached whatever it says.
   */
  cacheMaxAgeSeconds?: number;
}

export interface SubgraphServer {
  /** Starts listening; `port` 0 picks a free port (tests). */
  listen(port: number, host: string, portVariable?: string): Promise<RunningHttpServer>;
  /** Stops the HTTP server and Apollo (not the DataSource, which the caller owns). */
  stop(): Promise<void>;
}

/**
 * A subgraph's HTTP service: `POST /graphql`, `GET /health` (the process is alive) and `GET /ready`
 * (its database answers). Nothing happens until `listen` is called.
 */
export async function createSubgraphServer(options: SubgraphServerOptions): Promise<SubgraphServer> {
  const app = express();
  // req.ip: the peer's address, or behind trusted proxies the right-most X-Forwarded-For hop not trusted.
  app.set("trust proxy", options.trustedProxies?.length ? proxyaddr.compile(options.trustedProxies) : false);
  const httpServer = createServer(app);
  const apollo = new ApolloServer<SubgraphContext>({
    schema: options.schema,
    // No Apollo Studio here: inline traces would only add work to every subgraph response.
    // Text PostgreSQL cannot store (NUL, unpaired surrogates) is refused before any resolver runs.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      unsafeTextPlugin<SubgraphContext>(),
      // Cache-Control from the fields' hints: the gateway restricts its own answer's policy with it.
      ...cacheControlPlugins<SubgraphContext>(options.cacheMaxAgeSeconds),
    ],
    // Clients never see stack traces (DESIGN §6), in development either, nor internal error messages.
    includeStacktraceInErrorResponses: false,
    formatError: maskInternalErrors(options.name),
  });
  await apollo.start();
  const viewerOf = createViewerResolver(options.auth);

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: options.name });
  });
  app.get("/ready", async (_req, res) => {
    try {
      await options.dataSource.query("SELECT 1");
      res.json({ status: "ready", service: options.name });
    } catch {
      res.status(503).json({ status: "database unavailable", service: options.name });
    }
  });
  app.use(
    "/graphql",
    requireSecret(options.secret),
    express.json({ limit: "1mb" }),
    // Messages in the language of the client's Accept-Language (the gateway forwards it).
    requestLocale(),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        viewer: await viewerOf(req.headers.authorization),
        loaders: new LoaderRegistry(),
        dataSource: options.dataSource,
        clientIp: clientIpOf(req, Boolean(options.secret)),
      }),
    }),
  );

  let running: RunningHttpServer | undefined;
  return {
    async listen(port, host, portVariable = "PORT") {
      running = await listen(httpServer, port, host, portVariable);
      return running;
    },
    async stop() {
      await apollo.stop();
      if (running && running.server.listening) await running.close();
    },
  };
}

/** Header carrying the secret a subgraph shares with the gateway. */
export const SUBGRAPH_SECRET_HEADER = "x-pole-subgraph-secret";

/** Refuses every request without the subgraph's secret, before its body is even read. */
function requireSecret(secret: string | undefined): express.RequestHandler {
  const expected = secret ? createHash("sha256").update(secret).digest() : undefined;
  return (req, res, next) => {
    if (!expected) return next();
    const given = req.headers[SUBGRAPH_SECRET_HEADER];
    const digest = createHash("sha256")
      .update(typeof given === "string" ? given : "")
      .digest();
    if (timingSafeEqual(digest, expected)) return next();
    res.status(401).json({
      errors: [
        { message: "This service answers the gateway only.", extensions: { code: "UNAUTHENTICATED" } },
      ],
    });
  };
}

/** Header in which the gateway passes on the end client's address. */
export const CLIENT_IP_HEADER = "x-pole-client-ip";

function clientIpOf(req: express.Request, fromGateway: boolean): string {
  // Only a caller that sent the subgraph's secret (the gateway) may say who the end client is; anyone else
  // could draw a new address for every vote.
  const forwarded = fromGateway ? req.headers[CLIENT_IP_HEADER] : undefined;
  return (typeof forwarded === "string" && forwarded) || req.ip || req.socket.remoteAddress || "unknown";
}

/**
 * Splits TRUSTED_PROXIES (comma-separated IPs or CIDR ranges, or proxy-addr's names loopback, linklocal,
 * uniquelocal) into its entries, and those proxy-addr cannot read.
 */
export function parseTrustedProxies(value: string | undefined): { proxies: string[]; invalid: string[] } {
  const proxies = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const invalid = proxies.filter((entry) => {
    try {
      proxyaddr.compile(entry);
      return false;
    } catch {
      return true;
    }
  });
  return { proxies, invalid };
}
