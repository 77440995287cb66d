import type { RequestHandler } from "express";

/** What `GET /ready` found: each subgraph by name, "ready" or "unavailable". */
export interface Readiness {
  ready: boolean;
  subgraphs: Record<string, "ready" | "unavailable">;
}

export interface ReadinessOptions {
  /** How long a subgraph's /ready may take before it counts as unavailable. */
  timeoutMs?: number;
  /** How long a probe round's result answers later calls. */
  reuseMs?: number;
}

/** A subgraph's readiness endpoint: its GraphQL URL's origin, path /ready (no secret needed). */
export const readyUrlOf = (graphqlUrl: string): string => new URL("/ready", graphqlUrl).href;

/**
 * Asks every subgraph's /ready, each within `timeoutMs`. At most one probe round is in flight, and its
 * result is reused for `reuseMs`: however often /ready is called, subgraphs see at most about one probe
 * per second, so the endpoint cannot be used to multiply traffic.
 */
export function readinessProbe(
  graphqlUrls: () => ReadonlyMap<string, string>,
  { timeoutMs = 2000, reuseMs = 1000 }: ReadinessOptions = {},
): () => Promise<Readiness> {
  let inFlight: Promise<Readiness> | undefined;
  let last: { at: number; result: Readiness } | undefined;

  const probe = async (url: string): Promise<"ready" | "unavailable"> => {
    try {
      const response = await fetch(readyUrlOf(url), {
        signal: AbortSignal.timeout(timeoutMs),
        redirect: "error",
      });
      await response.body?.cancel().catch(() => undefined);
      return response.status === 200 ? "ready" : "unavailable";
    } catch {
      return "unavailable";
    }
  };
  const round = async (): Promise<Readiness> => {
    const entries = [...graphqlUrls()];
    const states = await Promise.all(entries.map(([, url]) => probe(url)));
    const subgraphs = Object.fromEntries(entries.map(([name], i) => [name, states[i]]));
    return { ready: entries.length > 0 && states.every((state) => state === "ready"), subgraphs };
  };

  return () => {
    if (last && Date.now() - last.at < reuseMs) return Promise.resolve(last.result);
    inFlight ??= round()
      .then((result) => {
        last = { at: Date.now(), result };
        return result;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };
}

/** `GET /ready`: 200 when every subgraph is ready, else 503 naming those that are not (names only). */
export function readyHandler(check: () => Promise<Readiness>): RequestHandler {
  return async (_req, res) => {
    const { ready, subgraphs } = await check();
    res.set("cache-control", "no-store");
    if (ready) {
      res.json({ status: "ready", subgraphs });
      return;
    }
    res.status(503).json({
      status: "unavailable",
      unavailable: Object.keys(subgraphs).filter((name) => subgraphs[name] !== "ready"),
      subgraphs,
    });
  };
}
