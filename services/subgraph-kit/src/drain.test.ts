import { Agent, request } from "node:http";
import { connect } from "node:net";
import { shutdownGraceMsFromEnv } from "./drain";
import { ConfigError } from "./errors";
import { listen, type RunningHttpServer } from "./listen";

describe("SHUTDOWN_GRACE_MS", () => {
  it("defaults to 10 s and reads milliseconds", () => {
    expect(shutdownGraceMsFromEnv({})).toBe(10_000);
    expect(shutdownGraceMsFromEnv({ SHUTDOWN_GRACE_MS: "2500" })).toBe(2500);
  });

  it.each(["ten", "-1", "1.5", "600001"])("refuses %j, naming the variable", (value) => {
    expect(() => shutdownGraceMsFromEnv({ SHUTDOWN_GRACE_MS: value })).toThrow(ConfigError);
    expect(() => shutdownGraceMsFromEnv({ SHUTDOWN_GRACE_MS: value })).toThrow(/- SHUTDOWN_GRACE_MS: /);
  });
});

/** GET `path` through `agent`: status, body and whether the server said it closes the connection. */
const get = (running: RunningHttpServer, agent: Agent, path: string) =>
  new Promise<{ status: number; body: string; closing: boolean }>((resolve, reject) => {
    request(`${running.origin}${path}`, { agent }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () =>
        resolve({ status: res.statusCode!, body, closing: res.headers.connection === "close" }),
      );
      res.on("error", reject);
    })
      .on("error", reject)
      .end();
  });

describe("drain", () => {
  let release: () => void = () => undefined;
  let running: RunningHttpServer;
  beforeEach(async () => {
    running = await listen(
      (req, res) => {
        if (req.url === "/slow") release = () => res.end("slow done");
        else if (req.url !== "/stuck") res.end(running.isDraining() ? "draining" : "ok");
      },
      0,
      "127.0.0.1",
      "PORT",
    );
  });
  afterEach(() => running.close().catch(() => undefined));

  it("answers the request in flight and those sent on open sockets with Connection: close, then stops listening", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 2 });
    // Two keep-alive sockets: one busy with a slow request, one idle after its answer.
    const first = await Promise.all([get(running, agent, "/fast"), get(running, agent, "/fast")]);
    expect(first.map((answer) => answer.closing)).toEqual([false, false]);
    const slow = get(running, agent, "/slow");
    await new Promise((r) => setTimeout(r, 50));

    const drained = running.drain(5000);
    expect(running.isDraining()).toBe(true);
    const onIdleSocket = await get(running, agent, "/fast");
    expect(onIdleSocket).toEqual({ status: 200, body: "draining", closing: true });
    release();
    expect(await slow).toEqual({ status: 200, body: "slow done", closing: true });
    await drained;
    expect(running.server.listening).toBe(false);
    const refused = await new Promise<string>((resolve) => {
      const socket = connect(running.port, "127.0.0.1");
      socket.once("connect", () => resolve("connected"));
      socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    });
    expect(refused).toBe("ECONNREFUSED");
    agent.destroy();
  });

  it("destroys what is still open when the grace is over", async () => {
    const agent = new Agent({ keepAlive: true });
    const stuck = get(running, agent, "/stuck").then(
      () => "answered",
      (error: NodeJS.ErrnoException) => error.code,
    );
    await new Promise((r) => setTimeout(r, 50));
    await running.drain(200);
    expect(await stuck).toBe("ECONNRESET");
    agent.destroy();
  });
});
