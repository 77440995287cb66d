import { createServer, type Server, type RequestListener } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { httpDrainer } from "./drain";
import { ConfigError } from "./errors";

export interface RunningHttpServer {
  server: Server;
  /** Base URL such as http://127.0.0.1:4001 */
  origin: string;
  port: number;
  /** Closes at once, open connections included (tests); services stop with `drain`. */
  close(): Promise<void>;
  /** Whether `drain` has begun (/ready answers 503 then). */
  isDraining(): boolean;
  /** Stops without resetting a connection: see `httpDrainer`. */
  drain(graceMs: number): Promise<void>;
}

/**
 * Listens on host:port. A port already in use is a configuration problem of `portVariable`, reported
 * as such instead of an unhandled EADDRINUSE.
 */
export function listen(
  handler: RequestListener | Server,
  port: number,
  host: string,
  portVariable: string,
): Promise<RunningHttpServer> {
  const server = typeof handler === "function" ? createServer(handler) : handler;
  // Keep idle connections open longer than clients do (the gateway's pool lets them go sooner), so a
  // client never sends on a socket the server is closing at the same moment (ECONNRESET).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const drainer = httpDrainer(server);
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE")
        reject(new ConfigError([`${portVariable}: port ${port} on ${host} is already in use`]));
      else if (error.code === "EADDRNOTAVAIL")
        reject(new ConfigError([`HOST: ${host} is not an address of this machine`]));
      else reject(error);
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      const actual = (server.address() as AddressInfo).port;
      resolve({
        server,
        port: actual,
        origin: `http://${host.includes(":") ? `[${host}]` : host}:${actual}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
        isDraining: () => drainer.draining,
        drain: (graceMs) => drainer.drain(graceMs),
      });
    });
  });
}

/** Whether something accepts TCP connections on host:port. */
export function isPortInUse(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}
