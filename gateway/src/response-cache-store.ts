import { LRUCache } from "lru-cache";
import { openRedis, closeRedis } from "@pole/subgraph-kit";

/** One cached answer, as it was sent: its JSON text and the headers Apollo gave it. */
export interface CachedAnswer {
  body: string;
  /** Apollo's headers of the answer (content-type, cache-control), replayed on a hit. */
  headers: [string, string][];
  /** When it was stored (ms since the epoch): a hit says its `Age` from it. */
  storedAt: number;
  /** The answer's max-age in seconds: the store keeps it no longer. */
  maxAge: number;
}

/**
 * Where cached answers live. Every method resolves, whatever happens to a remote store: a failure is a
 * miss (get), a no-op (set) or nothing purged beyond this process (purge), said once in the log.
 */
export interface ResponseCacheStore {
  /** Whether other replicas see this store's entries and purges (Redis). */
  readonly shared: boolean;
  get(key: string): Promise<CachedAnswer | undefined>;
  /** Keeps `answer` under `key` for its max-age, findable by each of `tags` for a purge. */
  set(key: string, answer: CachedAnswer, tags: readonly string[]): Promise<void>;
  /** Drops every entry stored with one of `tags`. */
  purge(tags: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** Bytes counted for an entry beyond its body: the key, the headers, the tags' index. */
const ENTRY_OVERHEAD_BYTES = 512;

/**
 * In this process's memory, at most `maxBytes` (bodies counted as UTF-16, 2 bytes a unit, plus a fixed
 * overhead per entry), least recently used first out. Each tag indexes the keys stored with it.
 */
export function memoryStore(maxBytes: number): ResponseCacheStore {
  const byTag = new Map<string, Set<string>>();
  const tagsOf = new Map<string, readonly string[]>();
  const unindex = (key: string) => {
    for (const tag of tagsOf.get(key) ?? []) {
      const keys = byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) byTag.delete(tag);
    }
    tagsOf.delete(key);
  };
  const entries = new LRUCache<string, CachedAnswer>({
    maxSize: maxBytes,
    sizeCalculation: (answer, key) => answer.body.length * 2 + key.length * 2 + ENTRY_OVERHEAD_BYTES,
    // Expired entries are dropped when read, not by a timer per entry.
    ttlAutopurge: false,
    dispose: (_answer, key) => unindex(key),
  });
  return {
    shared: false,
    async get(key) {
      return entries.get(key);
    },
    async set(key, answer, tags) {
      entries.set(key, answer, { ttl: answer.maxAge * 1000 });
      // Too large for the bound: not kept, so not indexed.
      if (!entries.has(key)) return;
      tagsOf.set(key, tags);
      for (const tag of tags) {
        let keys = byTag.get(tag);
        if (!keys) byTag.set(tag, (keys = new Set()));
        keys.add(key);
      }
    },
    async purge(tags) {
      for (const tag of tags) for (const key of [...(byTag.get(tag) ?? [])]) entries.delete(key);
    },
    async close() {
      entries.clear();
    },
  };
}

/** How long a tag's index of keys lives in Redis after its last use (longer than any max-age). */
const TAG_TTL_SECONDS = 86_400;
/** A Redis command that takes longer is given up: the request goes on as a miss. */
const REDIS_COMMAND_TIMEOUT_MS = 250;

// Deletes the keys each tag set lists, then the sets, in one round trip (atomic in Redis).
const PURGE_SCRIPT = `
for _, tag in ipairs(KEYS) do
  local keys = redis.call('SMEMBERS', tag)
  for i = 1, #keys, 500 do redis.call('DEL', unpack(keys, i, math.min(i + 499, #keys))) end
  redis.call('DEL', tag)
end
return 1`;

/**
 * In Redis, shared by every replica given the same URL and prefix: an entry expires with its max-age, and
 * a purge from any replica drops it for all. While Redis does not answer, every read is a miss (the
 * gateway answers from the subgraphs), said in one log line per outage.
 */
export async function redisStore(redisUrl: string, keyPrefix: string): Promise<ResponseCacheStore> {
  const { redis, warn } = await openRedis(redisUrl, {
    service: "gateway",
    meanwhile: "no shared response cache meanwhile",
    commandTimeoutMs: REDIS_COMMAND_TIMEOUT_MS,
  });
  const answerKey = (key: string) => `${keyPrefix}:answer:${key}`;
  const tagKey = (tag: string) => `${keyPrefix}:tag:${tag}`;
  return {
    shared: true,
    async get(key) {
      try {
        const text = await redis.get(answerKey(key));
        return text ? (JSON.parse(text) as CachedAnswer) : undefined;
      } catch (error) {
        warn(error as Error);
        return undefined;
      }
    },
    async set(key, answer, tags) {
      try {
        const multi = redis.multi().set(answerKey(key), JSON.stringify(answer), "PX", answer.maxAge * 1000);
        for (const tag of tags) multi.sadd(tagKey(tag), answerKey(key)).expire(tagKey(tag), TAG_TTL_SECONDS);
        await multi.exec();
      } catch (error) {
        warn(error as Error);
      }
    },
    async purge(tags) {
      if (tags.length === 0) return;
      try {
        await redis.eval(PURGE_SCRIPT, tags.length, ...tags.map(tagKey));
      } catch (error) {
        warn(error as Error);
      }
    },
    async close() {
      await closeRedis(redis);
    },
  };
}
