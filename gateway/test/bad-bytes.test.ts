import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { countingFetcher, postJson, startGateway, type GatewayUnderTest } from "./gateway-harness";

// Text PostgreSQL cannot store (a NUL character) or that is not text at all (an unpaired UTF-16
// surrogate) is bad input, refused by the gateway before any subgraph is asked, wherever it hides: a
// variable, a literal, a nested input field, a list. A forged cursor is refused by the subgraph before SQL.

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

const SEARCH = "query($text: String) { members(filter: { nameContains: $text }) { totalCount } }";
const SUBMIT = `mutation($input: SubmitContributionInput!) { submitContribution(input: $input) { contribution { id } } }`;

async function expectBadInput(payload: unknown) {
  counter.calls.length = 0;
  const response = await postJson(gateway.url, payload);
  expect(response.status).toBe(400);
  expect(response.body?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(counter.calls).toEqual([]);
  return response.body!.errors![0].message;
}

describe("bad bytes at the gateway", () => {
  it("refuses a NUL character in a variable, naming the variable", async () => {
    expect(await expectBadInput({ query: SEARCH, variables: { text: "a\u0000b" } })).toMatch(/\$text/);
  });

  it("refuses a lone surrogate in a variable", async () => {
    await expectBadInput({ query: SEARCH, variables: { text: "caf\ud800" } });
  });

  it("refuses a NUL character written in the query", async () => {
    await expectBadInput({ query: '{ members(filter: { nameContains: "a\\u0000b" }) { totalCount } }' });
  });

  it("refuses bad bytes deep in an input object of a mutation", async () => {
    const input = {
      phaseId: "b2000000-0000-4000-8000-000000000002",
      displayName: "Léa",
      body: "ok\u0000".repeat(5),
    };
    await expectBadInput({ query: SUBMIT, variables: { input } });
  });

  it("answers accents, emoji and other control characters as text", async () => {
    const response = await postJson(gateway.url, { query: SEARCH, variables: { text: "Ciné 🎬\t\u0001" } });
    expect(response.status).toBe(200);
    expect(response.body?.data).toEqual({ members: { totalCount: 0 } });
  });

  it.each([
    ["an old offset cursor out of range", Buffer.from("offset:99999999999999999999").toString("base64url")],
    [
      "a keyset cursor with a NUL byte",
      Buffer.from(JSON.stringify({ v: 1, l: "members", s: "x", k: ["\u0000", "x"] })).toString("base64url"),
    ],
  ])("refuses a forged cursor (%s) as bad input, not an internal error", async (_label, cursor) => {
    const response = await postJson(gateway.url, { query: `{ members(after: "${cursor}") { totalCount } }` });
    expect(response.body?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.body?.errors?.[0]?.message).toMatch(
      /^Invalid input: after: is not a cursor of this list: /,
    );
  });
});
