import type { GraphQLFormattedError } from "graphql";
import { metrics, type RequestRecord } from "@pole/subgraph-kit";

/** Codes a fetch's result carries when the fetch itself failed (the link, the subgraph), not the client. */
const FETCH_FAILURE_CODES = new Set([
  "SERVICE_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
  "OPERATION_TOO_COMPLEX",
]);

/**
 * Runs one subgraph fetch and observes it: its duration in `pole_subgraph_fetch_duration_seconds`, a
 * failure (SERVICE_UNAVAILABLE, INTERNAL_SERVER_ERROR, the answer budget's OPERATION_TOO_COMPLEX) in
 * `pole_subgraph_fetch_errors_total`, and both in the client request's record (its log line).
 */
export async function observeFetch<T extends { errors?: readonly GraphQLFormattedError[] }>(
  subgraph: string,
  record: RequestRecord | undefined,
  fetch: () => Promise<T>,
): Promise<T> {
  const started = process.hrtime.bigint();
  const result = await fetch();
  const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
  const failure = result.errors
    ?.map((error) => error.extensions?.code)
    .find((code): code is string => typeof code === "string" && FETCH_FAILURE_CODES.has(code));
  metrics().fetchDuration.observe({ subgraph }, durationMs / 1000);
  if (failure) metrics().fetchErrors.inc({ subgraph, code: failure });
  record?.fetches.push({ subgraph, durationMs: Math.round(durationMs * 10) / 10, outcome: failure ?? "ok" });
  return result;
}
