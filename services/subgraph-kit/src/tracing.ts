// Loaded first by each service's main (through its start-tracing.ts), before http, express, pg and graphql:
// auto-instrumentation patches a module only when it is loaded after the SDK started. So this file
// imports nothing that loads them (zod and the kit's env parsing only), and the SDK itself (tracing-sdk.ts)
// is loaded only when traces are exported.
import { z } from "zod";
import { ConfigError } from "./config-error";
import { httpUrlVar, parseEnv } from "./env";
import { logLine } from "./run-service";

/** The OTLP protocols the SDK exports with (OTEL_EXPORTER_OTLP_PROTOCOL). */
export const OTLP_PROTOCOLS = ["http/protobuf", "http/json", "grpc"] as const;

/** How a process exports its spans; tracing is off (no SDK at all) when there is nothing to export to. */
export interface TracingSettings {
  /** `service.name` of every span: OTEL_SERVICE_NAME, else the service's own name. */
  serviceName: string;
  /** Where spans go, for the log line (the SDK itself reads the OTEL_* variables). */
  endpoint: string;
  protocol: (typeof OTLP_PROTOCOLS)[number];
}

const protocolVar = z.enum(OTLP_PROTOCOLS, { message: `must be one of ${OTLP_PROTOCOLS.join(", ")}` });

/**
 * Reads the standard OpenTelemetry variables: spans are exported (OTLP) only when
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT or OTEL_EXPORTER_OTLP_ENDPOINT is set, and neither
 * OTEL_SDK_DISABLED=true nor OTEL_TRACES_EXPORTER=none says otherwise. Every bad value is listed.
 */
export function tracingSettingsFromEnv(
  service: string,
  env: NodeJS.ProcessEnv = process.env,
): TracingSettings | undefined {
  const parsed = parseEnv(
    z.object({
      OTEL_EXPORTER_OTLP_ENDPOINT: httpUrlVar.optional(),
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrlVar.optional(),
      OTEL_EXPORTER_OTLP_PROTOCOL: protocolVar.optional(),
      OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: protocolVar.optional(),
      OTEL_SDK_DISABLED: z.enum(["true", "false"]).default("false"),
      OTEL_TRACES_EXPORTER: z.enum(["otlp", "none"]).default("otlp"),
      OTEL_SERVICE_NAME: z.string().min(1).optional(),
    }),
    env,
  );
  const endpoint = parsed.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? parsed.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint || parsed.OTEL_SDK_DISABLED === "true" || parsed.OTEL_TRACES_EXPORTER === "none") {
    return undefined;
  }
  return {
    serviceName: parsed.OTEL_SERVICE_NAME ?? service,
    endpoint,
    protocol:
      parsed.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? parsed.OTEL_EXPORTER_OTLP_PROTOCOL ?? "http/protobuf",
  };
}

/** How a service joins traces. */
export interface TracingOptions {
  /**
   * Whether a caller's `traceparent` is followed (default true: the subgraphs follow the gateway's). The
   * gateway, facing the public, starts every trace itself, so a client can neither pick trace ids nor
   * switch tracing off for its requests with an unsampled context.
   */
  followCallerContext?: boolean;
}

/**
 * Starts the OpenTelemetry SDK for `service` when traces are to be exported (see tracingSettingsFromEnv);
 * otherwise does nothing, so the API stays a no-op. A bad variable stops the process with a clear message.
 * Returns whether tracing is on.
 */
export function startTracing(service: string, options: TracingOptions = {}): boolean {
  let settings: TracingSettings | undefined;
  try {
    settings = tracingSettingsFromEnv(service);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    logLine(service, error.message);
    process.exit(1);
  }
  if (!settings) return false;
  // Loaded here, synchronously, so that the SDK costs nothing (not even loading) when tracing is off and
  // is running before the service's own imports that follow this module's.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTracingSdk } = require("./tracing-sdk") as typeof import("./tracing-sdk");
  startTracingSdk(settings.serviceName, options);
  // The origin only: a collector URL may carry credentials.
  logLine(service, `traces exported to ${new URL(settings.endpoint).origin} (${settings.protocol})`);
  return true;
}
