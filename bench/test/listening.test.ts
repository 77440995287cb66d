import { createServer, type Server } from "node:net";
import { listeningInodes, pidListeningOn } from "../src/listening";

// /proc/net/tcp as the kernel writes it: 127.0.0.1:4000 (0FA0) listening, an established connection to it.
const PROC_NET_TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:0FA0 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 123456 1 0000000000000000 100 0 0 10 0
   1: 0100007F:0FA0 0100007F:D2F4 01 00000000:00000000 00:00000000 00000000     0        0 123457 1 0000000000000000 20 4 30 10 -1
   2: 0100007F:0FA1 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 123458 1 0000000000000000 100 0 0 10 0
`;

describe("listeningInodes", () => {
  it("finds the socket listening on a port, not the connections to it nor other ports", () => {
    expect(listeningInodes(PROC_NET_TCP, 4000)).toEqual(["123456"]);
    expect(listeningInodes(PROC_NET_TCP, 4001)).toEqual(["123458"]);
    expect(listeningInodes(PROC_NET_TCP, 4002)).toEqual([]);
  });
});

describe("pidListeningOn", () => {
  let server: Server;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it("names this process for a port it listens on, and nobody once it stopped", async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    expect(pidListeningOn(port)).toBe(process.pid);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(pidListeningOn(port)).toBeUndefined();
  });
});
