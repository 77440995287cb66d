import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

/** Latency buckets in seconds, from a cached answer (5 ms) to the gateway's request deadline (30 s). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The series the Pôle's services expose on /metrics, besides prom-client's process metrics and the
 * database's (database-metrics.ts, subgraphs only).
 */
export interface ServiceMetrics {
  /** GraphQL requests by operation (see `operationLabel`) and outcome (`ok` or the first error code). */
  requests: Counter<"operation" | "outcome">;
  requestDuration: Histogram<"operation">;
  /** The gateway's subgraph fetches: their latency, and those that failed (the code given to the client). */
  fetchDuration: Histogram<"subgraph">;
  fetchErrors: Counter<"subgraph" | "code">;
  /** Operations refused with OPERATION_TOO_COMPLEX, by the limit they were over. */
  limitRefusals: Counter<"limit">;
  /** Requests or submissions refused by a rate limiter, by limiter name (ip, token, partner, contribution). */
  rateLimitRefusals: Counter<"limit">;
}

let registry: Registry | undefined;
let serviceMetrics: ServiceMetrics | undefined;

/** The process's registry (one per process, as Prometheus scrapes one process per target). */
export function metricsRegistry(): Registry {
  if (!registry) {
    registry = new Registry();
    collectDefaultMetrics({ register: registry });
  }
  return registry;
}

/** The process's metrics, registered on first use. */
export function metrics(): ServiceMetrics {
  if (serviceMetrics) return serviceMetrics;
  const registers = [metricsRegistry()];
  serviceMetrics = {
    requests: new Counter({
      name: "pole_graphql_requests_total",
      help: "GraphQL requests by operation name and outcome (ok, or the first error code of the answer)",
      labelNames: ["operation", "outcome"],
      registers,
    }),
    requestDuration: new Histogram({
      name: "pole_graphql_request_duration_seconds",
      help: "Time from a GraphQL request's arrival to the end of its answer",
      labelNames: ["operation"],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    fetchDuration: new Histogram({
      name: "pole_subgraph_fetch_duration_seconds",
      help: "Time of one gateway fetch to a subgraph, answer body included",
      labelNames: ["subgraph"],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    fetchErrors: new Counter({
      name: "pole_subgraph_fetch_errors_total",
      help: "Subgraph fetches that failed (unreachable, timed out, 5xx, internal error), by subgraph and code",
      labelNames: ["subgraph", "code"],
      registers,
    }),
    limitRefusals: new Counter({
      name: "pole_operation_limit_refusals_total",
      help: "Operations refused with OPERATION_TOO_COMPLEX, by limit (depth, cost, tokens…)",
      labelNames: ["limit"],
      registers,
    }),
    rateLimitRefusals: new Counter({
      name: "pole_rate_limit_refusals_total",
      help: "Requests refused by a rate limiter, by limiter (ip, token, partner, contribution)",
      labelNames: ["limit"],
      registers,
    }),
  };
  return serviceMetrics;
}

/** How many distinct operation names get a label of their own in one process; later ones are "other". */
export const MAX_OPERATION_LABELS = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
const operationLabels = new Set<string>();

/**
 * The `operation` label of a client-chosen operation name, bounded so a hostile client cannot create
 * series without end: "anonymous" without a name, "other" for a name that is not a plain GraphQL name
 * ([A-Za-z0-9_], 100 characters at most) or that comes after MAX_OPERATION_LABELS distinct ones.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  if (!OPERATION_NAME.test(name)) return "other";
  if (operationLabels.has(name)) return name;
  if (operationLabels.size >= MAX_OPERATION_LABELS) return "other";
  operationLabels.add(name);
  return name;
}

/** The `outcome` label: `ok`, or the first error code when it looks like one (else ERROR). */
export function outcomeLabel(codes: readonly string[]): string {
  if (codes.length === 0) return "ok";
  return /^[A-Z][A-Z0-9_]{0,39}$/.test(codes[0]) ? codes[0] : "ERROR";
}
