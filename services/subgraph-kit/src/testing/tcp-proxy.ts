import { createServer, connect, type Server, type Socket, type AddressInfo } from "node:net";

/** A TCP proxy on 127.0.0.1 that a test can cut (`close`) and restore (`open`) on the same port. */
export interface TcpProxy {
  /** The port it listens on (the same after `close` and `open`). */
  port: number;
  /** Stops listening and destroys every open connection: the target looks down to its clients. */
  close(): Promise<void>;
  /** Listens again on the same port. */
  open(): Promise<void>;
}

/** Keeps each socket given in `sockets` until it closes (a proxy destroys those left when it closes). */
export function trackIn(sockets: Set<Socket>): (socket: Socket) => void {
  return (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  };
}

/**
 * Opens the upstream connection of a proxied `client` to `targetHost:targetPort`, both tracked: an error
 * or a close on either side ends the other; the client's bytes go upstream. Returns the upstream socket:
 * what comes back on it is the caller's to pass on.
 */
export function connectUpstream(
  client: Socket,
  targetHost: string,
  targetPort: number,
  track: (socket: Socket) => void,
): Socket {
  const upstream = connect(targetPort, targetHost);
  track(client);
  track(upstream);
  client.on("error", () => upstream.destroy());
  upstream.on("error", () => client.destroy());
  client.on("close", () => upstream.destroy());
  upstream.on("close", () => client.destroy());
  client.pipe(upstream);
  return upstream;
}

/** Starts a proxy forwarding every connection to `targetHost:targetPort`. */
export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const track = trackIn(sockets);

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = createServer((client) => {
        connectUpstream(client, targetHost, targetPort, track).pipe(client);
      });
      next.once("error", reject);
      next.listen(port, "127.0.0.1", () => {
        next.off("error", reject);
        port = (next.address() as AddressInfo).port;
        server = next;
        resolve();
      });
    });

  await listen();
  return {
    get port() {
      return port;
    },
    async close() {
      const closing = server;
      server = undefined;
      if (!closing) return;
      const closed = new Promise<void>((resolve) => closing.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    async open() {
      if (!server) await listen();
    },
  };
}
