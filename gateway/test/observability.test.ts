import { randomBytes } from "node:crypto";
import {
  ConfigError,
  MAX_OPERATION_LABELS,
  REQUEST_ID_HEADER,
  SUBGRAPH_SECRET_HEADER,
} from "@pole/subgraph-kit";
import { captureLogs, tokenFor, type LogEntry } from "@pole/subgraph-kit/testing";
import { freePort, startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { SUBGRAPHS, spawnService } from "@pole/stack";
import { gatewayConfigFromEnv } from "../src/gateway-config";
import { postJson, startGateway, type GatewayUnderTest } from "./gateway-harness";

// Logs and metrics as an operator reads them: real subgraph processes (their stderr is their log), the real
// gateway over HTTP, /metrics scraped in Prometheus's text format.

let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;
/** The knowledge subgraph serves its metrics on a port of their own. */
let knowledgeMetricsPort: number;

beforeAll(async () => {
  knowledgeMetricsPort = await freePort();
  subgraphs = await startSubgraphProcesses({ knowledge: { METRICS_PORT: String(knowledgeMetricsPort) } });
  gateway = await startGateway(subgraphs.routes);
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

const originOf = (url: string) => new URL(url).origin;
const metricsOf = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${originOf(url)}/metrics`, { headers });

/** The value of one series in a Prometheus text exposition (0 when absent). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? "").split(/,(?=[a-zA-Z_]+=")/);
    if (wanted.every((label) => present.includes(label))) return Number(match[3]);
  }
  return 0;
}

async function scrape(url = gateway.url): Promise<string> {
  const response = await metricsOf(url);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The lines of one subgraph process that carry `requestId`, waiting for them to come through the pipe. */
async function subgraphLines(name: string, requestId: string): Promise<LogEntry[]> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const lines = subgraphs
      .output(name)
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as LogEntry)
      .filter((entry) => entry.requestId === requestId);
    if (lines.length > 0) return lines;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return [];
}

describe("request logs", () => {
  const SECRET_VARIABLE = `sk_live_${randomBytes(12).toString("hex")}`;
  const PROBE = "query SecretProbe($id: ID!) { member(id: $id) { id } practices(first: 1) { totalCount } }";

  it("writes one line per request in the gateway and in each subgraph, under the client's request id, without token, secret or variables", async () => {
    const token = await tokenFor({ role: "council" });
    const requestId = `probe-${randomBytes(6).toString("hex")}`;
    const { result: response, entries } = await captureLogs(() =>
      postJson(
        gateway.url,
        { query: PROBE, operationName: "SecretProbe", variables: { id: SECRET_VARIABLE } },
        { authorization: `Bearer ${token}`, [REQUEST_ID_HEADER]: requestId },
      ),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get(REQUEST_ID_HEADER)).toBe(requestId);

    const lines = entries.filter((entry) => entry.msg === "request");
    expect(lines).toEqual([
      expect.objectContaining({
        service: "gateway",
        level: 30,
        requestId,
        method: "POST",
        path: "/graphql",
        status: 200,
        operation: "SecretProbe",
        durationMs: expect.any(Number),
        fetchCount: 2,
      }),
    ]);
    const fetches = lines[0].fetches as { subgraph: string; durationMs: number; outcome: string }[];
    expect(fetches.map((f) => f.subgraph).sort()).toEqual(["economic", "knowledge"]);
    expect(fetches.every((f) => typeof f.durationMs === "number" && f.outcome === "ok")).toBe(true);

    const economic = await subgraphLines("economic", requestId);
    const knowledge = await subgraphLines("knowledge", requestId);
    expect(economic).toEqual([
      expect.objectContaining({ service: "economic", path: "/graphql", status: 200, msg: "request" }),
    ]);
    expect(economic[0].operation).toMatch(/^SecretProbe/);
    expect(knowledge).toEqual([expect.objectContaining({ service: "knowledge", status: 200 })]);

    const everything = [
      JSON.stringify(entries),
      subgraphs.output("economic"),
      subgraphs.output("knowledge"),
      subgraphs.output("neighbourhood"),
    ].join("\n");
    expect(everything).not.toContain(SECRET_VARIABLE);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(token.split(".")[2]);
    for (const route of Object.values(subgraphs.routes)) expect(everything).not.toContain(route.secret);
  });

  it("gives a request without a sane id a new one, returned to the client", async () => {
    const ids = [];
    for (const header of [undefined, "has spaces and <angle>", "x".repeat(129)]) {
      const response = await postJson(
        gateway.url,
        { query: "{ __typename }" },
        header ? { [REQUEST_ID_HEADER]: header } : {},
      );
      ids.push(response.headers.get(REQUEST_ID_HEADER));
    }
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(3);
  });

  it("logs refusals with their code, and probes at debug level only", async () => {
    const { entries } = await captureLogs(async () => {
      await postJson(gateway.url, { query: "query Broken { nope }" });
      await fetch(`${originOf(gateway.url)}/health`);
      await fetch(`${originOf(gateway.url)}/ready`);
    });
    expect(entries).toEqual([
      expect.objectContaining({
        status: 400,
        operation: "Broken",
        errorCodes: ["GRAPHQL_VALIDATION_FAILED"],
      }),
    ]);
    const { entries: debug } = await captureLogs(() => fetch(`${originOf(gateway.url)}/health`), "debug");
    expect(debug).toEqual([expect.objectContaining({ level: 20, path: "/health", status: 200 })]);
  });
});

describe("metrics", () => {
  const COUNTED = "query Counted { members(first: 1) { totalCount } practices(first: 1) { totalCount } }";

  it("counts requests by operation and outcome and times each subgraph's fetches", async () => {
    const before = await scrape();
    for (let i = 0; i < 2; i += 1) {
      expect((await postJson(gateway.url, { query: COUNTED })).body?.errors).toBeUndefined();
    }
    expect((await postJson(gateway.url, { query: "query Misspelt { memberz { id } }" })).status).toBe(400);
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) =>
      sample(after, name, labels) - sample(before, name, labels);

    expect(delta("pole_graphql_requests_total", { operation: "Counted", outcome: "ok" })).toBe(2);
    expect(
      delta("pole_graphql_requests_total", { operation: "Misspelt", outcome: "GRAPHQL_VALIDATION_FAILED" }),
    ).toBe(1);
    expect(delta("pole_graphql_request_duration_seconds_count", { operation: "Counted" })).toBe(2);
    expect(delta("pole_subgraph_fetch_duration_seconds_count", { subgraph: "economic" })).toBe(2);
    expect(delta("pole_subgraph_fetch_duration_seconds_count", { subgraph: "knowledge" })).toBe(2);
    expect(after).toContain("process_cpu_user_seconds_total");
    expect(after).toContain("nodejs_eventloop_lag_seconds");
  });

  it("counts an operation-limit refusal by its limit", async () => {
    const before = await scrape();
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(" ");
    const refused = await postJson(gateway.url, { query: `{ ${aliases} }` });
    expect(refused.body?.errors?.[0]?.extensions).toMatchObject({ code: "OPERATION_TOO_COMPLEX" });
    const after = await scrape();
    const refusals = (text: string) =>
      sample(text, "pole_operation_limit_refusals_total", { limit: "aliases" });
    expect(refusals(after) - refusals(before)).toBe(1);
    expect(
      sample(after, "pole_graphql_requests_total", {
        operation: "anonymous",
        outcome: "OPERATION_TOO_COMPLEX",
      }),
    ).toBeGreaterThan(0);
  });

  it("counts rate-limit refusals by limiter", async () => {
    const limited = await startGateway({}, { rateLimit: { perIp: 1, perToken: 100, windowSeconds: 60 } });
    try {
      const before = await scrape(limited.url);
      expect((await postJson(limited.url, { query: "{ __typename }" })).status).toBe(200);
      expect((await postJson(limited.url, { query: "{ __typename }" })).status).toBe(429);
      const after = await scrape(limited.url);
      const refusals = (text: string) => sample(text, "pole_rate_limit_refusals_total", { limit: "ip" });
      expect(refusals(after) - refusals(before)).toBe(1);
      expect(
        sample(after, "pole_graphql_requests_total", { operation: "anonymous", outcome: "RATE_LIMITED" }),
      ).toBeGreaterThan(0);
    } finally {
      await limited.stop();
    }
  });

  it("counts a subgraph's failed fetches by subgraph and code", async () => {
    const deadPort = await freePort();
    const cut = await startGateway({
      ...subgraphs.routes,
      economic: { ...subgraphs.routes.economic, url: `http://127.0.0.1:${deadPort}/graphql` },
    });
    try {
      const before = await scrape(cut.url);
      const answer = await postJson(cut.url, { query: COUNTED });
      expect(answer.body?.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      const after = await scrape(cut.url);
      const errors = (text: string, subgraph: string) =>
        sample(text, "pole_subgraph_fetch_errors_total", { subgraph, code: "SERVICE_UNAVAILABLE" });
      expect(errors(after, "economic") - errors(before, "economic")).toBe(1);
      expect(errors(after, "knowledge") - errors(before, "knowledge")).toBe(0);
    } finally {
      await cut.stop();
    }
  });

  it("bounds the operation label: beyond the first names, and for odd ones, a hostile client gets 'other'", async () => {
    for (let i = 0; i < MAX_OPERATION_LABELS + 20; i += 1) {
      await postJson(gateway.url, {
        query: `query Flood${i}_${randomBytes(3).toString("hex")} { __typename }`,
      });
    }
    const text = await scrape();
    const operations = new Set(
      [...text.matchAll(/^pole_graphql_requests_total\{operation="([^"]*)"/gm)].map((match) => match[1]),
    );
    // Every distinct name has one label of its own up to the bound, then they share "other".
    expect(operations.size).toBeLessThanOrEqual(MAX_OPERATION_LABELS + 2);
    expect(operations.has("other")).toBe(true);
    expect(
      sample(text, "pole_graphql_requests_total", { operation: "other", outcome: "ok" }),
    ).toBeGreaterThan(0);
  });

  it("serves a subgraph's metrics behind its secret: requests, pool use, query latency after real traffic", async () => {
    await postJson(gateway.url, { query: COUNTED });
    const economic = subgraphs.routes.economic;
    expect((await metricsOf(economic.url)).status).toBe(401);
    expect((await metricsOf(economic.url, { [SUBGRAPH_SECRET_HEADER]: "x".repeat(32) })).status).toBe(401);
    const response = await metricsOf(economic.url, { [SUBGRAPH_SECRET_HEADER]: economic.secret });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(
      /^pole_graphql_requests_total\{operation="Counted__economic__\d+",outcome="ok"\} \d+/m,
    );
    expect(sample(text, "pole_db_pool_connections", { state: "total" })).toBeGreaterThan(0);
    expect(text).toMatch(/^pole_db_pool_connections\{state="idle"\} \d+/m);
    expect(text).toMatch(/^pole_db_pool_connections\{state="waiting"\} 0/m);
    expect(sample(text, "pole_db_query_duration_seconds_count")).toBeGreaterThan(0);
    expect(text).toContain("process_resident_memory_bytes");
  });

  it("serves metrics on METRICS_PORT only, when it is set", async () => {
    const knowledge = subgraphs.routes.knowledge;
    expect((await metricsOf(knowledge.url, { [SUBGRAPH_SECRET_HEADER]: knowledge.secret })).status).toBe(404);
    const separate = await fetch(`http://127.0.0.1:${knowledgeMetricsPort}/metrics`);
    expect(separate.status).toBe(200);
    expect(await separate.text()).toContain("pole_db_pool_connections");

    const port = await freePort();
    const own = await startGateway({}, { metrics: { port } });
    try {
      expect((await metricsOf(own.url)).status).toBe(404);
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("pole_graphql_requests_total");
      // That port serves metrics only.
      expect((await postJson(`http://127.0.0.1:${port}/graphql`, { query: "{ __typename }" })).status).toBe(
        404,
      );
    } finally {
      await own.stop();
    }
  });

  it("asks for METRICS_TOKEN on the gateway's main port, and serves nothing there in production without one", async () => {
    const token = randomBytes(24).toString("base64url");
    const guarded = await startGateway({}, { metrics: { token } });
    try {
      expect((await metricsOf(guarded.url)).status).toBe(401);
      expect((await metricsOf(guarded.url, { authorization: `Bearer ${token}x` })).status).toBe(401);
      expect((await metricsOf(guarded.url, { authorization: `Bearer ${token}` })).status).toBe(200);
    } finally {
      await guarded.stop();
    }
    const { result: production, entries } = await captureLogs(() =>
      startGateway({}, { metrics: { production: true } }),
    );
    try {
      expect((await metricsOf(production.url)).status).toBe(404);
      expect(entries.map((entry) => entry.msg)).toContain(
        "/metrics is not served: set METRICS_PORT or METRICS_TOKEN to expose it",
      );
    } finally {
      await production.stop();
    }
  });

  it("never answers metrics through /graphql", async () => {
    const targets = [gateway.url, subgraphs.routes.economic.url];
    for (const url of targets) {
      const secret =
        url === gateway.url ? {} : { [SUBGRAPH_SECRET_HEADER]: subgraphs.routes.economic.secret };
      const answers = [
        await fetch(`${url}?query=${encodeURIComponent("{ __typename }")}`, {
          headers: { ...secret, "apollo-require-preflight": "true" },
        }),
        await fetch(`${url}/metrics`, { headers: secret }),
        await fetch(`${url}/metrics`, {
          method: "POST",
          headers: { ...secret, "content-type": "application/json" },
          body: JSON.stringify({ query: "{ __typename }" }),
        }),
      ];
      for (const answer of answers) {
        expect(answer.headers.get("content-type") ?? "").not.toMatch(/^text\/plain/);
        expect(await answer.text()).not.toContain("# HELP");
      }
    }
  });
});

describe("observability configuration", () => {
  const problemsOf = (env: Record<string, string>) => {
    try {
      gatewayConfigFromEnv(env);
      return [];
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return error.problems;
    }
  };

  it("names a bad LOG_LEVEL, METRICS_PORT or METRICS_TOKEN, all at once", () => {
    expect(problemsOf({ LOG_LEVEL: "loud", METRICS_PORT: "70000", METRICS_TOKEN: "short" })).toEqual([
      expect.stringMatching(/^LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent/),
      expect.stringMatching(/^METRICS_PORT: /),
      "METRICS_TOKEN: must be at least 32 characters",
    ]);
    expect(problemsOf({ PORT: "4000", METRICS_PORT: "4000" })).toEqual([
      "METRICS_PORT: must differ from PORT",
    ]);
    expect(problemsOf({ LOG_LEVEL: "debug", METRICS_PORT: "9464" })).toEqual([]);
  });

  it("stops a subgraph process on a bad LOG_LEVEL or METRICS_PORT, naming both", async () => {
    const economic = SUBGRAPHS.find((service) => service.name === "economic")!;
    const child = spawnService(
      economic,
      { LOG_LEVEL: "verbose", METRICS_PORT: "metrics", PORT: "0", DATABASE_URL: "postgres://127.0.0.1:1/x" },
      "main",
      "pipe",
    );
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toContain("LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent");
    expect(stderr).toContain("METRICS_PORT: ");
  });
});
