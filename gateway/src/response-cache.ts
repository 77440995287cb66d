import type { ApolloServerPlugin } from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";
import type { RequestHandler, Response } from "express";
import { Counter } from "prom-client";
import { metricsRegistry, requestRecordOf } from "@pole/subgraph-kit";
import { tagsOfAnswer, tagsToPurge } from "./entity-tags";
import type { GatewayContext } from "./gateway-context";
import { cacheableRequestOf, cacheKeys, contentTypeFor, passesCsrfPrevention } from "./response-cache-key";
import { memoryStore, redisStore, type CachedAnswer, type ResponseCacheStore } from "./response-cache-store";

/** How the gateway caches public answers (RESPONSE_CACHE, RESPONSE_CACHE_MAX_BYTES, REDIS_URL). */
export interface ResponseCacheSettings {
  /** Off: every request goes to the subgraphs, as before the cache. */
  enabled: boolean;
  /** The memory store's bound in bytes (unused with Redis). */
  maxBytes: number;
  /** When set, answers live in Redis and every replica sharing it shares them and their purges. */
  redisUrl?: string;
  /** Prefix of the Redis keys; replicas sharing a cache use the same one. */
  keyPrefix?: string;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheSettings = { enabled: true, maxBytes: 64 * 1024 * 1024 };

/** A miss this request answers: its answer is stored under `key` and given to identical requests waiting. */
export interface CacheTicket {
  key: string;
  /** The content type Apollo answers this request with (its Accept header negotiated). */
  contentType: string;
  /** The purge count when the request started: an answer read before a purge is not stored after it. */
  purges: number;
  /** Hands the answer (or undefined: not cacheable) to the identical requests waiting; once. */
  settle(answer: CachedAnswer | undefined): void;
}

export interface ResponseCache {
  /** On /graphql after the body parser: answers hits, makes identical misses wait for the first. */
  middleware: RequestHandler;
  /** In Apollo, after the Cache-Control plugin: stores public answers, purges what mutations write. */
  plugin: ApolloServerPlugin<GatewayContext>;
  /** The ticket of the miss `res` answers, for the request's context. */
  ticketOf(res: Response): CacheTicket | undefined;
  close(): Promise<void>;
}

const PUBLIC = /^public, max-age=(\d+)$/;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

let outcomes: Counter<"result"> | undefined;
/** Hits, misses and coalesced misses (one registration per process, however many gateways it runs). */
const cacheOutcomes = () =>
  (outcomes ??= new Counter({
    name: "pole_gateway_response_cache_total",
    help: "Anonymous cacheable requests by result: hit, miss (answered by the subgraphs) or coalesced (waited for an identical miss)",
    labelNames: ["result"],
    registers: [metricsRegistry()],
  }));

/**
 * The response cache of anonymous public answers (DESIGN §6). Only requests without an Authorization
 * header take part; an answer is stored only when the Cache-Control plugin made it `public, max-age=N`
 * with N > 0, for N seconds, and a hit is sent with the same headers plus `Age`. A hit needs a request
 * that Apollo's CSRF prevention would let through and a key (document, operation, variables, language,
 * content type, limits) whose answer once passed every operation limit in Apollo. Identical misses in
 * flight make one subgraph round: the later ones wait for the first's answer, and go to Apollo
 * themselves when it is not cacheable. A mutation's answer purges the entries that show the objects it
 * returns (entity-tags.ts); with Redis the purge reaches every replica sharing it.
 */
export async function createResponseCache(options: {
  settings: ResponseCacheSettings;
  /** Apollo's serializer of answers, so a hit sends the same text as the miss did. */
  stringifyResult: (result: FormattedExecutionResult) => string;
  maxTokens: number;
  /** What else an answer depends on (the schema, the gateway's limits), part of every key. */
  scope: string;
}): Promise<ResponseCache> {
  const { settings } = options;
  const store: ResponseCacheStore | undefined = !settings.enabled
    ? undefined
    : settings.redisUrl
      ? await redisStore(settings.redisUrl, settings.keyPrefix ?? "pole-gateway:responses")
      : memoryStore(settings.maxBytes);
  const keys = cacheKeys({ maxTokens: options.maxTokens, scope: options.scope });
  const inFlight = new Map<string, Promise<CachedAnswer | undefined>>();
  const tickets = new WeakMap<Response, CacheTicket>();
  let purges = 0;

  const send = (res: Response, answer: CachedAnswer, now: number) => {
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.setHeader("Age", String(Math.max(0, Math.floor((now - answer.storedAt) / 1000))));
    res.status(200).send(answer.body);
  };
  const fresh = (answer: CachedAnswer | undefined, now: number) =>
    answer !== undefined && now - answer.storedAt < answer.maxAge * 1000 ? answer : undefined;

  const middleware: RequestHandler = async (req, res, next) => {
    if (!store || req.headers.authorization !== undefined || !passesCsrfPrevention(req)) return next();
    const request = cacheableRequestOf(req);
    const contentType = request && contentTypeFor(req);
    const key = request && contentType && keys.keyOf(req, request, contentType);
    if (!key) return next();
    try {
      const hit = fresh(await store.get(key), Date.now());
      if (hit) {
        cacheOutcomes().inc({ result: "hit" });
        // For the log line, as Apollo's observation plugin would have named it.
        const record = requestRecordOf(res);
        if (record && request.operationName && OPERATION_NAME.test(request.operationName))
          record.operation = request.operationName;
        return send(res, hit, Date.now());
      }
      const twin = inFlight.get(key);
      if (twin) {
        const answer = fresh(await twin, Date.now());
        cacheOutcomes().inc({ result: "coalesced" });
        if (answer) return send(res, answer, Date.now());
        // Not cacheable after all (an error, a private field): this request asks for itself.
        return next();
      }
    } catch (error) {
      return next(error);
    }
    cacheOutcomes().inc({ result: "miss" });
    let settle!: (answer: CachedAnswer | undefined) => void;
    const answered = new Promise<CachedAnswer | undefined>((resolve) => (settle = resolve));
    inFlight.set(key, answered);
    let settled = false;
    const ticket: CacheTicket = {
      key,
      contentType,
      purges,
      settle(answer) {
        if (settled) return;
        settled = true;
        if (inFlight.get(key) === answered) inFlight.delete(key);
        settle(answer);
      },
    };
    tickets.set(res, ticket);
    // Whatever becomes of the request (refused in Apollo, client gone), the waiting ones go on.
    res.once("close", () => ticket.settle(undefined));
    next();
  };

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation, document, schema }) {
          const body = response.body.kind === "single" ? response.body.singleResult : undefined;
          if (store && operation?.operation === "mutation" && document && body?.data) {
            const tags = tagsToPurge(schema, document, operation, body.data);
            if (tags.size > 0) {
              purges += 1;
              await store.purge([...tags]);
            }
          }
          const ticket = contextValue.responseCacheTicket;
          if (!store || !ticket) return;
          const maxAge = Number(PUBLIC.exec(response.http.headers.get("cache-control") ?? "")?.[1] ?? 0);
          const cacheable =
            maxAge > 0 &&
            body?.data &&
            !body.errors &&
            (response.http.status ?? 200) === 200 &&
            operation?.operation === "query" &&
            document;
          if (!cacheable) return ticket.settle(undefined);
          const answer: CachedAnswer = {
            body: options.stringifyResult(body),
            headers: [...response.http.headers, ["content-type", ticket.contentType]],
            storedAt: Date.now(),
            maxAge,
          };
          // Read before a purge of this process: given to the waiting ones (as fresh as a miss), not kept.
          if (ticket.purges === purges)
            await store.set(ticket.key, answer, [...tagsOfAnswer(schema, document, operation, body.data)]);
          ticket.settle(answer);
        },
      };
    },
  };

  return {
    middleware,
    plugin,
    ticketOf: (res) => tickets.get(res),
    close: async () => {
      await store?.close();
    },
  };
}
