import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { countingFetcher, postJson, send, startGateway, type GatewayUnderTest } from "./gateway-harness";

// Hostile operations are refused at the gateway with HTTP 400 and an error that says which limit they
// broke (`OPERATION_TOO_COMPLEX`, `extensions.limit`, `maximum`, `found`), before any subgraph is called
// (so no SQL statement runs), by POST and by GET alike; the gateway answers normally afterwards.

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

interface Refusal {
  message: string;
  extensions: { code: string; limit?: string; maximum?: number; found?: number };
}

/** Sends the operation, expects a 400 refusal without any subgraph call, then checks the gateway still answers. */
async function expectRefused(payload: unknown, byGet = false): Promise<Refusal> {
  counter.calls.length = 0;
  const response = byGet ? await getOperation(payload as Operation) : await postJson(gateway.url, payload);
  expect(response.status).toBe(400);
  expect(counter.calls).toEqual([]);
  const error = response.body?.errors?.[0] as Refusal | undefined;
  expect(error).toBeDefined();
  expect(error!.message).not.toMatch(/^Syntax Error/);
  const after = await postJson(gateway.url, { query: "{ members(first: 1) { totalCount } }" });
  expect(after.status).toBe(200);
  expect(after.body?.data).toEqual({ members: { totalCount: expect.any(Number) } });
  return error!;
}

/** Expects the refusal of one limit, with its maximum and what the operation had. */
async function expectLimit(payload: unknown, limit: string, maximum: number, byGet = false) {
  const error = await expectRefused(payload, byGet);
  expect(error.extensions).toEqual({
    code: "OPERATION_TOO_COMPLEX",
    limit,
    maximum,
    found: expect.any(Number),
  });
  expect(error.extensions.found).toBeGreaterThan(maximum);
  return error;
}

interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

/** A GET request as a browser-side client sends one (with the header that satisfies CSRF prevention). */
function getOperation({ query, variables }: Operation) {
  const params = new URLSearchParams({ query });
  if (variables) params.set("variables", JSON.stringify(variables));
  return send(`${gateway.url}?${params}`, { method: "GET", headers: { "apollo-require-preflight": "true" } });
}

/** member → its actions → their lead members → their actions … `levels` times. */
function deepQuery(levels: number): string {
  let selection = "name";
  for (let i = 0; i < levels; i += 1) {
    selection = `neighbourhoodActions(first: 1) { edges { node { leadMembers { name ${selection} } } } }`;
  }
  return `{ member(id: "${MEMBER}") { ${selection} } }`;
}

/** Members → their actions → the actions' lead members → those members' practices, each page `$n` long. */
const NESTED_PAGES = `query Nested($n: Int) {
  members(first: $n) { edges { node { name
    neighbourhoodActions(first: $n) { edges { node { title
      leadMembers { name practices(first: $n) { totalCount edges { node { title } } } } } } } } } } }`;

describe("the cost limit counts what will really be fetched", () => {
  it("multiplies by page sizes given in variables, and says which lists to make smaller", async () => {
    const error = await expectLimit({ query: NESTED_PAGES, variables: { n: 100 } }, "cost", 10000);
    // 100 members × 100 actions × 20 lead members (declared) × 100 practices
    expect(error.extensions.found).toBeGreaterThan(100 * 100 * 20 * 100);
    expect(error.message).toMatch(/lower `first`/);
    expect(error.message).toContain("members (first: 100)");
    expect(error.message).toContain("members.edges.node.neighbourhoodActions (first: 100)");
  });

  it("counts `last` like `first`, in the query or in variables", async () => {
    const backward = NESTED_PAGES.replaceAll("first: $n", "last: $n");
    const error = await expectLimit({ query: backward, variables: { n: 100 } }, "cost", 10000);
    expect(error.extensions.found).toBeGreaterThan(100 * 100 * 20 * 100);
    expect(error.message).toContain("members (last: 100)");
    expect(error.message).toContain("members.edges.node.neighbourhoodActions (last: 100)");
    const literal = await expectLimit(
      { query: backward.replace("($n: Int)", "").replaceAll("last: $n", "last: 100") },
      "cost",
      10000,
    );
    expect(literal.extensions.found).toBe(error.extensions.found);
    counter.calls.length = 0;
    const small = await postJson(gateway.url, { query: backward, variables: { n: 2 } });
    expect(small.status).toBe(200);
    expect(small.body?.errors).toBeUndefined();
  });

  it("answers the same operation with small pages", async () => {
    counter.calls.length = 0;
    const response = await postJson(gateway.url, { query: NESTED_PAGES, variables: { n: 2 } });
    expect(response.status).toBe(200);
    expect(response.body?.errors).toBeUndefined();
    expect(counter.calls.length).toBeGreaterThan(0);
  });

  it("refuses an operation it answered before once its variables ask for more, and answers it again", async () => {
    // The gateway remembers accepted documents with their variables (checked-operations.ts): never without.
    const query = NESTED_PAGES.replace("query Nested", "query NestedAgain");
    for (const n of [2, 100, 2, 100]) {
      counter.calls.length = 0;
      const response = await postJson(gateway.url, { query, variables: { n } });
      expect(response.status).toBe(n === 2 ? 200 : 400);
      expect(counter.calls.length > 0).toBe(n === 2);
    }
  });

  it("counts the default page size where `first` is omitted", async () => {
    // 20 × 20 × 20 (declared lead members) × 20: no `first` anywhere, still 160,000 practices' worth.
    const query = `{ members { edges { node { neighbourhoodActions { edges { node {
      leadMembers { practices { edges { node { title } } } } } } } } } } }`;
    const error = await expectLimit({ query }, "cost", 10000);
    expect(error.extensions.found).toBeGreaterThan(20 * 20 * 20 * 20);
  });

  it("counts the declared maximum of lists without pagination", async () => {
    // contributingMembers and leadMembers have no `first`: their declared maxima (50, 20) multiply.
    const query = `{ practices(first: 100) { edges { node { contributingMembers {
      neighbourhoodActions(first: 100) { edges { node { leadMembers { name } } } } } } } } }`;
    const error = await expectLimit({ query }, "cost", 10000);
    expect(error.extensions.found).toBeGreaterThan(100 * 50 * 100);
    expect(error.message).toContain("practices.edges.node.contributingMembers (up to 50)");
  });

  it("applies the same cost to GET requests", async () => {
    await expectLimit({ query: NESTED_PAGES, variables: { n: 100 } }, "cost", 10000, true);
  });

  it("refuses a page larger than 100, written in the query or passed as a variable", async () => {
    const literal = await expectRefused({ query: "{ members(first: 1000) { totalCount } }" });
    expect(literal.extensions.code).toBe("BAD_USER_INPUT");
    expect(literal.message).toMatch(/first must be between 0 and 100/);
    const variable = await expectRefused({
      query: "query($n: Int) { members(first: $n) { totalCount } }",
      variables: { n: 1000 },
    });
    expect(variable.extensions.code).toBe("BAD_USER_INPUT");
    expect(variable.message).toMatch(/first must be between 0 and 100; members asks for 1000/);
  });

  it("refuses a `last` outside 0–100 the same way", async () => {
    const literal = await expectRefused({ query: "{ members(last: 1000) { totalCount } }" });
    expect(literal.extensions.code).toBe("BAD_USER_INPUT");
    expect(literal.message).toMatch(/last must be between 0 and 100; members asks for 1000/);
    const variable = await expectRefused({
      query: "query($n: Int) { members(last: $n) { totalCount } }",
      variables: { n: -1 },
    });
    expect(variable.extensions.code).toBe("BAD_USER_INPUT");
    expect(variable.message).toMatch(/last must be between 0 and 100; members asks for -1/);
  });
});

describe("each limit refuses with its own name", () => {
  it("refuses deep nesting (depth)", async () => {
    await expectLimit({ query: deepQuery(4) }, "depth", 12);
  });

  it("refuses alias overload, __typename aliases included (aliases)", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: name`).join(" ");
    await expectLimit({ query: `{ member(id: "${MEMBER}") { ${aliases} } }` }, "aliases", 15);
    const typenames = Array.from({ length: 200 }, (_, i) => `t${i}: __typename`).join(" ");
    await expectLimit({ query: `{ member(id: "${MEMBER}") { ${typenames} } }` }, "aliases", 15);
  });

  it("refuses too many root fields (rootFields)", async () => {
    const roots = Array.from({ length: 11 }, () => "serviceOfferings(first: 1) { totalCount }").join(" ");
    await expectLimit({ query: `{ ${roots} }` }, "rootFields", 10);
  });

  it("refuses directive overload (directives)", async () => {
    const directives = Array.from({ length: 11 }, () => "@include(if: true)").join(" ");
    await expectLimit({ query: `{ member(id: "${MEMBER}") { name ${directives} } }` }, "directives", 10);
  });

  it("refuses an operation with too many tokens, by POST and by GET (tokens)", async () => {
    const fields = Array.from({ length: 2600 }, () => "id").join(" ");
    const query = `{ members(first: 1) { edges { node { ${fields} } } } }`;
    await expectLimit({ query }, "tokens", 2000);
    await expectLimit({ query }, "tokens", 2000, true);
  });

  it("refuses the same field repeated in one selection, the CPU attack on validation (repeatedFields)", async () => {
    const copies = Array.from({ length: 500 }, () => "id").join(" ");
    const error = await expectLimit(
      { query: `#${Math.random()}\n{ members(first: 1) { edges { node { ${copies} } } } }` },
      "repeatedFields",
      20,
    );
    expect(error.extensions.found).toBe(500);
  });

  it("refuses 1,980 copies of a field, under the token limit, on the selection size (fields)", async () => {
    const copies = Array.from({ length: 1980 }, () => "id").join(" ");
    const error = await expectLimit(
      { query: `{ members(first: 1) { edges { node { ${copies} } } } }` },
      "fields",
      1000,
    );
    expect(error.extensions.found).toBe(1980 + 3);
  });

  it("refuses a fragment explosion without expanding it (fields)", async () => {
    // Each fragment spreads the previous one six times: 6^6 fields once expanded.
    const fragments = [`fragment F0 on Member { name }`];
    for (let i = 1; i <= 6; i += 1) {
      fragments.push(
        `fragment F${i} on Member { ${Array.from({ length: 6 }, () => `...F${i - 1}`).join(" ")} }`,
      );
    }
    const query = `{ member(id: "${MEMBER}") { ...F6 } } ${fragments.join(" ")}`;
    const error = await expectLimit({ query }, "fields", 1000);
    expect(error.extensions.found).toBe(6 ** 6 + 1);
  });

  it("refuses circular fragments", async () => {
    const query = `query { member(id: "${MEMBER}") { ...A } }
      fragment A on Member { name ...B }
      fragment B on Member { name ...A }`;
    const error = await expectRefused({ query });
    expect(error.message).toMatch(/cannot spread fragment/i);
  });
});

describe("what the limits leave alone", () => {
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
    const query = encodeURIComponent("{ members(first: 1) { totalCount } }");
    const get = await send(`${gateway.url}?query=${query}`, { method: "GET" });
    expect(get.status).toBe(400);
    expect(get.body?.errors?.[0]?.message).toMatch(/CSRF/);
    const textPlain = await send(gateway.url, {
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ members(first: 1) { totalCount } }" }),
    });
    expect(textPlain.status).toBe(400);
    expect(counter.calls).toEqual([]);
  });

  it("answers the README's member page, the council's reports and a GET query", async () => {
    counter.calls.length = 0;
    const page = await postJson(gateway.url, {
      query: `{ member(id: "${MEMBER}") { name officeLeases { room } neighbourhoodActions(first: 3) { totalCount }
        practices(first: 3) { totalCount } } }`,
    });
    expect(page.status).toBe(200);
    expect(page.body?.errors).toBeUndefined();
    expect(counter.calls).toHaveLength(3);
    const get = await getOperation({ query: "{ members(first: 2) { totalCount edges { node { name } } } }" });
    expect(get.status).toBe(200);
    expect(get.body?.errors).toBeUndefined();
  });
});
