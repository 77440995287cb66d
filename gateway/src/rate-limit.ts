import { createHash } from "node:crypto";
import type { RequestHandler } from "express";
import Redis from "ioredis";
import { logLine } from "@pole/subgraph-kit";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";

export interface RateLimitSettings {
  /** Requests one client address may send per window. */
  perIp: number;
  /** Requests one bearer token may send per window. */
  perToken: number;
  windowSeconds: number;
  /** When set, counters live in Redis so every gateway replica shares them. */
  redisUrl?: string;
  /** Prefix of the counters' keys; replicas sharing limits use the same one. */
  keyPrefix?: string;
}

export interface RateLimit {
  middleware: RequestHandler;
  close(): Promise<void>;
}

/**
 * Per-address and per-token request limits on /graphql. Over a limit the request is refused with 429 and
 * `Retry-After` before any parsing. Tokens are keyed by a hash, never stored.
 */
export async function createRateLimit(settings: RateLimitSettings): Promise<RateLimit> {
  const redis = settings.redisUrl
    ? new Redis(settings.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true })
    : undefined;
  if (redis) {
    // Connected before the first request, so replicas share counters from the start. If Redis does not
    // answer, memory counters stand in until it does (ioredis keeps reconnecting).
    await redis.connect().catch((error: Error) => {
      logLine(
        "gateway",
        `REDIS_URL: Redis does not answer (${error.message}); rate limits count per replica meanwhile`,
      );
    });
  }
  // A Redis outage must not leave the gateway unprotected: fall back to per-replica memory counters.
  const prefix = settings.keyPrefix ?? "pole-gateway";
  const limiter = (points: number, kind: string): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({
          storeClient: redis,
          points,
          duration: settings.windowSeconds,
          keyPrefix: `${prefix}:${kind}`,
          insuranceLimiter: new RateLimiterMemory({ points, duration: settings.windowSeconds }),
        })
      : new RateLimiterMemory({ points, duration: settings.windowSeconds, keyPrefix: `${prefix}:${kind}` });
  const byIp = limiter(settings.perIp, "ip");
  const byToken = limiter(settings.perToken, "token");

  const middleware: RequestHandler = async (req, res, next) => {
    const ip = req.socket.remoteAddress ?? "unknown";
    const authorization = req.headers.authorization;
    try {
      await byIp.consume(ip);
      if (authorization) await byToken.consume(createHash("sha256").update(authorization).digest("hex"));
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return next(rejection);
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      res
        .status(429)
        .set("Retry-After", String(retryAfter))
        .json({
          errors: [
            {
              message: `Too many requests; retry in ${retryAfter} s.`,
              extensions: { code: "RATE_LIMITED", retryAfterSeconds: retryAfter },
            },
          ],
        });
    }
  };
  return {
    middleware,
    async close() {
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
