import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GraphQLFormattedError } from "graphql";
import {
  CLIENT_IP_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  logLine,
  message,
  MESSAGES,
  REQUEST_ID_HEADER,
  SUBGRAPH_SECRET_HEADER,
} from "@pole/subgraph-kit";
import { fetchPaths, onFetchPaths } from "./fetch-paths";
import { idempotencyKeyForFetch } from "./idempotency";
import { CLIENT_EXTENSION_KEYS } from "./format-gateway-error";
import type { GatewayContext } from "./gateway-context";
import { observeFetch } from "./subgraph-fetch-observer";
import { responseTooLarge, type ResponseBudget } from "./response-size";
import type { SubgraphFetcher, SubgraphFetchResponse } from "./subgraph-transport";

export type { SubgraphFetcher } from "./subgraph-transport";

/** Deadlines and size limits of the link between the gateway and its subgraphs. */
export interface SubgraphLinkLimits {
  /** Longest wait for one subgraph fetch, answer body included. */
  subgraphTimeoutMs: number;
  /** Longest time one client request may spend on subgraph fetches, from its start. */
  requestTimeoutMs: number;
  /** Largest number of bytes all subgraph answers of one client request, and the answer to it, may take. */
  maxResponseBytes: number;
}

export const DEFAULT_LINK_LIMITS: SubgraphLinkLimits = {
  subgraphTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  maxResponseBytes: 5_000_000,
};

/** Error codes a subgraph raises for its client on purpose: they reach the client with their message. */
const CLIENT_ERROR_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "SERVICE_UNAVAILABLE",
]);

/** What a subgraph answers when the gateway's secret is not the one it expects (the kit's requireSecret). */
const SECRET_REFUSED = "This service answers the gateway only.";

/** The paths a fetch's answer would have filled (see fetchPaths), computed when an error needs them. */
type FetchPaths = () => (string | number)[][];

/** SERVICE_UNAVAILABLE in the client's language on every path the failed fetch would have filled (see fetchPaths). */
const unavailable = (
  paths: FetchPaths,
  why: "service.subgraphUnavailable" | "service.subgraphTimeout" = "service.subgraphUnavailable",
): GraphQLFormattedError[] =>
  onFetchPaths({ message: message(why), extensions: { code: "SERVICE_UNAVAILABLE" } }, paths());

/** What a subgraph says of an error it masked, in either language. */
const INTERNAL_ERROR_MESSAGES = new Set([
  MESSAGES["service.internalError"].en({}),
  MESSAGES["service.internalError"].fr({}),
]);

/** A subgraph's error as the client may see it: its message, path and the client-facing extensions. */
function clientError(error: SubgraphError): GraphQLFormattedError {
  const extensions = Object.fromEntries(
    CLIENT_EXTENSION_KEYS.filter((key) => error.extensions?.[key] !== undefined).map((key) => [
      key,
      error.extensions![key],
    ]),
  );
  return {
    message: typeof error.message === "string" ? error.message : "Invalid request.",
    ...(Array.isArray(error.path) ? { path: error.path } : {}),
    extensions,
  };
}

interface SubgraphError {
  message?: unknown;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

interface SubgraphBody {
  data?: Record<string, unknown> | null;
  errors?: SubgraphError[];
  extensions?: Record<string, unknown>;
}

const isClientError = (error: SubgraphError) =>
  typeof error?.extensions?.code === "string" && CLIENT_ERROR_CODES.has(error.extensions.code);

/**
 * A literal the gateway could not check: its schema knows the custom scalars (LocalDate, DateTimeISO…) by
 * name only, so `from: "garbage"` passes the gateway and fails the subgraph's validation (HTTP 400,
 * GRAPHQL_VALIDATION_FAILED, the scalar's own message). The gateway validated everything else against the
 * supergraph, so that is the client's input, not the link failing.
 */
const isBadLiteral = (error: SubgraphError) =>
  error?.extensions?.code === "GRAPHQL_VALIDATION_FAILED" && typeof error.message === "string";

/** Why a fetch gave up: the subgraph's deadline, the request's, the byte budget, or the network. */
type Failure =
  { kind: "timeout"; detail: string } | { kind: "tooLarge" } | { kind: "unavailable"; detail: string };

class LinkFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.kind === "tooLarge" ? "answer too large" : failure.detail);
  }
}

/** `max-age`, `public` and `private` of a Cache-Control header. */
function cacheHintOf(header: string | null): { maxAge: number; scope?: "PUBLIC" | "PRIVATE" } {
  const directives = new Map(
    (header ?? "")
      .split(",")
      .map((part) => part.trim().toLowerCase().split("="))
      .filter(([name]) => name)
      .map(([name, value]) => [name, value] as const),
  );
  const maxAge = directives.get("max-age");
  return {
    maxAge: maxAge && /^\d+$/.test(maxAge) ? Number(maxAge) : 0,
    ...(directives.has("private") ? { scope: "PRIVATE" as const } : {}),
    ...(directives.has("public") ? { scope: "PUBLIC" as const } : {}),
  };
}

/**
 * A subgraph as the gateway calls it (`fetcher`: undiciTransport's in the gateway server): with the secret that subgraph shares with the gateway,
 * the caller's Accept-Language, the caller's bearer token (subgraphs verify it again: they never trust the gateway's word about who is
 * calling) and the caller's address, for per-client limits. Every fetch has a deadline (its own and the
 * client request's); the answers of one client request share a byte budget. Whatever fails, the client
 * learns only a stable code: the subgraph's own client errors (bad input, an expired token…) pass with
 * their message; a refused secret, a 403 or 5xx, a body that is not GraphQL JSON, a connection failure
 * become SERVICE_UNAVAILABLE, and the details (subgraph, status, URL) go to the gateway's log, one line.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly name: string;
  private readonly url: string;
  private readonly secret?: string;
  private readonly fetcher: SubgraphFetcher;
  private readonly timeoutMs: number;

  constructor(options: {
    name: string;
    url: string;
    secret?: string;
    /** Global fetch when not given (the gateway server passes undiciTransport's). */
    fetcher?: SubgraphFetcher;
    subgraphTimeoutMs?: number;
  }) {
    this.name = options.name;
    this.url = options.url;
    this.secret = options.secret;
    this.fetcher = options.fetcher ?? ((input, init) => fetch(input, init));
    this.timeoutMs = options.subgraphTimeoutMs ?? DEFAULT_LINK_LIMITS.subgraphTimeoutMs;
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const record = "incomingRequestContext" in options ? options.context.requestRecord : undefined;
    return observeFetch(this.name, record, () => this.fetchAndAnswer(options));
  }

  private async fetchAndAnswer(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    // A client's operation (not one of the gateway's own health checks or schema loads).
    const incoming = "incomingRequestContext" in options;
    const context: Partial<GatewayContext> = incoming ? options.context : {};
    const policy: unknown = incoming ? options.incomingRequestContext.overallCachePolicy : undefined;
    const restrictCache = (hint: { maxAge: number; scope?: "PUBLIC" | "PRIVATE" }) => {
      if (
        policy &&
        typeof policy === "object" &&
        "restrict" in policy &&
        typeof policy.restrict === "function"
      ) {
        policy.restrict(hint);
      }
    };
    const budget = context.responseBudget;
    // Read from the fetch's document only when it fails: a successful fetch never needs them.
    const paths: FetchPaths = () => fetchPaths(options);
    try {
      const { status, headers, body } = await this.fetchJson(options, context);
      if (status >= 200 && status < 300) {
        restrictCache(cacheHintOf(headers.get("cache-control")));
        return this.answer(body, paths);
      }
      restrictCache({ maxAge: 0 });
      return { errors: this.refusal(status, body, context, paths) };
    } catch (error) {
      restrictCache({ maxAge: 0 });
      const failure: Failure =
        error instanceof LinkFailure
          ? error.failure
          : { kind: "unavailable", detail: error instanceof Error ? error.message : String(error) };
      if (failure.kind === "tooLarge" && budget) return { errors: [responseTooLarge(budget)] };
      this.log(failure.kind === "tooLarge" ? "answer too large" : failure.detail);
      return {
        errors: unavailable(paths, failure.kind === "timeout" ? "service.subgraphTimeout" : undefined),
      };
    }
  }

  /** POSTs the request and reads the answer within the deadlines and the byte budget. */
  private async fetchJson(
    { request }: GraphQLDataSourceProcessOptions<GatewayContext>,
    context: Partial<GatewayContext>,
  ): Promise<{ status: number; headers: SubgraphFetchResponse["headers"]; body: SubgraphBody | undefined }> {
    const { deadline, responseBudget: budget } = context;
    if (deadline?.aborted) throw new LinkFailure({ kind: "timeout", detail: "request deadline passed" });
    if (budget && budget.used > budget.maximum) throw new LinkFailure({ kind: "tooLarge" });
    if (!request.query) throw new LinkFailure({ kind: "unavailable", detail: "no query to send" });

    // Lower-case names, so each `headers[name] =` replaces what the plan's headers had under that name.
    const headers: Record<string, string> = {};
    for (const [name, value] of request.http?.headers ?? []) {
      const key = name.toLowerCase();
      headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
    }
    headers["content-type"] = "application/json";
    headers.accept = "application/graphql-response+json, application/json";
    if (this.secret) headers[SUBGRAPH_SECRET_HEADER] = this.secret;
    if (context.authorization) headers.authorization = context.authorization;
    // The subgraph answers in the client's language (its messages and field errors).
    if (context.acceptLanguage) headers["accept-language"] = context.acceptLanguage;
    // Set, never passed through: the client cannot choose the address subgraphs see.
    if (context.clientIp) headers[CLIENT_IP_HEADER] = context.clientIp;
    else delete headers[CLIENT_IP_HEADER];
    const idempotencyKey = idempotencyKeyForFetch(context.idempotency, this.name, request.query);
    if (idempotencyKey) headers[IDEMPOTENCY_KEY_HEADER] = idempotencyKey;
    // The client request's id, so the subgraph's log line can be found from the gateway's.
    if (context.requestRecord) headers[REQUEST_ID_HEADER] = context.requestRecord.requestId;

    const ownDeadline = AbortSignal.timeout(this.timeoutMs);
    const overBudget = new AbortController();
    const signal = AbortSignal.any([ownDeadline, overBudget.signal, ...(deadline ? [deadline] : [])]);
    const why = (error: unknown): LinkFailure => {
      if (overBudget.signal.aborted) return new LinkFailure({ kind: "tooLarge" });
      if (deadline?.aborted) return new LinkFailure({ kind: "timeout", detail: "request deadline passed" });
      if (ownDeadline.aborted) {
        return new LinkFailure({ kind: "timeout", detail: `no answer within ${this.timeoutMs} ms` });
      }
      const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
      const detail = error instanceof Error ? error.message : String(error);
      return new LinkFailure({
        kind: "unavailable",
        detail: cause ? `${detail} (${cause.code ?? cause.message})` : detail,
      });
    };

    const { query, variables, operationName, extensions } = request;
    let response: SubgraphFetchResponse;
    try {
      response = await this.fetcher(this.url, {
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables, operationName, extensions }),
        signal,
        redirect: "error",
      });
    } catch (error) {
      throw why(error);
    }

    let text: string;
    try {
      text = await readWithin(response, budget, () => overBudget.abort());
    } catch (error) {
      throw why(error);
    }
    const type = response.headers.get("content-type") ?? "";
    let body: SubgraphBody | undefined;
    if (/\bjson\b/i.test(type)) {
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) body = parsed as SubgraphBody;
      } catch {
        // not JSON after all: handled below
      }
    }
    if (!body && response.status >= 200 && response.status < 300) {
      throw new LinkFailure({
        kind: "unavailable",
        detail: `HTTP ${response.status}, not a GraphQL JSON answer (${type || "no content-type"})`,
      });
    }
    return { status: response.status, headers: response.headers, body };
  }

  /** A 2xx answer: data as is; the subgraph's client errors pass, any other error is internal. */
  private answer(body: SubgraphBody | undefined, paths: FetchPaths) {
    if (!body || !("data" in body || Array.isArray(body.errors))) {
      this.log("HTTP 2xx without data or errors");
      return { errors: unavailable(paths) };
    }
    const errors = Array.isArray(body.errors)
      ? body.errors.map((error): GraphQLFormattedError => {
          if (isClientError(error)) return clientError(error);
          if (!INTERNAL_ERROR_MESSAGES.has(String(error?.message))) {
            this.log(`error ${JSON.stringify(error?.extensions?.code ?? null)}: ${String(error?.message)}`);
          }
          return {
            message: message("service.internalError"),
            ...(Array.isArray(error?.path) ? { path: error.path } : {}),
            extensions: { code: "INTERNAL_SERVER_ERROR" },
          };
        })
      : undefined;
    return {
      data: body.data ?? null,
      ...(errors && errors.length > 0 ? { errors } : {}),
      ...(body.extensions ? { extensions: body.extensions } : {}),
    };
  }

  /**
   * A non-2xx answer. The subgraph refusing the request for its client (HTTP 400 on a variable or literal
   * that does not parse, 401 on a token that expired since the gateway checked it, 429…) gives the client
   * those errors; a refused secret, 403, 5xx or anything else is this gateway's problem: SERVICE_UNAVAILABLE.
   */
  private refusal(
    status: number,
    body: SubgraphBody | undefined,
    context: Partial<GatewayContext>,
    paths: FetchPaths,
  ): GraphQLFormattedError[] {
    const errors = Array.isArray(body?.errors) ? body.errors : [];
    const forTheClient =
      status >= 400 &&
      status < 500 &&
      status !== 403 &&
      errors.length > 0 &&
      errors.every(isClientError) &&
      // No token sent, yet UNAUTHENTICATED: the subgraph refused the gateway itself.
      !(status === 401 && (!context.authorization || errors.some((e) => e.message === SECRET_REFUSED)));
    if (forTheClient) return errors.map(clientError);
    if (status === 400 && errors.length > 0 && errors.every(isBadLiteral)) {
      this.log(`HTTP 400, taken as the client's input: ${String(errors[0].message)}`);
      return errors.map((error) => ({
        message: String(error.message),
        extensions: { code: "BAD_USER_INPUT" },
      }));
    }
    const first = errors[0];
    this.log(
      `HTTP ${status}${first ? `: ${JSON.stringify(first.extensions?.code ?? null)} ${String(first.message)}` : ""}`,
    );
    return unavailable(paths);
  }

  private log(detail: string): void {
    logLine("gateway", `subgraph ${this.name} at ${this.url}: ${detail.replace(/\s+/g, " ").slice(0, 500)}`);
  }
}

/**
 * The body as text, counting its bytes against the request's budget; past it, `abort` cancels the fetch
 * (the rest is never read).
 */
async function readWithin(
  response: SubgraphFetchResponse,
  budget: ResponseBudget | undefined,
  abort: () => void,
): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  if (budget && Number.isFinite(declared) && budget.used + declared > budget.maximum) {
    budget.used += declared;
    abort();
    throw new Error("answer larger than the budget");
  }
  if (!response.body) return "";
  const chunks: Uint8Array[] = [];
  // Leaving the loop early (throw) stops the body's stream; abort() cancels the fetch itself.
  for await (const value of response.body) {
    chunks.push(value);
    if (budget) {
      budget.used += value.byteLength;
      if (budget.used > budget.maximum) {
        abort();
        throw new Error("answer larger than the budget");
      }
    }
  }
  return Buffer.concat(chunks).toString("utf8");
}
