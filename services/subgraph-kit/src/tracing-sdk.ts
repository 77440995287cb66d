// The OpenTelemetry SDK of a service whose traces are exported; loaded by tracing.ts only then.
import type { IncomingMessage } from "node:http";
import { ExpressInstrumentation, ExpressLayerType } from "@opentelemetry/instrumentation-express";
import { GraphQLInstrumentation } from "@opentelemetry/instrumentation-graphql";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import { UndiciInstrumentation } from "@opentelemetry/instrumentation-undici";
import { NodeSDK } from "@opentelemetry/sdk-node";
import { ParentBasedSampler, SamplingDecision, type Sampler } from "@opentelemetry/sdk-trace";
import type { Context, TextMapGetter, TextMapPropagator, TextMapSetter } from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { onShutdown } from "./run-service";
import type { TracingOptions } from "./tracing";

/** Probes and scrapes, polled all day: traced, they would bury the requests worth looking at. */
const PROBE_PATHS = /^\/(health|ready|metrics)(\/|\?|$)/;

/** Longest wait for the last spans to leave at shutdown: a collector that is down must not hold it up. */
const FLUSH_AT_SHUTDOWN_MS = 3000;

/** Stands for a query string in span attributes. */
const REDACTED = "REDACTED";

/**
 * Samples every request (and follows the caller's `traceparent` decision), but not the GraphQL work done
 * outside one: building the schema at start-up parses dozens of SDL documents, each a trace of its own.
 */
const requestsOnly: Sampler = new ParentBasedSampler({
  root: {
    shouldSample: (_context, _traceId, spanName) => ({
      decision: spanName.startsWith("graphql.")
        ? SamplingDecision.NOT_RECORD
        : SamplingDecision.RECORD_AND_SAMPLED,
    }),
    toString: () => "RequestsOnly",
  },
});

/** W3C trace context sent on outgoing requests, never read from incoming ones. */
class SendOnlyTraceContext implements TextMapPropagator {
  private readonly w3c = new W3CTraceContextPropagator();
  inject(context: Context, carrier: unknown, setter: TextMapSetter): void {
    this.w3c.inject(context, carrier, setter);
  }
  extract(context: Context, _carrier: unknown, _getter: TextMapGetter): Context {
    return context;
  }
  fields(): string[] {
    return this.w3c.fields();
  }
}

/**
 * Starts the SDK: spans of HTTP (incoming, and outgoing through Node's fetch: the gateway's subgraph
 * fetches), Express, GraphQL (parse, validate, execute, non-trivial resolvers) and PostgreSQL queries,
 * exported over OTLP as the OTEL_* variables say (endpoint, protocol, headers, batching), W3C traceparent
 * propagated. Only traces: no OpenTelemetry metrics or logs. No value a client sent is recorded: no
 * headers, no query strings (a GraphQL GET carries its document and variables there), no GraphQL
 * literals or variables, no SQL parameters.
 */
export function startTracingSdk(
  serviceName: string,
  { followCallerContext = true }: TracingOptions = {},
): NodeSDK {
  const sdk = new NodeSDK({
    serviceName,
    ...(followCallerContext ? {} : { textMapPropagator: new SendOnlyTraceContext() }),
    sampler: requestsOnly,
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => PROBE_PATHS.test(request.url ?? ""),
        startIncomingSpanHook: (request: IncomingMessage) =>
          request.url?.includes("?") ? { "url.query": REDACTED } : {},
        // Outgoing requests of this code go through fetch (undici, below); the exporter's own are skipped.
        disableOutgoingRequestInstrumentation: true,
      }),
      // The route names the HTTP span; a span per middleware (CORS, body parser…) would be noise.
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
      new UndiciInstrumentation({
        // The gateway's readiness checks and other background calls start no trace of their own.
        requireParentforSpans: true,
        startSpanHook: (request) => {
          const url = new URL(request.path, request.origin);
          return url.search ? { "url.full": `${url.origin}${url.pathname}`, "url.query": REDACTED } : {};
        },
      }),
      new PgInstrumentation({
        // Migrations and pool upkeep outside a request start no trace; statements are kept, values never.
        requireParentSpan: true,
        enhancedDatabaseReporting: false,
      }),
      new GraphQLInstrumentation({
        allowValues: false,
        // A span per resolver that does work, one per field of a list rather than per item.
        ignoreTrivialResolveSpans: true,
        mergeItems: true,
      }),
    ],
  });
  sdk.start();
  onShutdown(() =>
    Promise.race([
      sdk.shutdown(),
      new Promise<void>((done) => setTimeout(done, FLUSH_AT_SHUTDOWN_MS).unref()),
    ]),
  );
  return sdk;
}
