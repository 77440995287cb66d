// Imported first by main.ts: the OpenTelemetry SDK (when traces are exported) must start before http,
// express, pg and graphql are loaded, or they go untraced.
import { startTracing } from "@pole/subgraph-kit/tracing";

// Facing the public, it starts every trace itself: a client's traceparent is not followed.
startTracing("gateway", { followCallerContext: false });
