import type { ApolloServerPlugin } from "@apollo/server";
import type { Request } from "express";
import { IDEMPOTENCY_KEY_HEADER, idempotencyKeyInvalid, isIdempotencyKey } from "@pole/subgraph-kit";
import type { GatewayContext } from "./gateway-context";

/**
 * The gateway's side of safe retries (the subgraphs keep the keys, see the kit's idempotency.ts): the
 * client's `Idempotency-Key` is checked here (BAD_USER_INPUT before any fetch) and passed on with each
 * mutation fetch. A plan may send several mutation fetches to one subgraph (fields of two subgraphs
 * alternating); the first carries the key, the n-th `<key>#n`, so each part has its own row and a retry
 * replays every part. The plan of one operation is the same every time, so the parts line up on a retry.
 * Queries ignore the header.
 */
export interface IdempotencyState {
  /** The client's key; dropped for a query. */
  key?: string;
  /** Mutation fetches sent so far, by subgraph. */
  parts: Map<string, number>;
}

/** The request's key as the client sent it (checked once the operation is known to be a mutation). */
export function idempotencyOf(req: Request): IdempotencyState | undefined {
  const key = req.headers[IDEMPOTENCY_KEY_HEADER];
  return typeof key === "string" ? { key, parts: new Map() } : undefined;
}

/** BAD_USER_INPUT for a mutation with a key that is not one; a query's key is forgotten. */
export function idempotencyPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const state = contextValue.idempotency;
          if (!state?.key) return;
          if (operation?.operation !== "mutation") {
            delete state.key;
            return;
          }
          if (!isIdempotencyKey(state.key)) throw idempotencyKeyInvalid();
        },
      };
    },
  };
}

/** A fetch's operation is a mutation (the planner writes `mutation Name__subgraph__0(…)`). */
const MUTATION = /^\s*mutation\b/;

/** The key to send with this fetch to `subgraph`, if any (see IdempotencyState). */
export function idempotencyKeyForFetch(
  state: IdempotencyState | undefined,
  subgraph: string,
  query: string,
): string | undefined {
  if (!state?.key || !MUTATION.test(query)) return undefined;
  const part = (state.parts.get(subgraph) ?? 0) + 1;
  state.parts.set(subgraph, part);
  return part === 1 ? state.key : `${state.key}#${part}`;
}
