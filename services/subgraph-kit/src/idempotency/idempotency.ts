import type { ApolloServerPlugin, GraphQLRequest } from "@apollo/server";
import { GraphQLError, type FormattedExecutionResult } from "graphql";
import { createHash } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { message } from "../messages";
import { logLine } from "../run-service";
import type { SubgraphContext } from "../subgraph-server";

/**
 * Safe retries of mutations (DESIGN §7). A mutation request with an `Idempotency-Key` header is applied at
 * most once per key and caller:
 * - `runMutation` inserts the key's row (caller, key, hash of the request) first thing in the mutation's
 *   own transaction, so no write is ever committed without its key. A concurrent duplicate waits on the
 *   primary key there until the first commits (then answers the first's answer) or rolls back (then runs).
 * - Once the answer is ready, it is stored in that row (`willSendResponse`).
 * - A retry finds the row before any resolver runs and answers the stored answer; the same key with
 *   another operation or other variables is CONFLICT (`idempotency.keyReused`).
 * - A row without an answer (the process died between the commit and the store, or the store failed) is
 *   waited for a few seconds while young; then the retry is CONFLICT (`idempotency.answerUnavailable`):
 *   applied once, answer lost, never applied twice.
 * - A mutation that failed wrote nothing, its key's row included: its retry runs again.
 * Keys live 24 hours: older rows are ignored, replaced when the key comes again, and purged by the stores.
 * Queries ignore the header.
 */

/** The request header carrying the key (the gateway forwards it to subgraphs, one per mutation part). */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";

/** Longest key a client may send. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 100;

/** What a client's key may hold: a UUID, a ULID, any token of these characters. */
const CLIENT_KEY = new RegExp(`^[A-Za-z0-9._:-]{1,${IDEMPOTENCY_KEY_MAX_LENGTH}}$`);

/** A subgraph also accepts the gateway's part suffix (`#2`: the second mutation fetch of one operation). */
const SUBGRAPH_KEY = new RegExp(`^[A-Za-z0-9._:-]{1,${IDEMPOTENCY_KEY_MAX_LENGTH}}(#[0-9]{1,4})?$`);

/** Whether `key` is a key a client may send (the gateway's check, before any fetch). */
export const isIdempotencyKey = (key: string): boolean => CLIENT_KEY.test(key);

/** BAD_USER_INPUT for a key that is too long, empty or has other characters (never quoting it). */
export const idempotencyKeyInvalid = () =>
  new GraphQLError(message("idempotency.keyInvalid", { maximum: IDEMPOTENCY_KEY_MAX_LENGTH }), {
    extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
  });

/** How long a key protects a request. */
const KEY_LIFETIME = "24 hours";

/** How long a retry waits for the answer of a first request that committed but has not stored it yet. */
const ANSWER_WAIT_MS = 5_000;

/** A row without an answer older than this is no request in flight (the gateway gives up after 30 s). */
const IN_FLIGHT_SECONDS = 35;

/** Rows past their lifetime one store deletes, at most: the purge stays cheap. */
const PURGE_BATCH = 100;

/** A mutation request sent with a key, as `runMutation` and the plugin share it. */
export interface IdempotentRequest {
  caller: string;
  key: string;
  /** SHA-256 of the operation, its name and its variables. */
  requestHash: string;
  /** This request's transaction committed its key's row: its answer is to be stored. */
  recorded: boolean;
  /** Another request holds the key (a concurrent duplicate): the answer to send is that request's. */
  heldElsewhere: boolean;
}

/**
 * Who a key belongs to: the token's subject, or for an anonymous caller the client's address (the one the
 * gateway reports), under the partner's name when a partner's router sent it. Hashed when very long.
 */
export function idempotencyCallerOf(context: SubgraphContext): string {
  const who = context.viewer ? `sub:${context.viewer.subject}` : `ip:${context.clientIp}`;
  const caller = context.partner ? `partner:${context.partner}/${who}` : who;
  return caller.length <= 300 ? caller : `sha256:${createHash("sha256").update(caller).digest("hex")}`;
}

/** The request's fingerprint: same operation text, operation name and variables (key order aside). */
export function requestHashOf(request: Pick<GraphQLRequest, "query" | "operationName" | "variables">) {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === "object"
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((name) => [name, canonical((value as Record<string, unknown>)[name])]),
          )
        : value;
  return createHash("sha256")
    .update(
      JSON.stringify([
        request.query ?? "",
        request.operationName ?? null,
        canonical(request.variables ?? {}),
      ]),
    )
    .digest("hex");
}

/**
 * Called by `runMutation` first thing in its transaction: records the request's key, once per request
 * (the later mutations of the same request share the row). Returns whether this transaction inserted it.
 * A key held by another request (committed, or committing while this waited) throws: the plugin then
 * answers that request's answer.
 */
export async function claimIdempotencyKey(
  context: SubgraphContext,
  manager: EntityManager,
): Promise<boolean> {
  const request = context.idempotency;
  if (!request || request.recorded) return false;
  const { caller, key, requestHash } = request;
  // A key past its lifetime starts afresh.
  await manager.query(
    `DELETE FROM idempotency_key WHERE caller = $1 AND key = $2 AND created_at <= now() - interval '${KEY_LIFETIME}'`,
    [caller, key],
  );
  // Waits here while another transaction holds the same (caller, key), then inserts or does nothing.
  const inserted: unknown[] = await manager.query(
    `INSERT INTO idempotency_key (caller, key, request_hash) VALUES ($1, $2, $3)
     ON CONFLICT (caller, key) DO NOTHING RETURNING key`,
    [caller, key, requestHash],
  );
  if (inserted.length > 0) return true;
  request.heldElsewhere = true;
  // Replaced by the other request's answer before it is sent (see the plugin's willSendResponse).
  throw new GraphQLError(message("idempotency.keyReused"), { extensions: { code: "CONFLICT" } });
}

/** Called by `runMutation` once its transaction committed the key's row. */
export function markIdempotencyKeyRecorded(context: SubgraphContext): void {
  if (context.idempotency) context.idempotency.recorded = true;
}

const keyReused = (): FormattedExecutionResult => ({
  data: null,
  errors: [{ message: message("idempotency.keyReused"), extensions: { code: "CONFLICT" } }],
});

const answerUnavailable = (): FormattedExecutionResult => ({
  data: null,
  errors: [{ message: message("idempotency.answerUnavailable"), extensions: { code: "CONFLICT" } }],
});

interface KeyRow {
  requestHash: string;
  response: FormattedExecutionResult | null;
  inFlight: boolean;
}

/**
 * The answer already given under this request's key: the stored one, CONFLICT for another request, or
 * (no answer stored) after waiting for one while the first may still be on its way, CONFLICT saying it was
 * applied. Undefined when the key is new (or past its lifetime).
 */
async function answerUnderKey(
  dataSource: DataSource,
  request: IdempotentRequest,
): Promise<FormattedExecutionResult | undefined> {
  const waitUntil = Date.now() + ANSWER_WAIT_MS;
  for (let pause = 20; ; pause = Math.min(pause * 2, 500)) {
    const [row]: KeyRow[] = await dataSource.query(
      `SELECT request_hash AS "requestHash", response,
              created_at > now() - interval '${IN_FLIGHT_SECONDS} seconds' AS "inFlight"
       FROM idempotency_key
       WHERE caller = $1 AND key = $2 AND created_at > now() - interval '${KEY_LIFETIME}'`,
      [request.caller, request.key],
    );
    if (!row) return undefined;
    if (row.requestHash !== request.requestHash) return keyReused();
    if (row.response) return row.response;
    if (!row.inFlight || Date.now() >= waitUntil) return answerUnavailable();
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/** Stores the answer in the key's row, then purges a batch of rows past their lifetime. */
async function storeAnswer(
  service: string,
  dataSource: DataSource,
  request: IdempotentRequest,
  answer: FormattedExecutionResult,
): Promise<void> {
  try {
    await dataSource.query(
      `UPDATE idempotency_key SET response = $3 WHERE caller = $1 AND key = $2 AND response IS NULL`,
      [request.caller, request.key, JSON.stringify(answer)],
    );
    await dataSource.query(
      `DELETE FROM idempotency_key WHERE ctid = ANY (ARRAY(
         SELECT ctid FROM idempotency_key WHERE created_at <= now() - interval '${KEY_LIFETIME}'
         LIMIT ${PURGE_BATCH}))`,
    );
  } catch (error) {
    // The write stands and its key too: a retry is told it was applied (answerUnavailable), never reapplied.
    const code = (error as { code?: unknown } | null)?.code;
    logLine(service, `could not store an idempotent answer (${typeof code === "string" ? code : "error"})`);
  }
}

/**
 * The Apollo plugin of idempotent mutations (see the top of this file): reads the key of a mutation
 * request, answers a retry from its row before any resolver runs, stores a first answer.
 */
export function idempotencyPlugin<TContext extends SubgraphContext>(
  service: string,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
      if (key === undefined) return;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== "mutation") return;
          if (!SUBGRAPH_KEY.test(key)) throw idempotencyKeyInvalid();
          contextValue.idempotency = {
            caller: idempotencyCallerOf(contextValue),
            key,
            requestHash: requestHashOf(request),
            recorded: false,
            heldElsewhere: false,
          };
        },
        async responseForOperation({ contextValue, response }) {
          const idempotent = contextValue.idempotency;
          if (!idempotent) return null;
          const answer = await answerUnderKey(contextValue.dataSource, idempotent);
          return answer ? { http: response.http, body: { kind: "single", singleResult: answer } } : null;
        },
        async willSendResponse({ contextValue, response }) {
          const idempotent = contextValue.idempotency;
          if (!idempotent || response.body.kind !== "single") return;
          if (idempotent.heldElsewhere) {
            const answer = await answerUnderKey(contextValue.dataSource, idempotent);
            if (answer) response.body.singleResult = answer;
          } else if (idempotent.recorded) {
            await storeAnswer(service, contextValue.dataSource, idempotent, response.body.singleResult);
          }
        },
      };
    },
  };
}
