import type { ObservedContext, Viewer } from "@pole/subgraph-kit";
import type { IdempotencyState } from "./idempotency";
import type { CacheTicket } from "./response-cache";
import type { ResponseBudget } from "./response-size";

/** What the gateway keeps of a request: the verified viewer and the header to forward. */
export interface GatewayContext extends ObservedContext {
  viewer: Viewer | null;
  authorization?: string;
  /** The client's Accept-Language, forwarded so subgraphs answer in its language. */
  acceptLanguage?: string;
  /** The client's address as this gateway sees it. */
  clientIp: string;
  /** Aborts when the request's time is up (REQUEST_TIMEOUT_MS from its start): pending fetches stop. */
  deadline: AbortSignal;
  /** The bytes of subgraph answers this request may still read (MAX_RESPONSE_BYTES). */
  responseBudget: ResponseBudget;
  /** The client's Idempotency-Key, passed on with each mutation fetch (idempotency.ts). */
  idempotency?: IdempotencyState;
  /** Set when this anonymous request is the response cache's miss for its key (response-cache.ts). */
  responseCacheTicket?: CacheTicket;
}
