import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express, { type ErrorRequestHandler } from "express";
import proxyaddr from "proxy-addr";
import { createServer } from "node:http";
import {
  createViewerResolver,
  DEFAULT_SHUTDOWN_GRACE_MS,
  listen,
  listenForMetrics,
  mainPortMetricsHandlers,
  messageIn,
  negotiateLocale,
  notWhileDraining,
  observeRequests,
  REQUEST_ID_HEADER,
  requestLocale,
  requestObservationPlugin,
  requestRecordOf,
  unsafeTextPlugin,
  type RunningHttpServer,
} from "@pole/subgraph-kit";
import { cacheAndCompression, cachePolicyPlugins } from "./cache-policy";
import { formatGatewayError } from "./format-gateway-error";
import { idempotencyOf, idempotencyPlugin } from "./idempotency";
import type { GatewayConfig } from "./gateway-config";
import type { GatewayContext } from "./gateway-context";
import { gatewayMetricsSettings, type GatewayMetricsOptions } from "./gateway-metrics";
import { DEFAULT_OPEN_DATA, openDataRouter } from "./open-data";
import { openDataPurgePlugin } from "./open-data-purge";
import { DEFAULT_OPERATION_LIMITS, operationLimits } from "./operation-limits";
import { createRateLimit } from "./rate-limit";
import { readinessProbe, readyHandler } from "./readiness";
import { createResponseCache, DEFAULT_RESPONSE_CACHE } from "./response-cache";
import { newResponseBudget, responseSizeLimit } from "./response-size";
import {
  DEFAULT_LINK_LIMITS,
  SubgraphDataSource,
  type SubgraphFetcher,
  type SubgraphLinkLimits,
} from "./subgraph-data-source";
import { undiciTransport } from "./subgraph-transport";

/**
 * Approximate MiB (JSON bytes, as Apollo counts them) of parsed documents and of query plans kept, each
 * (Apollo's default is 30). Their heap is about ten times that: 178 distinct texts of the worst accepted
 * operation took 350 MB of RSS with the defaults. The web client's 45 operations fit many times over.
 */
const DOCUMENT_STORE_MIB = 4;
const QUERY_PLAN_STORE_MIB = 4;

/** Longest time a client may take to send one request, headers and body (Node's default is 300 s). */
const HTTP_REQUEST_TIMEOUT_MS = 70_000; // not below the kit's headersTimeout (66 s), which Node requires

export interface GatewayOptions
  extends
    Pick<GatewayConfig, "subgraphs" | "auth">,
    Partial<
      Pick<
        GatewayConfig,
        | "limits"
        | "rateLimit"
        | "corsOrigins"
        | "introspection"
        | "bodyLimit"
        | "trustedProxies"
        | "openData"
        | "shutdownGraceMs"
      >
    > {
  /** The composed supergraph SDL (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** What calls subgraphs (tests count calls through it); undiciTransport's keep-alive pool by default. */
  fetcher?: SubgraphFetcher;
  /** Deadlines and size limits of subgraph fetches and answers (DEFAULT_LINK_LIMITS). */
  link?: SubgraphLinkLimits;
  /** Where /metrics is served and to whom (gateway-metrics.ts); open on the main port by default. */
  metrics?: GatewayMetricsOptions;
  /** The response cache (response-cache.ts): off unless given; the environment turns it on by default. */
  responseCache?: GatewayConfig["responseCache"];
}

export interface GatewayServer {
  listen(port: number, host: string, portVariable?: string): Promise<RunningHttpServer>;
  /** Drops the open-data copy: the next request rebuilds it from the graph. */
  purgeOpenData(): void;
  stop(): Promise<void>;
}

/**
 * The gateway: a static supergraph (never introspects subgraphs at run time), one query plan per
 * operation. In front of Apollo: CORS allow-list, per-address and per-token rate limits, a body size limit;
 * in Apollo: CSRF prevention, operation limits (tokens, shape, cost with the variables) before any fetch,
 * the caller's token verified here and forwarded. Subgraph fetches have deadlines and a byte budget.
 * Answers carry a Cache-Control computed from the subgraphs' (public only for anonymous queries without
 * errors) and are compressed when the client accepts it; anonymous public answers are served from the
 * response cache (response-cache.ts), identical misses in flight coalesced into one subgraph round.
 * `GET /health` says the process is alive, `GET /ready` that every subgraph is ready, `GET /metrics` gives
 * Prometheus its series (gateway-metrics.ts says where and to whom); every request has one log line. `/open-data/…` serves
 * the published library as files (open-data.ts).
 */
export async function createGatewayServer(options: GatewayOptions): Promise<GatewayServer> {
  const link = options.link ?? DEFAULT_LINK_LIMITS;
  // @apollo/gateway otherwise sends usage telemetry to Apollo and probes cloud metadata addresses: a
  // public body's gateway calls no third party.
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  const subgraphUrls = new Map<string, string>();
  const transport = options.fetcher ? undefined : undiciTransport();
  const fetcher = options.fetcher ?? transport!.fetcher;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    experimental_approximateQueryPlanStoreMiB: QUERY_PLAN_STORE_MIB,
    buildService: ({ name, url }) => {
      subgraphUrls.set(name, options.subgraphs[name]?.url ?? url ?? "");
      return new SubgraphDataSource({
        name,
        url: subgraphUrls.get(name)!,
        secret: options.subgraphs[name]?.secret,
        fetcher,
        subgraphTimeoutMs: link.subgraphTimeoutMs,
      });
    },
  });
  const app = express();
  app.disable("x-powered-by");
  // req.ip: the peer's address, or behind TRUSTED_PROXIES the right-most X-Forwarded-For hop not trusted.
  app.set("trust proxy", options.trustedProxies?.length ? proxyaddr.compile(options.trustedProxies) : false);
  const httpServer = createServer({ requestTimeout: HTTP_REQUEST_TIMEOUT_MS }, app);
  const responseSize = responseSizeLimit(link.maxResponseBytes);
  const limitSettings = options.limits ?? DEFAULT_OPERATION_LIMITS;
  const limits = operationLimits(limitSettings, options.supergraphSdl);
  const responseCache = await createResponseCache({
    settings: options.responseCache ?? { ...DEFAULT_RESPONSE_CACHE, enabled: false },
    stringifyResult: responseSize.stringifyResult,
    maxTokens: limitSettings.maxTokens,
    // An answer stored under another schema or other limits (a replica of another version or configured
    // otherwise, sharing the Redis) is another entry: a hit's document passed this schema and these limits.
    scope: JSON.stringify([options.supergraphSdl, limitSettings, link.maxResponseBytes]),
  });
  const apollo = new ApolloServer<GatewayContext>({
    // Outside NODE_ENV=test, Apollo stops itself on SIGTERM and then sends the signal again, which kills
    // the process before the drain is over (connection resets): runService decides how the process stops.
    stopOnTerminationSignals: false,
    gateway,
    documentStore: new InMemoryLRUCache({ maxSize: 2 ** 20 * DOCUMENT_STORE_MIB }),
    allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
    plugins: [
      ...limits.plugins,
      // A NUL or an unpaired surrogate in any string is bad input here, before any fetch (PostgreSQL refuses it).
      unsafeTextPlugin<GatewayContext>(),
      // A bad Idempotency-Key on a mutation is refused before any fetch.
      idempotencyPlugin(),
      responseSize.plugin,
      // A write to the library through this gateway shows in its next open-data answer.
      openDataPurgePlugin<GatewayContext>(() => openData.purge()),
      // Last: the Cache-Control of the answer as it will be sent.
      ...cachePolicyPlugins(),
      // After the Cache-Control: stores the public answers, purges what a mutation wrote.
      responseCache.plugin,
      // The operation's name and the answer's error codes, for its log line and metrics.
      requestObservationPlugin<GatewayContext>(),
    ],
    stringifyResult: responseSize.stringifyResult,
    csrfPrevention: true,
    introspection: options.introspection ?? true,
    // Clients never see stack traces or internal addresses (DESIGN §6).
    includeStacktraceInErrorResponses: false,
    formatError: formatGatewayError,
  });
  await apollo.start();
  const viewerOf = createViewerResolver(options.auth);
  const rateLimit = await createRateLimit(
    options.rateLimit ?? { perIp: 600, perToken: 1200, windowSeconds: 60 },
  );

  // First: every request gets its id (passed to the subgraphs) and its log line, refusals included.
  app.use(observeRequests({ service: "gateway", withFetches: true }));
  const metricsSettings = gatewayMetricsSettings(options.metrics);
  const metricsHandlers = mainPortMetricsHandlers(metricsSettings);
  if (metricsHandlers) app.get("/metrics", ...metricsHandlers);
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: "gateway" });
  });
  let running: RunningHttpServer | undefined;
  app.get(
    "/ready",
    notWhileDraining("gateway", () => running?.isDraining() ?? false),
    readyHandler(readinessProbe(() => subgraphUrls)),
  );
  app.use(
    "/graphql",
    ...cacheAndCompression(),
    // x-request-id readable by a browser client, so a bug report can quote it.
    cors({
      origin: options.corsOrigins ?? [],
      credentials: false,
      maxAge: 600,
      exposedHeaders: [REQUEST_ID_HEADER],
    }),
    rateLimit.middleware,
    express.json({ limit: options.bodyLimit ?? "100kb" }),
    // Every message from here on (limits, Apollo, subgraph failures) in the client's Accept-Language.
    requestLocale(),
    // Anonymous public answers from the cache, before the limits: a hit's key once passed them all.
    responseCache.middleware,
    limits.middleware,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        // First, so the request's time counts from before the token is verified.
        deadline: AbortSignal.timeout(link.requestTimeoutMs),
        responseBudget: newResponseBudget(link.maxResponseBytes),
        viewer: await viewerOf(req.headers.authorization),
        authorization: req.headers.authorization,
        acceptLanguage: req.headers["accept-language"],
        clientIp: req.ip ?? "unknown",
        idempotency: idempotencyOf(req),
        requestRecord: requestRecordOf(res),
        responseCacheTicket: responseCache.ticketOf(res),
      }),
    }),
  );
  let metricsServer: RunningHttpServer | undefined;
  const openData = openDataRouter({
    apollo,
    settings: options.openData ?? DEFAULT_OPEN_DATA,
    link,
    origin: () => running?.origin ?? "http://127.0.0.1",
    rateLimit: rateLimit.middleware,
  });
  app.use("/open-data", openData.router);
  app.use(jsonErrors);

  return {
    async listen(port, host, portVariable = "PORT") {
      running = await listen(httpServer, port, host, portVariable);
      metricsServer = await listenForMetrics(metricsSettings, host);
      return running;
    },
    purgeOpenData: () => openData.purge(),
    async stop() {
      // HTTP first: Apollo answers the requests in flight until the last socket is gone.
      if (running) await running.drain(options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS);
      await apollo.stop();
      await transport?.close();
      await rateLimit.close();
      await responseCache.close();
      if (metricsServer?.server.listening) await metricsServer.close();
    },
  };
}

/** Body parser failures (too large, not JSON) as GraphQL-shaped errors with their HTTP status, no stack. */
const jsonErrors: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === "number" ? error.status : 500;
  const locale = negotiateLocale(req.headers["accept-language"]);
  const message = messageIn(
    locale,
    error?.type === "entity.too.large"
      ? "request.bodyTooLarge"
      : status < 500
        ? "request.bodyNotJson"
        : "service.internalError",
  );
  res.status(status).json({
    errors: [{ message, extensions: { code: status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR" } }],
  });
};
