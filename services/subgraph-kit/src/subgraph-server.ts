import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import proxyaddr from "proxy-addr";
import { createHash, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse, type FormattedExecutionResult, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { DEFAULT_SHUTDOWN_GRACE_MS, notWhileDraining } from "./drain";
import { createViewerResolver, type AuthConfig, type ViewerContext } from "./auth";
import { cacheControlPlugins } from "./cache-control";
import { observeDatabase } from "./database-metrics";
import { maskInternalErrors } from "./format-error";
import { LoaderRegistry } from "./loaders";
import { requestLocale } from "./locale";
import { listen, type RunningHttpServer } from "./listen";
import { createLimiterStore, isOverLimit, retryAfterSecondsOf, type LimiterStore } from "./limiter";
import { idempotencyPlugin, type IdempotentRequest } from "./idempotency/idempotency";
import { readListSizes } from "./limits/list-size";
import {
  operationCostPlugin,
  operationShapeMiddleware,
  type OperationLimits,
} from "./limits/operation-limits";
import { message, messageIn } from "./messages";
import { listenForMetrics, mainPortMetricsHandlers, type MetricsSettings } from "./metrics-endpoint";
import { negotiateLocale } from "./locale";
import { PARTNER_KEY_HEADER, partnerOfKey, type PartnerKey } from "./partners";
import {
  observeRequests,
  requestObservationPlugin,
  requestRecordOf,
  type ObservedContext,
} from "./request-observer";
import { logLine } from "./run-service";
import { unsafeTextPlugin } from "./unsafe-text";

/** The context of every resolver of a subgraph. */
export interface SubgraphContext extends ViewerContext, ObservedContext {
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
  /**
   * The partner whose router sent this request with its partner key (`x-pole-partner-key`), by name; none
   * for the gateway or an open development subgraph. It grants no role: the viewer still comes from the
   * end user's bearer token alone.
   */
  partner?: string;
  /** A mutation request's Idempotency-Key, once the operation is known to be a mutation (idempotency.ts). */
  idempotency?: IdempotentRequest;
}

/** Partner routers' access to a subgraph that does not pass our gateway (see `SubgraphServerOptions.partners`). */
export interface PartnerAccessOptions {
  /** Accepted keys by partner name; a name listed twice (rotation) has both its keys accepted. */
  keys: PartnerKey[];
  /** The operation limits partners' operations meet here (the gateway's limits, since they skip it). */
  limits: OperationLimits;
  /** Requests one partner may send per window, all its keys together. */
  requestsPerWindow: number;
  windowSeconds: number;
  /** When set, partners' counters live in Redis so every replica shares them. */
  redisUrl?: string;
  /** Prefix of the counters' keys (tests use one of their own); `pole-<subgraph>` by default. */
  keyPrefix?: string;
  /**
   * The largest answer a partner's request may get, in bytes (`PARTNER_MAX_RESPONSE_BYTES` by default, the
   * gateway's own default): its cost limit counts items, not bytes, and `_entities` can ask for thousands.
   */
  maxResponseBytes?: number;
}

/** The gateway's default answer size limit, which partners' requests meet here too. */
export const PARTNER_MAX_RESPONSE_BYTES = 5_000_000;

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
  /**
   * Partner keys: other territories' routers may call /graphql directly with a key of their own. Their
   * requests meet the operation limits and a rate limit per partner here, and are logged and audited
   * under the partner's name. Unset: only the gateway (or, without a secret, anyone) is answered.
   */
  partners?: PartnerAccessOptions;
  /**
   * Values every resolver's context carries besides the kit's: a subgraph's own services (knowledge's
   * partner webhooks), so resolvers reach them without a module-level singleton.
   */
  extraContext?: Record<string, unknown>;
  /**
   * Where /metrics is served (METRICS_PORT); by default on the main port, behind the secret when there is
   * one (as /graphql), open otherwise.
   */
  metrics?: Pick<MetricsSettings, "port">;
  /** How long `stop` lets requests in flight finish (SHUTDOWN_GRACE_MS; DEFAULT_SHUTDOWN_GRACE_MS). */
  shutdownGraceMs?: number;
}

export interface SubgraphServer {
  /** Starts listening; `port` 0 picks a free port (tests). */
  listen(port: number, host: string, portVariable?: string): Promise<RunningHttpServer>;
  /**
   * Drains the HTTP server (in-flight requests answered, no connection reset, at most `shutdownGraceMs`),
   * then stops Apollo (not the DataSource, which the caller owns).
   */
  stop(): Promise<void>;
}

/**
 * A subgraph's HTTP service: `POST /graphql`, `GET /health` (the process is alive), `GET /ready` (its
 * database answers) and `GET /metrics` (Prometheus; behind the secret, or on METRICS_PORT only); one log
 * line per request, under the gateway's request id. Nothing happens until `listen` is called.
 */
export async function createSubgraphServer(options: SubgraphServerOptions): Promise<SubgraphServer> {
  const app = express();
  // req.ip: the peer's address, or behind trusted proxies the right-most X-Forwarded-For hop not trusted.
  app.set("trust proxy", options.trustedProxies?.length ? proxyaddr.compile(options.trustedProxies) : false);
  const httpServer = createServer(app);
  const partners = options.partners?.keys.length ? options.partners : undefined;
  const partnerStore = partners
    ? await createLimiterStore({
        service: options.name,
        redisUrl: partners.redisUrl,
        keyPrefix: partners.keyPrefix ?? `pole-${options.name}`,
      })
    : undefined;
  const apollo = new ApolloServer<SubgraphContext>({
    // Outside NODE_ENV=test, Apollo stops itself on SIGTERM and then sends the signal again, which kills
    // the process before the drain is over (connection resets): runService decides how the process stops.
    stopOnTerminationSignals: false,
    schema: options.schema,
    // No Apollo Studio here: inline traces would only add work to every subgraph response.
    // Text PostgreSQL cannot store (NUL, unpaired surrogates) is refused before any resolver runs.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      unsafeTextPlugin<SubgraphContext>(),
      // Cache-Control from the fields' hints: the gateway restricts its own answer's policy with it.
      ...cacheControlPlugins<SubgraphContext>(options.cacheMaxAgeSeconds),
      ...(partners ? partnerPlugins(options.schema, partners) : []),
      // A retried mutation's stored answer is the answer, whatever the plugins above made of it.
      idempotencyPlugin<SubgraphContext>(options.name),
      // Last: it reads the answer's errors as they will be sent (a replayed answer's too).
      requestObservationPlugin<SubgraphContext>(),
    ],
    // Clients never see stack traces (DESIGN §6), in development either, nor internal error messages.
    includeStacktraceInErrorResponses: false,
    formatError: maskInternalErrors(options.name),
  });
  await apollo.start();
  const viewerOf = createViewerResolver(options.auth);
  const stopObservingDatabase = observeDatabase(options.dataSource);
  const metricsSettings: MetricsSettings = {
    ...options.metrics,
    mainPort: options.secret
      ? { kind: "header", name: SUBGRAPH_SECRET_HEADER, secret: options.secret }
      : { kind: "open" },
  };

  // First: every request gets its id and its log line, refusals included.
  app.use(observeRequests({ service: options.name }));
  const metricsHandlers = mainPortMetricsHandlers(metricsSettings);
  if (metricsHandlers) app.get("/metrics", ...metricsHandlers);
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: options.name });
  });
  let running: RunningHttpServer | undefined;
  app.get(
    "/ready",
    notWhileDraining(options.name, () => running?.isDraining() ?? false),
    async (_req, res) => {
      try {
        await options.dataSource.query("SELECT 1");
        res.json({ status: "ready", service: options.name });
      } catch {
        res.status(503).json({ status: "database unavailable", service: options.name });
      }
    },
  );
  app.use(
    "/graphql",
    identifyCaller(options.name, options.secret, partners?.keys ?? []),
    ...(partners && partnerStore ? [partnerRateLimit(partnerStore, partners)] : []),
    express.json({ limit: "1mb" }),
    // Messages in the language of the client's Accept-Language (the gateway forwards it).
    requestLocale(),
    // Refusals in a 200 answer: a router turns a subgraph's 4xx into an internal error of its own and
    // loses the code, while it passes the errors of a 200 answer on to its client.
    ...(partners ? [forPartners(operationShapeMiddleware(partners.limits, { refusalStatus: 200 }))] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        ...options.extraContext,
        requestRecord: requestRecordOf(res),
        partner: partnerOf(res),
        viewer: await viewerOf(req.headers.authorization),
        loaders: new LoaderRegistry(),
        dataSource: options.dataSource,
        // A partner is not the gateway: the end client's address it sends is not believed.
        clientIp: clientIpOf(req, Boolean(options.secret) && !partnerOf(res)),
      }),
    }),
  );

  let metricsServer: RunningHttpServer | undefined;
  return {
    async listen(port, host, portVariable = "PORT") {
      running = await listen(httpServer, port, host, portVariable);
      metricsServer = await listenForMetrics(metricsSettings, host);
      return running;
    },
    async stop() {
      // HTTP first: Apollo answers the requests in flight until the last socket is gone.
      if (running) await running.drain(options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS);
      await apollo.stop();
      if (metricsServer?.server.listening) await metricsServer.close();
      stopObservingDatabase();
      await partnerStore?.close();
    },
  };
}

/** Header carrying the secret a subgraph shares with the gateway. */
export const SUBGRAPH_SECRET_HEADER = "x-pole-subgraph-secret";

/** The partner a request was identified as, by `identifyCaller`. */
const partnerOf = (res: express.Response): string | undefined =>
  typeof res.locals.partner === "string" ? res.locals.partner : undefined;

/**
 * Says who is calling, before the body is even read: the gateway (its secret in `x-pole-subgraph-secret`),
 * a partner (a key of `partners` in `x-pole-partner-key`, its name then kept in `res.locals.partner`), or,
 * with no secret set (development), anyone. Everyone else gets 401, and so does a partner key that is not
 * one (a caller that claims to be a partner and is not). Both compared in constant time on digests.
 */
function identifyCaller(
  service: string,
  secret: string | undefined,
  partners: readonly PartnerKey[],
): express.RequestHandler {
  const expected = secret ? createHash("sha256").update(secret).digest() : undefined;
  return (req, res, next) => {
    if (expected) {
      const given = req.headers[SUBGRAPH_SECRET_HEADER];
      const digest = createHash("sha256")
        .update(typeof given === "string" ? given : "")
        .digest();
      if (timingSafeEqual(digest, expected)) return next();
    }
    const presented = req.headers[PARTNER_KEY_HEADER];
    if (typeof presented === "string" && presented !== "") {
      const partner = partners.length ? partnerOfKey(partners, presented) : undefined;
      if (partner) {
        res.locals.partner = partner;
        return next();
      }
      // Never the key itself: it may be a real key of another service pasted in the wrong place.
      logLine(service, "refused a request with an unknown partner key");
      res.status(401).json({
        errors: [
          {
            message: messageIn(negotiateLocale(req.headers["accept-language"]), "auth.partnerKeyInvalid"),
            extensions: { code: "UNAUTHENTICATED" },
          },
        ],
      });
      return;
    }
    if (!expected) return next();
    res.status(401).json({
      errors: [
        { message: "This service answers the gateway only.", extensions: { code: "UNAUTHENTICATED" } },
      ],
    });
  };
}

/** Runs `handler` for partners' requests only: the gateway already applied it to its own. */
function forPartners(handler: express.RequestHandler): express.RequestHandler {
  return (req, res, next) => (partnerOf(res) ? handler(req, res, next) : next());
}

/**
 * Requests per window per partner name (all its keys together), before the body is read: over the limit,
 * 429 `RATE_LIMITED` with `Retry-After`, in the language of the request's Accept-Language.
 */
function partnerRateLimit(store: LimiterStore, partners: PartnerAccessOptions): express.RequestHandler {
  const limiter = store.limiter({
    name: "partner",
    points: partners.requestsPerWindow,
    durationSeconds: partners.windowSeconds,
  });
  return async (req, res, next) => {
    const partner = partnerOf(res);
    if (!partner) return next();
    try {
      await limiter.consume(partner);
      next();
    } catch (rejection) {
      if (!isOverLimit(rejection)) return next(rejection);
      const retryAfter = retryAfterSecondsOf(rejection);
      res
        .status(429)
        .set("Retry-After", String(retryAfter))
        .json({
          errors: [
            {
              message: messageIn(negotiateLocale(req.headers["accept-language"]), "request.rateLimited", {
                seconds: retryAfter,
              }),
              extensions: { code: "RATE_LIMITED", retryAfterSeconds: retryAfter },
            },
          ],
        });
    }
  };
}

/**
 * Apollo plugins for partners' requests only: the operation's cost with its variables (the gateway's own
 * calls were costed there already), from the list sizes the subgraph's SDL declares, `_entities` counted by
 * its representations; and the cap on the size of its answers (their log line is the request's own,
 * with the partner's name: request-observer.ts).
 */
function partnerPlugins(
  schema: GraphQLSchema,
  { limits, maxResponseBytes = PARTNER_MAX_RESPONSE_BYTES }: PartnerAccessOptions,
): ApolloServerPlugin<SubgraphContext>[] {
  const cost = operationCostPlugin({
    limits,
    listSizes: readListSizes(parse(printSubgraphSchema(schema))),
  }) as ApolloServerPlugin<SubgraphContext>;
  return [
    {
      async requestDidStart(requestContext) {
        const partner = requestContext.contextValue.partner;
        if (!partner) return;
        const costing = await cost.requestDidStart?.(requestContext);
        return {
          ...costing,
          async willSendResponse({ response }) {
            // As for the shape limits: routers read the errors of a 200 answer and pass their codes on.
            if (response.http.status === 400) response.http.status = 200;
            const body = response.body;
            if (body.kind === "single") refuseOversizedAnswer(body, maxResponseBytes);
          },
        };
      },
    },
  ];
}

/**
 * Replaces an answer larger than `maximum` bytes by the gateway's refusal (no partial data): a partner's
 * `_entities` of thousands of representations passes the cost limit yet could pull megabytes per request.
 */
function refuseOversizedAnswer(body: { singleResult: FormattedExecutionResult }, maximum: number): void {
  const found = Buffer.byteLength(JSON.stringify(body.singleResult));
  if (found <= maximum) return;
  body.singleResult = {
    errors: [
      {
        message: message("request.answerTooLarge", { maximum }),
        extensions: { code: "OPERATION_TOO_COMPLEX", limit: "responseBytes", maximum, found },
      },
    ],
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
