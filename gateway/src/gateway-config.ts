import { z } from "zod";
import {
  authConfigFromEnv,
  authEnvShape,
  ConfigError,
  httpUrlVar,
  isProduction,
  logLevelVar,
  metricsPortVar,
  metricsTokenVar,
  parseEnv,
  portVar,
  shutdownGraceVar,
  trustedProxiesVar,
  type AuthConfig,
} from "@pole/subgraph-kit";
import type { GatewayMetricsOptions } from "./gateway-metrics";
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from "./operation-limits";
import type { OpenDataSettings } from "./open-data";
import type { RateLimitSettings } from "./rate-limit";
import { DEFAULT_RESPONSE_CACHE, type ResponseCacheSettings } from "./response-cache";
import { DEFAULT_LINK_LIMITS, type SubgraphLinkLimits } from "./subgraph-data-source";
import { DEFAULT_SUPERGRAPH_PATH } from "./supergraph";

/** The subgraphs the gateway routes to, by the names the supergraph gives them. */
export const SUBGRAPH_NAMES = ["economic", "neighbourhood", "knowledge"] as const;

export interface SubgraphRoute {
  /** Overrides the supergraph's routing URL. */
  url?: string;
  /** Sent in `x-pole-subgraph-secret`. */
  secret?: string;
}

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  subgraphs: Record<string, SubgraphRoute>;
  auth: AuthConfig;
  limits: OperationLimits;
  rateLimit: RateLimitSettings;
  /** Browser origins allowed by CORS; none means no cross-origin browser access. */
  corsOrigins: string[];
  introspection: boolean;
  /** Largest request body accepted, e.g. "100kb". */
  bodyLimit: string;
  /**
   * Proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed: the client's address is then the
   * right-most hop that is not one of them. None: the peer's address, forwarded headers ignored.
   */
  trustedProxies: string[];
  /** Deadlines of subgraph fetches and of a whole request; largest answer. */
  link: SubgraphLinkLimits;
  /** The open-data files: their public base URL and how long a copy serves. */
  openData: OpenDataSettings;
  /** Where /metrics is served (METRICS_PORT) and the token it asks for on the main port (METRICS_TOKEN). */
  metrics: GatewayMetricsOptions;
  /** How long `stop` lets requests in flight finish after SIGTERM (SHUTDOWN_GRACE_MS). */
  shutdownGraceMs: number;
  /** The cache of anonymous public answers (RESPONSE_CACHE, RESPONSE_CACHE_MAX_BYTES, REDIS_URL). */
  responseCache: ResponseCacheSettings;
}

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const flag = z.enum(["true", "false"]).transform((value) => value === "true");
const secretVar = z.string().min(32, "must be at least 32 characters").optional();

/** Reads the gateway's environment; every problem is listed at once, each by variable. */
export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = isProduction();
  const parsed = parseEnv(
    z.object({
      PORT: portVar(4000),
      SHUTDOWN_GRACE_MS: shutdownGraceVar,
      HOST: z.string().min(1).default("127.0.0.1"),
      SUPERGRAPH_PATH: z.string().min(1).default(DEFAULT_SUPERGRAPH_PATH),
      ECONOMIC_URL: httpUrlVar.optional(),
      NEIGHBOURHOOD_URL: httpUrlVar.optional(),
      KNOWLEDGE_URL: httpUrlVar.optional(),
      ECONOMIC_SUBGRAPH_SECRET: secretVar,
      NEIGHBOURHOOD_SUBGRAPH_SECRET: secretVar,
      KNOWLEDGE_SUBGRAPH_SECRET: secretVar,
      MAX_DEPTH: positive(DEFAULT_OPERATION_LIMITS.maxDepth),
      MAX_ALIASES: positive(DEFAULT_OPERATION_LIMITS.maxAliases),
      MAX_DIRECTIVES: positive(DEFAULT_OPERATION_LIMITS.maxDirectives),
      MAX_TOKENS: positive(DEFAULT_OPERATION_LIMITS.maxTokens),
      MAX_COST: positive(DEFAULT_OPERATION_LIMITS.maxCost),
      MAX_ROOT_FIELDS: positive(DEFAULT_OPERATION_LIMITS.maxRootFields),
      MAX_FIELDS: positive(DEFAULT_OPERATION_LIMITS.maxFields),
      MAX_FIELD_REPEATS: positive(DEFAULT_OPERATION_LIMITS.maxFieldRepeats),
      BODY_LIMIT: z
        .string()
        .regex(/^\d+(b|kb|mb)$/, "must look like 100kb or 1mb")
        .default("100kb"),
      RATE_LIMIT_PER_IP: positive(600),
      RATE_LIMIT_PER_TOKEN: positive(1200),
      RATE_LIMIT_WINDOW_SECONDS: positive(60),
      REDIS_URL: z
        .string()
        .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
        .optional(),
      RESPONSE_CACHE: flag.default(true),
      RESPONSE_CACHE_MAX_BYTES: positive(DEFAULT_RESPONSE_CACHE.maxBytes),
      CORS_ORIGINS: z.string().default(""),
      TRUSTED_PROXIES: trustedProxiesVar,
      SUBGRAPH_TIMEOUT_MS: positive(DEFAULT_LINK_LIMITS.subgraphTimeoutMs),
      REQUEST_TIMEOUT_MS: positive(DEFAULT_LINK_LIMITS.requestTimeoutMs),
      MAX_RESPONSE_BYTES: positive(DEFAULT_LINK_LIMITS.maxResponseBytes),
      INTROSPECTION: flag.optional(),
      PUBLIC_URL: httpUrlVar
        .refine((value) => !/[?#]/.test(value), "must have no query or fragment")
        .optional(),
      OPEN_DATA_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(300),
      LOG_LEVEL: logLevelVar,
      METRICS_PORT: metricsPortVar,
      METRICS_TOKEN: metricsTokenVar,
      ...authEnvShape,
    }),
    env,
  );
  const subgraphs: Record<string, SubgraphRoute> = {};
  const missing: string[] = [];
  for (const name of SUBGRAPH_NAMES) {
    const upper = name.toUpperCase();
    const secret = parsed[`${upper}_SUBGRAPH_SECRET` as keyof typeof parsed] as string | undefined;
    if (production && !secret) missing.push(`${upper}_SUBGRAPH_SECRET: required in production`);
    subgraphs[name] = { url: parsed[`${upper}_URL` as keyof typeof parsed] as string | undefined, secret };
  }
  if (parsed.METRICS_PORT !== undefined && parsed.METRICS_PORT === parsed.PORT)
    missing.push("METRICS_PORT: must differ from PORT");
  if (missing.length > 0) throw new ConfigError(missing);
  const corsOrigins = parsed.CORS_ORIGINS.split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  const badOrigins = corsOrigins.filter((origin) => !/^https?:\/\/[^/\s]+$/.test(origin));
  if (badOrigins.length > 0) {
    throw new ConfigError([`CORS_ORIGINS: not an origin (scheme://host[:port]): ${badOrigins.join(", ")}`]);
  }
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    supergraphPath: parsed.SUPERGRAPH_PATH,
    subgraphs,
    auth: authConfigFromEnv(parsed, production),
    limits: {
      maxDepth: parsed.MAX_DEPTH,
      maxAliases: parsed.MAX_ALIASES,
      maxDirectives: parsed.MAX_DIRECTIVES,
      maxTokens: parsed.MAX_TOKENS,
      maxCost: parsed.MAX_COST,
      maxRootFields: parsed.MAX_ROOT_FIELDS,
      maxFields: parsed.MAX_FIELDS,
      maxFieldRepeats: parsed.MAX_FIELD_REPEATS,
      blockSuggestions: production,
    },
    rateLimit: {
      perIp: parsed.RATE_LIMIT_PER_IP,
      perToken: parsed.RATE_LIMIT_PER_TOKEN,
      windowSeconds: parsed.RATE_LIMIT_WINDOW_SECONDS,
      redisUrl: parsed.REDIS_URL,
    },
    corsOrigins,
    introspection: parsed.INTROSPECTION ?? !production,
    bodyLimit: parsed.BODY_LIMIT,
    trustedProxies: parsed.TRUSTED_PROXIES,
    link: {
      subgraphTimeoutMs: parsed.SUBGRAPH_TIMEOUT_MS,
      requestTimeoutMs: parsed.REQUEST_TIMEOUT_MS,
      maxResponseBytes: parsed.MAX_RESPONSE_BYTES,
    },
    shutdownGraceMs: parsed.SHUTDOWN_GRACE_MS,
    responseCache: {
      enabled: parsed.RESPONSE_CACHE,
      maxBytes: parsed.RESPONSE_CACHE_MAX_BYTES,
      redisUrl: parsed.REDIS_URL,
    },
    openData: { baseUrl: parsed.PUBLIC_URL?.replace(/\/+$/, ""), maxAgeSeconds: parsed.OPEN_DATA_MAX_AGE },
    metrics: { port: parsed.METRICS_PORT, token: parsed.METRICS_TOKEN, production },
  };
}
