import { createServer, type AddressInfo, type Socket } from "node:net";
import { connectUpstream, trackIn } from "./tcp-proxy";

/** A TCP proxy on 127.0.0.1 that loses answers: see `startResettingProxy`. */
export interface ResettingProxy {
  port: number;
  /** How many connections it reset so far. */
  readonly resets: number;
  close(): Promise<void>;
}

/**
 * Forwards every connection to `targetHost:targetPort`, but resets the first `resets` connections (TCP RST)
 * the moment their answer starts to come back: the request reached the server and was handled, the client
 * only sees its connection reset — the case where a client cannot know whether its write was applied.
 * Later connections pass untouched.
 */
export async function startResettingProxy(
  targetHost: string,
  targetPort: number,
  resets: number,
): Promise<ResettingProxy> {
  let remaining = resets;
  let done = 0;
  const sockets = new Set<Socket>();
  const track = trackIn(sockets);
  const server = createServer((client) => {
    const upstream = connectUpstream(client, targetHost, targetPort, track);
    upstream.once("data", (first: Buffer) => {
      if (remaining > 0) {
        remaining -= 1;
        done += 1;
        client.resetAndDestroy();
        upstream.destroy();
        return;
      }
      client.write(first);
      upstream.pipe(client);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    get resets() {
      return done;
    },
    close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      return closed;
    },
  };
}
