import { createHash } from "node:crypto";
import type { RequestHandler } from "express";
import {
  createLimiterStore,
  isOverLimit,
  messageIn,
  negotiateLocale,
  retryAfterSecondsOf,
} from "@pole/subgraph-kit";

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
 * `Retry-After` before any parsing. Tokens are keyed by a hash, never stored. The counters live in the
 * kit's limiter store: Redis when `redisUrl` is set (memory counters stand in while it is down), memory
 * otherwise.
 */
export async function createRateLimit(settings: RateLimitSettings): Promise<RateLimit> {
  const store = await createLimiterStore({
    service: "gateway",
    redisUrl: settings.redisUrl,
    keyPrefix: settings.keyPrefix ?? "pole-gateway",
  });
  const byIp = store.limiter({ name: "ip", points: settings.perIp, durationSeconds: settings.windowSeconds });
  const byToken = store.limiter({
    name: "token",
    points: settings.perToken,
    durationSeconds: settings.windowSeconds,
  });

  const middleware: RequestHandler = async (req, res, next) => {
    const ip = req.ip ?? "unknown"; // the client behind TRUSTED_PROXIES, else the peer
    const authorization = req.headers.authorization;
    try {
      await byIp.consume(ip);
      if (authorization) await byToken.consume(createHash("sha256").update(authorization).digest("hex"));
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
              // Before the body parser, so in the header's language directly (see requestLocale).
              message: messageIn(negotiateLocale(req.headers["accept-language"]), "request.rateLimited", {
                seconds: retryAfter,
              }),
              extensions: { code: "RATE_LIMITED", retryAfterSeconds: retryAfter },
            },
          ],
        });
    }
  };
  return { middleware, close: () => store.close() };
}
