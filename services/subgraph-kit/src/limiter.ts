import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { metrics } from "./metrics";
import { closeRedis, openRedis } from "./redis-connection";

export interface LimiterStoreOptions {
  /** The service, for the log line when Redis does not answer ("gateway", "neighbourhood"). */
  service: string;
  /** When set, counters live in Redis so every replica shares them; otherwise in this process's memory. */
  redisUrl?: string;
  /** Prefix of every counter's key; replicas sharing counters use the same one (tests one of their own). */
  keyPrefix: string;
}

export interface LimiterOptions {
  /** Name of the counter, appended to the store's prefix: keys are `<keyPrefix>:<name>:<key>`. */
  name: string;
  /** How many points (requests, submissions…) a key may consume per window. */
  points: number;
  /** Length of the window, in seconds. */
  durationSeconds: number;
}

/** Where limiters keep their counters: Redis (shared) or memory (per process). */
export interface LimiterStore {
  /** Whether the counters live in Redis. */
  readonly shared: boolean;
  /**
   * A rate-limiter-flexible limiter of `points` per `durationSeconds` per key. In Redis it has a memory
   * insurance limiter: while Redis is down each replica counts on its own rather than letting all through.
   */
  limiter(options: LimiterOptions): RateLimiterAbstract;
  /** Closes the Redis connection, if any. */
  close(): Promise<void>;
}

/**
 * Opens a limiter store. With `redisUrl`, connects before returning (so replicas share counters from the
 * first request); if Redis does not answer, says so in one log line and counts in memory until it does
 * (ioredis keeps reconnecting).
 */
export async function createLimiterStore(options: LimiterStoreOptions): Promise<LimiterStore> {
  const redis = options.redisUrl
    ? (
        await openRedis(options.redisUrl, {
          service: options.service,
          meanwhile: "limits count per replica meanwhile",
        })
      ).redis
    : undefined;
  return {
    shared: redis !== undefined,
    limiter({ name, points, durationSeconds }) {
      const keyPrefix = `${options.keyPrefix}:${name}`;
      return countingRefusals(
        name,
        redis
          ? new RateLimiterRedis({
              storeClient: redis,
              points,
              duration: durationSeconds,
              keyPrefix,
              insuranceLimiter: new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix }),
            })
          : new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix }),
      );
    },
    async close() {
      if (redis) await closeRedis(redis);
    },
  };
}

/** `limiter`, whose refusals count in `pole_rate_limit_refusals_total{limit="<name>"}`. */
function countingRefusals(name: string, limiter: RateLimiterAbstract): RateLimiterAbstract {
  const consume = limiter.consume.bind(limiter);
  limiter.consume = async (...args) => {
    try {
      return await consume(...args);
    } catch (rejection) {
      if (isOverLimit(rejection)) metrics().rateLimitRefusals.inc({ limit: name });
      throw rejection;
    }
  };
  return limiter;
}

/** Whether a limiter's rejection is "over the limit" (a RateLimiterRes), not a store failure. */
export const isOverLimit = (rejection: unknown): rejection is RateLimiterRes =>
  rejection instanceof RateLimiterRes;

/** Whole seconds (at least 1) before a refused key may try again. */
export const retryAfterSecondsOf = (rejection: RateLimiterRes): number =>
  Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
