import express, { type RequestHandler } from "express";
import { createHash, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import { z } from "zod";
import { listen, type RunningHttpServer } from "./listen";
import { metricsRegistry } from "./metrics";

/** METRICS_PORT: when set, /metrics is served on that port only (same HOST), not on the main one. */
export const metricsPortVar = z.coerce.number().int().min(1).max(65535).optional();
/** METRICS_TOKEN (gateway): the bearer token /metrics asks for on the main port. */
export const metricsTokenVar = z.string().min(32, "must be at least 32 characters").optional();

/** Where and to whom a service serves /metrics. */
export interface MetricsSettings {
  /** Serve /metrics on this port only (0: a free port, tests), with no other check: keep it private. */
  port?: number;
  /**
   * Who may read /metrics on the main port when `port` is unset: `open` (development), a header that must
   * carry a secret (a subgraph's `x-pole-subgraph-secret`), a bearer token (the gateway's METRICS_TOKEN),
   * or nobody (404: a production gateway with neither METRICS_PORT nor METRICS_TOKEN).
   */
  mainPort:
    | { kind: "open" }
    | { kind: "header"; name: string; secret: string }
    | { kind: "bearer"; token: string }
    | { kind: "closed" };
}

/** Answers the process's metrics in Prometheus's text format. */
export const metricsHandler: RequestHandler = async (_req, res, next) => {
  try {
    const registry = metricsRegistry();
    res.setHeader("content-type", registry.contentType);
    res.setHeader("cache-control", "no-store");
    res.send(await registry.metrics());
  } catch (error) {
    next(error);
  }
};

const digest = (value: string) => createHash("sha256").update(value).digest();

/** A request handler that lets through requests whose `read(req)` equals `expected` (constant time). */
function requireValue(expected: string, read: (req: express.Request) => unknown): RequestHandler {
  const wanted = digest(expected);
  return (req, res, next) => {
    const given = read(req);
    if (timingSafeEqual(digest(typeof given === "string" ? given : ""), wanted)) return next();
    res.status(401).setHeader("www-authenticate", "Bearer").type("text/plain").send("unauthorized\n");
  };
}

/**
 * The handlers of `GET /metrics` on the main port, or none when it is not served there (METRICS_PORT set,
 * or closed): the route is then simply absent (404).
 */
export function mainPortMetricsHandlers(settings: MetricsSettings): RequestHandler[] | undefined {
  if (settings.port !== undefined) return undefined;
  const access = settings.mainPort;
  switch (access.kind) {
    case "closed":
      return undefined;
    case "open":
      return [metricsHandler];
    case "header":
      return [requireValue(access.secret, (req) => req.headers[access.name]), metricsHandler];
    case "bearer":
      return [requireValue(`Bearer ${access.token}`, (req) => req.headers.authorization), metricsHandler];
  }
}

/** Serves `GET /metrics` alone on `settings.port`, when set (closed by the result's `close`). */
export async function listenForMetrics(
  settings: MetricsSettings | undefined,
  host: string,
): Promise<RunningHttpServer | undefined> {
  if (settings?.port === undefined) return undefined;
  const app = express();
  app.disable("x-powered-by");
  app.get("/metrics", metricsHandler);
  return listen(createServer(app), settings.port, host, "METRICS_PORT");
}
