import * as apolloTelemetry from "@apollo/gateway/dist/utilities/opentelemetry";
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { captureLogs, tokenFor } from "@pole/subgraph-kit/testing";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import type { GatewayOptions } from "../src/gateway-server";
import { DEFAULT_LINK_LIMITS, type SubgraphLinkLimits } from "../src/subgraph-data-source";
import { postJson, startGateway, type GatewayUnderTest, type RawResponse } from "./gateway-harness";

const COMPAGNIE_DES_GRESILLES = "a0000000-0000-4000-8000-000000000001";
const MEMBER_NAME = "Compagnie des Grésilles (exemple)";
const TIMEOUT_MESSAGE = "A service behind the gateway did not answer in time; try again later.";
const UNAVAILABLE_MESSAGE = "A service behind the gateway did not answer; try again later.";

/** One member's fields from the three subgraphs: economic first, then neighbourhood and knowledge. */
const MEMBER_ACROSS_PILLARS = `query MemberAcrossPillars($id: ID!) {
  member(id: $id) {
    name
    neighbourhoodActions(first: 3) { totalCount }
    practices(first: 5) { totalCount }
  }
}`;

interface MemberAnswer {
  member: {
    name: string;
    neighbourhoodActions: { totalCount: number } | null;
    practices: { totalCount: number } | null;
  } | null;
}

let subgraphs: RunningSubgraphs;

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
}, 120_000);

afterAll(async () => {
  await subgraphs?.stop();
});

/**
 * Runs `during` while the subgraph's process is stopped (SIGSTOP), and always lets it go on afterwards
 * (after 8 s at the latest, so a gateway that waits for ever fails its test without a frozen subgraph).
 */
async function whileStopped<T>(name: string, during: () => Promise<T>): Promise<T> {
  const pid = subgraphs.pids[name];
  process.kill(pid, "SIGSTOP");
  const release = setTimeout(() => process.kill(pid, "SIGCONT"), 8000);
  try {
    return await during();
  } finally {
    clearTimeout(release);
    process.kill(pid, "SIGCONT");
  }
}

async function withGateway<T>(
  options: Omit<Partial<GatewayOptions>, "link"> & { link?: Partial<SubgraphLinkLimits> },
  use: (gateway: GatewayUnderTest) => Promise<T>,
  routes: GatewayOptions["subgraphs"] = subgraphs.routes,
): Promise<T> {
  const gateway = await startGateway(routes, {
    ...options,
    link: { ...DEFAULT_LINK_LIMITS, ...options.link },
  });
  try {
    return await use(gateway);
  } finally {
    await gateway.stop();
  }
}

/** A stand-in for a subgraph on loopback, answering as `handler` says. */
async function fakeSubgraph(handler: RequestListener): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

/** What the gateway logs while `during` runs. */
async function stderrDuring<T>(during: () => Promise<T>): Promise<{ result: T; log: string }> {
  const { result, text } = await captureLogs(during);
  return { result, log: text };
}

/** The client's view of errors: nothing about subgraphs, their addresses or their HTTP answers. */
function expectNothingInternal(response: RawResponse, ports: number[] = []): void {
  const text = JSON.stringify(response.body);
  expect(text).not.toMatch(/http:\/\/|127\.0\.0\.1|localhost|serviceName|"response"|stacktrace|exception/);
  expect(text).not.toMatch(/Unauthorized|Forbidden|Internal Server Error|Bad Gateway|gateway only/);
  // Paths name the client's own fields (neighbourhoodActions…), not subgraphs: left out of this check.
  const errorsText = JSON.stringify(
    (response.body?.errors ?? []).map((error) => ({ ...error, path: undefined })),
  );
  expect(errorsText).not.toMatch(/economic|neighbourhood|knowledge|\b(401|403|500|502)\b/);
  for (const port of ports) expect(text).not.toContain(String(port));
}

const portOf = (url: string) => Number(new URL(url).port);
const allPorts = () => Object.values(subgraphs.urls).map(portOf);

describe("deadlines", () => {
  it("answers the other subgraphs' fields within SUBGRAPH_TIMEOUT_MS when one stops answering", async () => {
    await withGateway({ link: { subgraphTimeoutMs: 1500 } }, async (gateway) => {
      const started = Date.now();
      const response = await whileStopped("neighbourhood", () =>
        postJson(gateway.url, { query: MEMBER_ACROSS_PILLARS, variables: { id: COMPAGNIE_DES_GRESILLES } }),
      );
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(1400);
      expect(elapsed).toBeLessThan(4500);
      const data = response.body?.data as MemberAnswer;
      expect(data.member?.name).toBe(MEMBER_NAME);
      expect(data.member?.practices?.totalCount).toEqual(expect.any(Number));
      expect(data.member?.neighbourhoodActions).toBeNull();
      expect(response.body?.errors).toEqual([
        {
          message: TIMEOUT_MESSAGE,
          path: ["member", "neighbourhoodActions"],
          extensions: { code: "SERVICE_UNAVAILABLE" },
        },
      ]);
      expectNothingInternal(response, allPorts());
    });
  }, 30_000);

  it("ends a request at REQUEST_TIMEOUT_MS, pending fetches included, with what it has", async () => {
    await withGateway({ link: { subgraphTimeoutMs: 10_000, requestTimeoutMs: 1500 } }, async (gateway) => {
      const started = Date.now();
      const response = await whileStopped("knowledge", () =>
        postJson(gateway.url, { query: MEMBER_ACROSS_PILLARS, variables: { id: COMPAGNIE_DES_GRESILLES } }),
      );
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(1400);
      expect(elapsed).toBeLessThan(4500);
      const data = response.body?.data as MemberAnswer;
      expect(data.member?.name).toBe(MEMBER_NAME);
      expect(data.member?.neighbourhoodActions?.totalCount).toEqual(expect.any(Number));
      expect(data.member?.practices).toBeNull();
      expect(response.body?.errors).toEqual([
        {
          message: TIMEOUT_MESSAGE,
          path: ["member", "practices"],
          extensions: { code: "SERVICE_UNAVAILABLE" },
        },
      ]);
    });
  }, 30_000);

  it("sends no fetch once the request's deadline has passed", async () => {
    const calls: string[] = [];
    // Economic answers, but only after the request's deadline: the plan's next fetches must not be sent.
    const slowEconomic = (async (url: string, init: RequestInit) => {
      calls.push(url);
      const response = await fetch(url, { ...init, signal: undefined });
      const body = await response.text();
      if (url === subgraphs.urls.economic) await new Promise((resolve) => setTimeout(resolve, 1300));
      return new Response(body, { status: response.status, headers: response.headers });
    }) as unknown as typeof fetch;
    await withGateway(
      { fetcher: slowEconomic, link: { subgraphTimeoutMs: 10_000, requestTimeoutMs: 1000 } },
      async (gateway) => {
        const response = await postJson(gateway.url, {
          query: MEMBER_ACROSS_PILLARS,
          variables: { id: COMPAGNIE_DES_GRESILLES },
        });
        const data = response.body?.data as MemberAnswer;
        expect(data.member?.name).toBe(MEMBER_NAME);
        expect(data.member?.neighbourhoodActions).toBeNull();
        expect(data.member?.practices).toBeNull();
        expect(calls).toEqual([subgraphs.urls.economic]);
        expect(response.body?.errors?.map((error) => error.extensions?.code)).toEqual([
          "SERVICE_UNAVAILABLE",
          "SERVICE_UNAVAILABLE",
        ]);
        expect(response.body?.errors?.[0]?.message).toBe(TIMEOUT_MESSAGE);
      },
    );
  }, 30_000);
});

describe("answer size", () => {
  const refusal = (maximum: number) => ({
    message: expect.stringMatching(/fewer items or fields/),
    extensions: {
      code: "OPERATION_TOO_COMPLEX",
      limit: "responseBytes",
      maximum,
      found: expect.any(Number),
    },
  });

  it("refuses, without partial data, an answer whose subgraph answers exceed MAX_RESPONSE_BYTES", async () => {
    await withGateway({ link: { maxResponseBytes: 1000 } }, async (gateway) => {
      const small = await postJson(gateway.url, {
        query: "query One($id: ID!) { member(id: $id) { name } }",
        variables: { id: COMPAGNIE_DES_GRESILLES },
      });
      expect((small.body?.data as MemberAnswer).member?.name).toBe(MEMBER_NAME);

      const response = await postJson(gateway.url, {
        query: "{ members(first: 100) { edges { node { id name membershipKind } } } }",
      });
      expect(response.status).toBe(400);
      expect(response.body?.data).toBeUndefined();
      expect(response.body?.errors).toEqual([refusal(1000)]);
      const found = (response.body?.errors?.[0]?.extensions as { found: number }).found;
      expect(found).toBeGreaterThan(1000);
    });
  });

  it("refuses an assembled answer over MAX_RESPONSE_BYTES even when no subgraph sent that much", async () => {
    await withGateway({ link: { maxResponseBytes: 1000 } }, async (gateway) => {
      // Answered by the gateway alone: no subgraph bytes at all.
      const response = await postJson(gateway.url, { query: "{ __schema { types { name description } } }" });
      expect(response.status).toBe(400);
      expect(response.body?.data).toBeUndefined();
      expect(response.body?.errors).toEqual([refusal(1000)]);
      expect((response.body?.errors?.[0]?.extensions as { found: number }).found).toBeGreaterThan(1000);
    });
  });
});

describe("nothing internal reaches clients", () => {
  it("turns a refused subgraph secret into SERVICE_UNAVAILABLE, the details in the gateway's log", async () => {
    const routes = {
      ...subgraphs.routes,
      economic: { ...subgraphs.routes.economic, secret: "x".repeat(32) },
    };
    await withGateway(
      {},
      async (gateway) => {
        const { result: response, log } = await stderrDuring(() =>
          postJson(gateway.url, { query: "{ members(first: 1) { totalCount } }" }),
        );
        expect(response.body?.errors).toEqual([
          { message: UNAVAILABLE_MESSAGE, path: ["members"], extensions: { code: "SERVICE_UNAVAILABLE" } },
        ]);
        expectNothingInternal(response, allPorts());
        const lines = log.split("\n").filter((line) => line.includes("subgraph economic"));
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain(subgraphs.urls.economic);
        expect(lines[0]).toContain("401");
      },
      routes,
    );
  });

  it.each([
    ["a 500 with an HTML page", 500, "text/html", "<h1>Internal Server Error at http://10.1.2.3:4001</h1>"],
    ["a 502 from a proxy", 502, "text/plain", "Bad Gateway"],
    [
      "a 403 with GraphQL errors",
      403,
      "application/json",
      '{"errors":[{"message":"Forbidden by http://10.1.2.3","extensions":{"code":"FORBIDDEN"}}]}',
    ],
    ["a 200 that is not JSON", 200, "text/html", "<html>maintenance</html>"],
    ["a 200 JSON that is not GraphQL", 200, "application/json", "[1,2,3]"],
  ])("turns %s into SERVICE_UNAVAILABLE", async (_case, status, type, body) => {
    const fake = await fakeSubgraph((_req, res) => {
      res.writeHead(status, { "content-type": type });
      res.end(body);
    });
    try {
      await withGateway(
        {},
        async (gateway) => {
          const { result: response } = await stderrDuring(() =>
            postJson(gateway.url, { query: "{ members(first: 1) { totalCount } }" }),
          );
          expect(response.body?.errors).toEqual([
            { message: UNAVAILABLE_MESSAGE, path: ["members"], extensions: { code: "SERVICE_UNAVAILABLE" } },
          ]);
          expectNothingInternal(response, [portOf(fake.url)]);
          expect(JSON.stringify(response.body)).not.toMatch(/10\.1\.2\.3|maintenance|Forbidden by/);
        },
        { ...subgraphs.routes, economic: { url: fake.url } },
      );
    } finally {
      await closeServer(fake.server);
    }
  });

  it("passes a subgraph's client errors on with their code and message only", async () => {
    await withGateway({}, async (gateway) => {
      const response = await postJson(gateway.url, { query: '{ member(id: "not-a-uuid") { name } }' });
      expect(response.body?.errors).toHaveLength(1);
      const [error] = response.body!.errors!;
      expect(error.extensions).toEqual({
        code: "BAD_USER_INPUT",
        fieldErrors: [{ path: ["id"], rule: "format", message: "must be a UUID" }],
      });
      expect(error.message).toMatch(/uuid/i);
      expectNothingInternal(response, allPorts());
    });
  });

  it("tells a client that a literal of a custom scalar does not parse: BAD_USER_INPUT, not an outage", async () => {
    await withGateway({}, async (gateway) => {
      const response = await postJson(gateway.url, {
        query: '{ neighbourhoodActions(first: 1, filter: { from: "garbage" }) { totalCount } }',
      });
      expect(response.body?.errors).toEqual([
        {
          message: expect.stringMatching(/LocalDate.*garbage/),
          extensions: { code: "BAD_USER_INPUT" },
        },
      ]);
      expectNothingInternal(response, allPorts());
    });
  });

  it("tells a client whose token expires during the plan UNAUTHENTICATED, not an internal error", async () => {
    await withGateway({}, async (gateway) => {
      // Valid when the gateway checks it; expired when the knowledge subgraph, stopped meanwhile, does.
      const token = await tokenFor({ role: "staff" }, "2s");
      const { answer } = await whileStopped("knowledge", async () => {
        const pending = postJson(
          gateway.url,
          { query: MEMBER_ACROSS_PILLARS, variables: { id: COMPAGNIE_DES_GRESILLES } },
          { authorization: `Bearer ${token}` },
        );
        await new Promise((resolve) => setTimeout(resolve, 2600));
        return { answer: pending }; // awaited once the subgraph goes on
      });
      const response = await answer;
      const data = response.body?.data as MemberAnswer;
      expect(data.member?.name).toBe(MEMBER_NAME);
      expect(data.member?.practices).toBeNull();
      expect(response.body?.errors).toEqual([
        { message: "The token has expired.", extensions: { code: "UNAUTHENTICATED" } },
      ]);
      expectNothingInternal(response, allPorts());
    });
  }, 30_000);

  it("answers a persisted query whose hash does not match its text with 400 BAD_REQUEST, no stack logged", async () => {
    await withGateway({}, async (gateway) => {
      const { result: response, log } = await stderrDuring(() =>
        postJson(gateway.url, {
          query: "{ __typename }",
          extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
        }),
      );
      expect(response.status).toBe(400);
      expect(response.body?.errors).toEqual([
        { message: "provided sha does not match query", extensions: { code: "BAD_REQUEST" } },
      ]);
      expect(log).not.toMatch(/internal error|\n\s+at /);
    });
  });

  it("never lets @apollo/gateway send telemetry to Apollo", async () => {
    const exporter = jest.spyOn(apolloTelemetry, "createDataCollectionExporter");
    try {
      await withGateway({}, async () => undefined);
      expect(exporter).not.toHaveBeenCalled();
    } finally {
      exporter.mockRestore();
    }
  });
});

describe("GET /ready", () => {
  const originOf = (gateway: GatewayUnderTest) => new URL(gateway.url).origin;
  const getJson = async (url: string) => {
    const response = await fetch(url);
    return { status: response.status, text: await response.text() };
  };

  it("coalesces probes: at most one round in flight, its result reused for about a second", async () => {
    let probes = 0;
    const fake = await fakeSubgraph((req, res) => {
      if (req.url === "/ready") probes += 1;
      setTimeout(
        () => res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ready"}'),
        100,
      );
    });
    try {
      await withGateway(
        {},
        async (gateway) => {
          const answers = await Promise.all(
            Array.from({ length: 20 }, () => fetch(`${originOf(gateway)}/ready`)),
          );
          expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
          expect(probes).toBe(1);
          await fetch(`${originOf(gateway)}/ready`);
          expect(probes).toBe(1);
          await new Promise((resolve) => setTimeout(resolve, 1100));
          await fetch(`${originOf(gateway)}/ready`);
          expect(probes).toBe(2);
        },
        { ...subgraphs.routes, economic: { url: fake.url } },
      );
    } finally {
      await closeServer(fake.server);
    }
  });

  it("answers 503 naming a subgraph whose own /ready says its database is down", async () => {
    const fake = await fakeSubgraph((_req, res) => {
      res.writeHead(503, { "content-type": "application/json" });
      res.end('{"status":"database unavailable","service":"economic"}');
    });
    try {
      await withGateway(
        {},
        async (gateway) => {
          const notReady = await getJson(`${originOf(gateway)}/ready`);
          expect(notReady.status).toBe(503);
          expect(JSON.parse(notReady.text)).toEqual({
            status: "unavailable",
            unavailable: ["economic"],
            subgraphs: { economic: "unavailable", neighbourhood: "ready", knowledge: "ready" },
          });
          expect((await getJson(`${originOf(gateway)}/health`)).status).toBe(200);
        },
        { ...subgraphs.routes, economic: { url: fake.url } },
      );
    } finally {
      await closeServer(fake.server);
    }
  });

  it("answers 200 when every subgraph is ready, 503 naming one that stops answering; /health stays 200", async () => {
    await withGateway({}, async (gateway) => {
      const ready = await getJson(`${originOf(gateway)}/ready`);
      expect(ready.status).toBe(200);
      expect(JSON.parse(ready.text)).toEqual({
        status: "ready",
        subgraphs: { economic: "ready", neighbourhood: "ready", knowledge: "ready" },
      });
      await new Promise((resolve) => setTimeout(resolve, 1100)); // past the reused result
      const [notReady, health] = await whileStopped("neighbourhood", () =>
        Promise.all([getJson(`${originOf(gateway)}/ready`), getJson(`${originOf(gateway)}/health`)]),
      );
      expect(health.status).toBe(200);
      expect(notReady.status).toBe(503);
      expect(JSON.parse(notReady.text)).toEqual({
        status: "unavailable",
        unavailable: ["neighbourhood"],
        subgraphs: { economic: "ready", neighbourhood: "unavailable", knowledge: "ready" },
      });
      expect(notReady.text).not.toMatch(/http|127\.0\.0\.1/);
    });
  }, 30_000);

  // Last: the knowledge subgraph does not come back.
  it("answers 503 naming a subgraph whose process is gone", async () => {
    await withGateway({}, async (gateway) => {
      const pid = subgraphs.pids.knowledge;
      process.kill(pid, "SIGTERM");
      for (let tries = 0; tries < 100; tries += 1) {
        try {
          process.kill(pid, 0);
        } catch {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const notReady = await getJson(`${originOf(gateway)}/ready`);
      expect(notReady.status).toBe(503);
      expect(JSON.parse(notReady.text)).toMatchObject({ status: "unavailable", unavailable: ["knowledge"] });
      expect((await getJson(`${originOf(gateway)}/health`)).status).toBe(200);
    });
  }, 30_000);
});
