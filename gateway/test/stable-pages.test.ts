import { gql, type ApolloClient } from "@apollo/client";
import { Client } from "pg";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import {
  readWhileChanging,
  STABLE_PAGES,
  type PageArguments,
  type PageOfIds,
} from "@pole/subgraph-kit/testing";
import { clientFor, startGateway, type GatewayUnderTest } from "./gateway-harness";

// A frontend pages through the members directory with Apollo Client, through the real gateway, while
// members are added and removed in the economic subgraph's database between its page reads: forward
// (first/after) and backward (last/before), no member is shown twice and none is missed.

let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;
let economicDb: Client;
let client: ApolloClient;

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  gateway = await startGateway(subgraphs.routes);
  economicDb = new Client({ connectionString: subgraphs.databases.economic });
  await economicDb.connect();
  client = clientFor(gateway.url);
}, 120_000);
afterAll(async () => {
  await economicDb?.end();
  await gateway?.stop();
  await subgraphs?.stop();
});

// Only this test's members are in the list (the sample members have figures and leases that keep them).
const PREFIX = "Essai de pagination";
let inserted = 0;
async function insertMember(): Promise<void> {
  inserted += 1;
  await economicDb.query(
    `INSERT INTO member (name, legal_form, membership_kind, joined_on) VALUES ($1, 'ASSOCIATION', 'INSTALLED', $2)`,
    [`${PREFIX} ${["A", "b", "É", "e"][inserted % 4]}`, `201${inserted % 3}-06-01`],
  );
}

const MEMBERS = gql`
  query MembersPage(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: MemberFilter
    $sort: MemberSort
  ) {
    members(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort) {
      totalCount
      edges {
        cursor
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

const readMembers = (sort: unknown) => async (page: PageArguments) => {
  const result = await client.query<{ members: PageOfIds }>({
    query: MEMBERS,
    variables: { ...page, sort, filter: { nameContains: PREFIX } },
  });
  expect(result.error).toBeUndefined();
  return result.data!.members;
};

/** Between two pages: removes the member the cursor came from, one already shown and one not yet; adds one. */
const changeOf =
  (backward: boolean) =>
  async (page: PageOfIds, seen: readonly string[]): Promise<string[]> => {
    const boundary = page.edges[backward ? 0 : page.edges.length - 1].node.id;
    const { rows } = await economicDb.query<{ id: string }>(
      "SELECT id FROM member WHERE name LIKE $1 AND NOT (id = ANY($2::uuid[])) ORDER BY id LIMIT 1",
      [`${PREFIX}%`, [...seen]],
    );
    const shown = seen.find((id) => id !== boundary);
    const deleted = [boundary, ...(shown ? [shown] : []), ...rows.map((row) => row.id)];
    await economicDb.query("DELETE FROM member WHERE id = ANY($1::uuid[])", [deleted]);
    await insertMember();
    return deleted;
  };

describe.each([
  ["name", { field: "NAME", direction: "ASC" }],
  ["joining date, newest first", { field: "JOINED_ON", direction: "DESC" }],
])("the members directory by %s, through the gateway", (_label, sort) => {
  beforeEach(async () => {
    await economicDb.query("DELETE FROM member WHERE name LIKE $1", [`${PREFIX}%`]);
    for (let i = 0; i < 9; i += 1) await insertMember();
  });

  it.each([
    ["forward", false],
    ["backward", true],
  ])("pages %s without showing a member twice or missing one", async (_way, backward) => {
    const report = await readWhileChanging({ read: readMembers(sort), change: changeOf(backward), backward });
    expect(report).toMatchObject(STABLE_PAGES);
    expect(report.pages).toBeGreaterThan(2);
  });
});

it("refuses a forged cursor and first with last as BAD_USER_INPUT through the gateway", async () => {
  for (const variables of [{ after: "b2Zmc2V0OjM" }, { first: 1, last: 1 }]) {
    const result = await client.query({ query: MEMBERS, variables, errorPolicy: "all" });
    expect(result.error).toMatchObject({ errors: [{ extensions: { code: "BAD_USER_INPUT" } }] });
  }
});
