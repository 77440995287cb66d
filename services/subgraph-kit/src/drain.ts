import { Server as NetServer, type Socket } from "node:net";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import { z } from "zod";
import { parseEnv } from "./env";

/** How long a service may take to stop after SIGTERM when SHUTDOWN_GRACE_MS is unset. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

/** SHUTDOWN_GRACE_MS: milliseconds, 0 to 10 minutes. */
export const shutdownGraceVar = z.coerce
  .number()
  .int("must be a whole number of milliseconds")
  .min(0, "must be 0 or more milliseconds")
  .max(600_000, "must be at most 600000 (10 minutes)")
  .default(DEFAULT_SHUTDOWN_GRACE_MS);

/** SHUTDOWN_GRACE_MS of `env`, validated (a ConfigError naming it otherwise). */
export function shutdownGraceMsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return parseEnv(z.object({ SHUTDOWN_GRACE_MS: shutdownGraceVar }), env).SHUTDOWN_GRACE_MS;
}

/**
 * A socket idle this long while draining (counted from the drain's start at the earliest) is closed. Not at
 * once: a keep-alive client may be writing its next request on it at this very moment, and closing under
 * it resets that request; meanwhile a request it sends is answered, with `Connection: close`. Busy sockets
 * are closed by `Connection: close` on their response, which the client reads before reusing them.
 */
const IDLE_LINGER_MS = 500;
const SWEEP_EVERY_MS = 50;

export interface HttpDrainer {
  /** Whether `drain` has been called: /ready then answers 503. */
  readonly draining: boolean;
  /**
   * Stops accepting connections, answers the requests in flight and those already sent on open sockets
   * (with `Connection: close`), closes idle sockets; after `graceMs`, destroys whatever is left.
   * Resolves when no socket is left.
   */
  drain(graceMs: number): Promise<void>;
}

interface SocketState {
  activeRequests: number;
  idleSince: number;
}

/**
 * Graceful shutdown of an HTTP server without connection resets. It replaces Apollo's
 * ApolloServerPluginDrainHttpServer, which ends a keep-alive socket right after its last response
 * without telling the client, which may already be sending its next request on it (ECONNRESET), and
 * Node's `server.close()`, which destroys idle sockets at once with the same race.
 */
export function httpDrainer(server: Server): HttpDrainer {
  const sockets = new Map<Socket, SocketState>();
  const inFlight = new Set<ServerResponse>();
  let draining = false;

  server.on("connection", (socket: Socket) => {
    sockets.set(socket, { activeRequests: 0, idleSince: Date.now() });
    socket.once("close", () => sockets.delete(socket));
  });
  // First of the request listeners, so the header is there before any handler writes its answer.
  server.prependListener("request", (req: IncomingMessage, res: ServerResponse) => {
    const state = sockets.get(req.socket);
    if (state) state.activeRequests += 1;
    if (draining) res.setHeader("connection", "close");
    inFlight.add(res);
    res.once("close", () => {
      inFlight.delete(res);
      if (!state) return;
      state.activeRequests -= 1;
      state.idleSince = Date.now();
    });
  });

  return {
    get draining() {
      return draining;
    },
    drain(graceMs) {
      draining = true;
      // Answers not begun yet tell their client too; one already streaming leaves an idle socket behind.
      for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
      // net.Server's close: stops listening but, unlike http.Server's, leaves idle sockets to us.
      const listening = new Promise<void>((done) => {
        if (!server.listening) return done();
        NetServer.prototype.close.call(server, () => done());
      });
      const startedAt = Date.now();
      const deadline = startedAt + graceMs;
      return new Promise<void>((resolve) => {
        const sweep = () => {
          const now = Date.now();
          for (const [socket, state] of sockets) {
            if (now >= deadline) socket.destroy();
            else if (
              state.activeRequests === 0 &&
              now - Math.max(state.idleSince, startedAt) >= IDLE_LINGER_MS
            )
              socket.end();
          }
          if (sockets.size === 0 || now >= deadline) {
            clearInterval(timer);
            void listening.then(resolve);
          }
        };
        const timer = setInterval(sweep, SWEEP_EVERY_MS);
        sweep();
      });
    },
  };
}

/** Answers 503 `{ status: "draining" }` while `isDraining()`, else passes on (in front of /ready). */
export function notWhileDraining(service: string, isDraining: () => boolean): RequestHandler {
  return (_req, res, next) => {
    if (!isDraining()) return next();
    res.set("cache-control", "no-store");
    res.status(503).json({ status: "draining", service });
  };
}
