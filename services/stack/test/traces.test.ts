// OpenTelemetry traces across real processes: the three subgraphs and the gateway, started as `npm start`
// starts them, export over OTLP/JSON to a receiver of this test; one client request must be one trace.
import type { ChildProcess } from "node:child_process";
import { tokenFor } from "@pole/subgraph-kit/testing";
import { spawnService, stopProcess } from "../src/service-process";
import { GATEWAY } from "../src/services";
import {
  gatewayEnvFor,
  startOtlpReceiver,
  startSubgraphProcesses,
  waitForReadyLine,
  type OtlpReceiver,
  type ReceivedSpan,
  type RunningSubgraphs,
} from "../src/testing";

const SERVER = 2;
const CLIENT = 3;

/** Values the client sends that no span may hold. */
const VARIABLE_VALUE = "variable-probe-5e1c";
const LITERAL_VALUE = "literal-probe-9a27";

const OPERATION = `query Traced($year: Int!, $name: String) {
  annualReport(year: $year) { economy { memberCount } knowledge { coverage } }
  members(filter: { nameContains: $name }) { totalCount }
  probe: members(filter: { nameContains: "${LITERAL_VALUE}" }) { totalCount }
}`;

const EXPECTED = {
  data: {
    annualReport: { economy: { memberCount: 15 }, knowledge: { coverage: expect.any(String) } },
    members: { totalCount: 0 },
    probe: { totalCount: 0 },
  },
};

let receiver: OtlpReceiver;
let subgraphs: RunningSubgraphs;
let token: string;

/** Environment that sends a process's spans to the receiver, quickly (a 100 ms batch instead of 5 s). */
const exporting = () => ({
  OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
  OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
  OTEL_BSP_SCHEDULE_DELAY: "100",
});

/** Starts the gateway as a process in front of the running subgraphs; resolves with it and its URL. */
async function startGateway(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawnService(
    GATEWAY,
    {
      PORT: "0",
      HOST: "127.0.0.1",
      ...gatewayEnvFor(subgraphs.routes),
      ...env,
    },
    "main",
    "pipe",
  );
  try {
    return { child, url: await waitForReadyLine("gateway", child) };
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
}

/** A public client's own trace context, unsampled: the gateway must neither follow it nor be switched off by it. */
const CLIENT_TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
const CLIENT_TRACEPARENT = `00-${CLIENT_TRACE_ID}-b7ad6b7169203331-00`;

const ask = (url: string, name: string) =>
  fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
      traceparent: CLIENT_TRACEPARENT,
    },
    body: JSON.stringify({ query: OPERATION, variables: { year: 2013, name } }),
  });

/** The span's parent, grand-parent… up to the trace's root, among the spans received. */
function ancestors(span: ReceivedSpan, spans: ReceivedSpan[]): ReceivedSpan[] {
  const chain: ReceivedSpan[] = [];
  for (let parent = span.parentSpanId; parent;) {
    const found = spans.find(
      (candidate) => candidate.spanId === parent && candidate.traceId === span.traceId,
    );
    if (!found) break;
    chain.push(found);
    parent = found.parentSpanId;
  }
  return chain;
}

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  subgraphs = await startSubgraphProcesses({
    economic: exporting(),
    neighbourhood: exporting(),
    knowledge: exporting(),
  });
  token = await tokenFor({ role: "council" });
}, 90_000);

afterAll(async () => {
  await subgraphs?.stop();
  await receiver?.close();
});

describe("traces", () => {
  it("makes one trace of a client request: the gateway's request, plan and fetches, each subgraph's HTTP server span, GraphQL execution and SQL", async () => {
    const gateway = await startGateway(exporting());
    try {
      const response = await ask(gateway.url, VARIABLE_VALUE);
      expect(await response.json()).toEqual(EXPECTED);

      // A GraphQL GET carries the document and the variables in the query string.
      const get = new URL(gateway.url);
      get.searchParams.set("query", OPERATION);
      get.searchParams.set("variables", JSON.stringify({ year: 2013, name: VARIABLE_VALUE }));
      const answer = await fetch(get, {
        headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true" },
      });
      expect(await answer.json()).toEqual(EXPECTED);
    } finally {
      // Stopping flushes what the gateway still holds.
      await stopProcess(gateway.child);
    }

    const isRequest = (span: ReceivedSpan) =>
      span.service === "gateway" &&
      span.name === "gateway.request" &&
      span.attributes["graphql.operation.name"] === "Traced";
    const inTrace = (traceId: string, spans: ReceivedSpan[]) => spans.filter((s) => s.traceId === traceId);
    const spans = await receiver.waitFor((received) => {
      const request = received.find(isRequest);
      if (!request) return false;
      const trace = inTrace(request.traceId, received);
      return ["economic", "knowledge"].every((service) =>
        trace.some((span) => span.service === service && span.scope.endsWith("instrumentation-pg")),
      );
    });
    const request = spans.find(isRequest)!;
    const trace = inTrace(request.traceId, spans);

    // The gateway: its HTTP server span is the root (not a child of the client's context); request, plan
    // and fetches beneath it.
    expect(spans.some((span) => span.traceId === CLIENT_TRACE_ID)).toBe(false);
    const root = trace.find((span) => span.service === "gateway" && span.kind === SERVER)!;
    expect(root).toMatchObject({ parentSpanId: "", name: "POST /graphql" });
    expect(ancestors(request, trace)).toContain(root);
    const gatewayNames = trace.filter((span) => span.service === "gateway").map((span) => span.name);
    expect(gatewayNames).toEqual(
      expect.arrayContaining([
        "graphql.parse",
        "gateway.validate",
        "gateway.plan",
        "gateway.execute",
        "gateway.fetch",
      ]),
    );

    for (const service of ["economic", "knowledge"]) {
      // The subgraph's server span is the child of the gateway's HTTP client span of a fetch (traceparent).
      const server = trace.find((span) => span.service === service && span.kind === SERVER)!;
      expect(server).toBeDefined();
      const [client, fetchSpan] = ancestors(server, trace);
      expect(client).toMatchObject({ service: "gateway", kind: CLIENT, name: "POST" });
      expect(client.attributes["url.full"]).toBe(subgraphs.urls[service]);
      expect(fetchSpan).toMatchObject({ service: "gateway", name: "gateway.fetch" });
      expect(ancestors(fetchSpan, trace)).toContain(request);

      // GraphQL execution and the SQL it ran, under that server span.
      const below = (span: ReceivedSpan) => ancestors(span, trace).includes(server);
      const execution = trace.filter(
        (span) => span.service === service && span.scope.endsWith("instrumentation-graphql") && below(span),
      );
      expect(execution.map((span) => span.name)).toEqual(expect.arrayContaining(["graphql.parse"]));
      const queries = trace.filter(
        (span) => span.service === service && span.name.startsWith("pg.query") && below(span),
      );
      expect(queries.length).toBeGreaterThan(0);
      expect(queries.every((span) => typeof span.attributes["db.query.text"] === "string")).toBe(true);
    }

    // The neighbourhood subgraph had no part in this operation: none of its spans are in the trace.
    expect(trace.filter((span) => span.service === "neighbourhood")).toEqual([]);

    // No token, secret, variable or literal value in any span, of either request, nor anywhere in the export.
    const exported = receiver.rawBodies().join("\n");
    expect(exported).toContain("Traced");
    for (const secret of [
      token,
      VARIABLE_VALUE,
      LITERAL_VALUE,
      ...Object.values(subgraphs.routes).map((route) => route.secret),
    ]) {
      expect(exported).not.toContain(secret);
    }
    const getRoot = spans.find(
      (span) =>
        span.service === "gateway" &&
        span.kind === SERVER &&
        span.attributes["http.request.method"] === "GET",
    );
    expect(getRoot?.attributes["url.query"]).toBe("REDACTED");
  }, 60_000);

  it("starts no SDK without OTEL_EXPORTER_OTLP_ENDPOINT: the gateway exports nothing and sends subgraphs no traceparent", async () => {
    const gateway = await startGateway({
      OTEL_EXPORTER_OTLP_ENDPOINT: "",
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "",
    });
    const before = receiver.spans().length;
    try {
      const response = await ask(gateway.url, "quiet");
      expect(await response.json()).toEqual(EXPECTED);
    } finally {
      await stopProcess(gateway.child);
    }
    // The subgraphs (still exporting) saw the request: each as the root of a trace of its own.
    const spans = await receiver.waitFor((received) =>
      ["economic", "knowledge"].every((service) =>
        received.slice(before).some((span) => span.service === service && span.kind === SERVER),
      ),
    );
    const servers = spans.slice(before).filter((span) => span.kind === SERVER);
    expect(servers.map((span) => span.service).sort()).toEqual(["economic", "knowledge"]);
    expect(servers.map((span) => span.parentSpanId)).toEqual(["", ""]);
    expect(spans.slice(before).filter((span) => span.service === "gateway")).toEqual([]);
  }, 60_000);

  it("stops a service at start, naming the variable, when an OpenTelemetry variable is wrong", async () => {
    const child = spawnService(
      GATEWAY,
      { PORT: "0", OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318", OTEL_EXPORTER_OTLP_PROTOCOL: "http/xml" },
      "main",
      "pipe",
    );
    let output = "";
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(output).toContain("OTEL_EXPORTER_OTLP_ENDPOINT: must be an http:// or https:// URL");
    expect(output).toContain("OTEL_EXPORTER_OTLP_PROTOCOL: must be one of http/protobuf, http/json, grpc");
    expect(output).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  }, 30_000);
});
