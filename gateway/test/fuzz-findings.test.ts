import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { tokenFor } from "@pole/subgraph-kit/testing";
import { postJson, startGateway, type GatewayUnderTest } from "./gateway-harness";

// What the fuzzer (`npm run fuzz`, issue 18) found, one test per defect, each the fuzzer's shrunk
// operation as a caller would send it: an answer with a clear code, never INTERNAL_SERVER_ERROR.

let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  gateway = await startGateway(subgraphs.routes);
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

const codesOf = (body: { errors?: { extensions?: { code?: string } }[] } | null) =>
  (body?.errors ?? []).map((error) => error.extensions?.code);

describe("defects the fuzzer found", () => {
  it.each(["0000-01-01", "2013-02-30"])(
    "refuses the date %s in a filter as bad input, like any date that is none (PostgreSQL has no year zero)",
    async (from) => {
      const response = await postJson(gateway.url, {
        query: `query($filter: SteeringCommitteeMeetingFilter) { steeringCommitteeMeetings(filter: $filter) { totalCount } }`,
        variables: { filter: { from } },
      });
      expect(codesOf(response.body)).toEqual(["BAD_USER_INPUT"]);
    },
  );

  it("refuses the year 0000 in a date argument as bad input", async () => {
    const response = await postJson(gateway.url, {
      query: `query($on: LocalDate) { colleges(on: $on) { memberCount } }`,
      variables: { on: "0000-01-01" },
    });
    expect(codesOf(response.body)).toEqual(["BAD_USER_INPUT"]);
  });

  it.each([1e-7, 5e-7])(
    "refuses a practice budget of %s € (written in exponent form) as bad input, naming the field",
    async (budget) => {
      const staff = await tokenFor({ role: "staff" });
      const response = await postJson(
        gateway.url,
        {
          query: `mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { practice { id } } }`,
          variables: { input: { id: "c2000000-0000-4000-8000-000000000001", resources: { budget } } },
        },
        { authorization: `Bearer ${staff}` },
      );
      expect(codesOf(response.body)).toEqual(["BAD_USER_INPUT"]);
      const { fieldErrors } = response.body!.errors![0].extensions as { fieldErrors?: { path: unknown[] }[] };
      expect(fieldErrors?.map((error) => error.path)).toEqual([["input", "resources", "budget"]]);
    },
  );
});
