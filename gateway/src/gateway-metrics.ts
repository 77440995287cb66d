import { logLine, type MetricsSettings } from "@pole/subgraph-kit";

/** What the gateway's environment says of /metrics (METRICS_PORT, METRICS_TOKEN, NODE_ENV). */
export interface GatewayMetricsOptions {
  /** METRICS_PORT: /metrics on this port only. */
  port?: number;
  /** METRICS_TOKEN: on the main port, /metrics asks for `Authorization: Bearer <token>`. */
  token?: string;
  /** In production the main port never serves /metrics openly. */
  production?: boolean;
}

/**
 * Where the gateway serves /metrics: on METRICS_PORT only when it is set; else on the main port with the
 * bearer token when METRICS_TOKEN is set; else openly in development, and not at all in production (404,
 * said once at start-up), since the main port faces the internet.
 */
export function gatewayMetricsSettings(options: GatewayMetricsOptions = {}): MetricsSettings {
  if (options.port !== undefined) return { port: options.port, mainPort: { kind: "closed" } };
  if (options.token) return { mainPort: { kind: "bearer", token: options.token } };
  if (options.production) {
    logLine("gateway", "/metrics is not served: set METRICS_PORT or METRICS_TOKEN to expose it");
    return { mainPort: { kind: "closed" } };
  }
  return { mainPort: { kind: "open" } };
}
