import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { countingFetcher, postJson, send, startGateway, type GatewayUnderTest } from "./gateway-harness";

// Hostile operations are refused at the gateway with a clear error and a fitting status, before any
// subgraph is called (so no SQL statement runs), and the gateway answers normally afterwards.

const MEMBER = "a0000000-0000-4000-8000-000000000001";
let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;
const counter = countingFetcher();

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  gateway = await startGateway(subgraphs.routes, { fetcher: counter.fetcher });
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

/** Sends the operation, expects a refusal without any subgraph call, then checks the gateway still answers. */
async function expectRefused(
  payload: unknown,
  status: number,
  message: RegExp,
  headers: Record<string, string> = {},
) {
  counter.calls.length = 0;
  const response = await postJson(gateway.url, payload, headers);
  expect(response.status).toBe(status);
  expect(response.body?.errors?.[0]?.message).toMatch(message);
  expect(counter.calls).toEqual([]);
  const after = await postJson(gateway.url, { query: "{ members(first: 1) { totalCount } }" });
  expect(after.status).toBe(200);
  expect(after.body?.data).toEqual({ members: { totalCount: expect.any(Number) } });
}

/** member → its actions → their lead members → their actions … `levels` times. */
function deepQuery(levels: number): string {
  let selection = "name";
  for (let i = 0; i < levels; i += 1) {
    selection = `neighbourhoodActions(first: 1) { edges { node { leadMembers { name ${selection} } } } }`;
  }
  return `{ member(id: "${MEMBER}") { ${selection} } }`;
}

describe("operation limits at the gateway", () => {
  it("refuses deep nesting", async () => {
    await expectRefused({ query: deepQuery(4) }, 400, /depth/i);
  });

  it("refuses alias overload", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: name`).join(" ");
    await expectRefused({ query: `{ member(id: "${MEMBER}") { ${aliases} } }` }, 400, /aliases/i);
  });

  it("refuses too many root fields", async () => {
    const roots = Array.from(
      { length: 11 },
      (_, i) => `r${i}: serviceOfferings(first: 1) { totalCount }`,
    ).join(" ");
    await expectRefused({ query: `{ ${roots} }` }, 400, /root field|aliases/i);
  });

  it("refuses directive overload", async () => {
    const directives = Array.from({ length: 11 }, () => "@include(if: true)").join(" ");
    await expectRefused({ query: `{ member(id: "${MEMBER}") { name ${directives} } }` }, 400, /directives/i);
  });

  it("refuses an operation with too many tokens", async () => {
    const fields = Array.from({ length: 2100 }, () => "name").join(" ");
    await expectRefused({ query: `{ member(id: "${MEMBER}") { ${fields} } }` }, 400, /token/i);
  });

  it("refuses circular fragments", async () => {
    const query = `query { member(id: "${MEMBER}") { ...A } }
      fragment A on Member { name ...B }
      fragment B on Member { name ...A }`;
    await expectRefused({ query }, 400, /cannot spread fragment/i);
  });

  it("refuses a fragment explosion", async () => {
    // Each fragment spreads the previous one several times: 6^6 fields once expanded.
    const levels = 6;
    const fragments = [`fragment F0 on Member { name }`];
    for (let i = 1; i <= levels; i += 1) {
      fragments.push(
        `fragment F${i} on Member { ...F${i - 1} ...F${i - 1} ...F${i - 1} ...F${i - 1} ...F${i - 1} ...F${i - 1} }`,
      );
    }
    const query = `{ member(id: "${MEMBER}") { ...F${levels} } } ${fragments.join(" ")}`;
    await expectRefused({ query }, 400, /cost|token|depth/i);
  });

  it("refuses a page larger than 100, written in the query or passed as a variable", async () => {
    await expectRefused(
      { query: "{ members(first: 1000) { totalCount } }" },
      400,
      /first must be between 0 and 100/,
    );
    await expectRefused(
      { query: "query($n: Int) { members(first: $n) { totalCount } }", variables: { n: 1000 } },
      400,
      /first must be between 0 and 100/,
    );
  });

  it("refuses batched HTTP requests", async () => {
    counter.calls.length = 0;
    const response = await postJson(gateway.url, [
      { query: "{ members(first: 1) { totalCount } }" },
      { query: "{ members(first: 1) { totalCount } }" },
    ]);
    expect(response.status).toBe(400);
    expect(counter.calls).toEqual([]);
  });

  it("refuses a body over the size limit, such as a 1 MB string in an input", async () => {
    counter.calls.length = 0;
    const response = await postJson(gateway.url, {
      query: "query($text: String) { members(filter: { nameContains: $text }) { totalCount } }",
      variables: { text: "x".repeat(1024 * 1024) },
    });
    expect(response.status).toBe(413);
    expect(response.body?.errors?.[0]?.message).toBe("The request body is too large.");
    expect(counter.calls).toEqual([]);
  });

  it("refuses GET and text/plain requests that skip the CORS preflight (CSRF)", async () => {
    counter.calls.length = 0;
    const get = await send(
      `${gateway.url}?query=${encodeURIComponent("{ members(first: 1) { totalCount } }")}`,
      {
        method: "GET",
      },
    );
    expect(get.status).toBe(400);
    expect(get.body?.errors?.[0]?.message).toMatch(/CSRF/);
    const textPlain = await send(gateway.url, {
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ members(first: 1) { totalCount } }" }),
    });
    expect(textPlain.status).toBe(400);
    expect(counter.calls).toEqual([]);
  });

  it("still answers a normal operation with one fetch per subgraph it needs", async () => {
    counter.calls.length = 0;
    const response = await postJson(gateway.url, {
      query: `{ member(id: "${MEMBER}") { name neighbourhoodActions(first: 1) { totalCount } practices(first: 1) { totalCount } } }`,
    });
    expect(response.status).toBe(200);
    expect(response.body?.errors).toBeUndefined();
    expect(counter.calls).toHaveLength(3);
  });
});
