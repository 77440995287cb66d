import Redis from "ioredis";
import { logLine } from "./run-service";

/** A Redis connection that never holds a request up, and says once per outage that Redis does not answer. */
export interface RedisConnection {
  redis: Redis;
  /** Logs `error` as the start of an outage; silent until Redis is ready again. */
  warn(error: Error): void;
}

/**
 * Connects to `url` before returning: no offline queue and one retry, so a command fails at once while
 * Redis is down (ioredis keeps reconnecting). A failure to connect is logged, not thrown: `meanwhile` says
 * what the service does without Redis ("limits count per replica meanwhile").
 */
export async function openRedis(
  url: string,
  options: { service: string; meanwhile: string; commandTimeoutMs?: number },
): Promise<RedisConnection> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: true,
    ...(options.commandTimeoutMs === undefined ? {} : { commandTimeout: options.commandTimeoutMs }),
  });
  let warned = false;
  const warn = (error: Error) => {
    if (warned) return;
    warned = true;
    logLine(options.service, `REDIS_URL: Redis does not answer (${error.message}); ${options.meanwhile}`);
  };
  // One line per outage, not one per reconnection attempt.
  redis.on("error", warn);
  redis.on("ready", () => {
    warned = false;
  });
  await redis.connect().catch(warn);
  return { redis, warn };
}

/** Closes `redis`: QUIT on a live connection, otherwise stops ioredis's reconnection attempts at once. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === "ready") await redis.quit().catch(() => redis.disconnect());
  else if (redis.status !== "end") {
    const ended = new Promise((resolve) => {
      redis.once("end", resolve);
      setTimeout(resolve, 1000).unref();
    });
    redis.disconnect();
    await ended;
  }
}
