import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ApolloClient, gql, HttpLink, type ObservableQuery } from "@apollo/client";
import { buildSchema, getNamedType, isObjectType } from "graphql";
import { tokenFor } from "@pole/subgraph-kit/testing";
import { REPO_ROOT } from "@pole/stack";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { createCache, typePolicies } from "@pole/web/type-policies";
import { startGateway, type GatewayUnderTest } from "./gateway-harness";

// The README's "For frontend teams" cache policies, used by Apollo Client through the real gateway and
// subgraphs: pages merged into one list, one cache entry per entity and per report year.

let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;
let councilToken: string;

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  gateway = await startGateway(subgraphs.routes);
  councilToken = await tokenFor({ role: "council" });
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

/** A frontend's client with the README's cache, counting the HTTP requests it sends. */
function frontendClient(token?: string) {
  const requests: string[] = [];
  const client = new ApolloClient({
    link: new HttpLink({
      uri: gateway.url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      fetch: (input, init) => {
        requests.push(JSON.parse(String(init?.body)).operationName);
        return fetch(input, init);
      },
    }),
    cache: createCache(),
  });
  return { client, requests };
}

/** Watches a query as a component would; resolves with its first complete result (call stop() after). */
function watch<T>(watched: ObservableQuery<T>) {
  let stop = () => {};
  const first = new Promise<T>((resolve, reject) => {
    const subscription = watched.subscribe({
      next: (result) => {
        if (result.dataState === "complete") resolve(result.data as T);
      },
      error: reject,
    });
    stop = () => subscription.unsubscribe();
  });
  return { first, stop: () => stop() };
}

const cacheKeys = (client: ApolloClient) => Object.keys(client.cache.extract() as Record<string, unknown>);

const MEMBERS = gql`
  query MembersPage($first: Int, $after: String, $filter: MemberFilter) {
    members(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
interface MembersPage {
  members: {
    totalCount: number;
    edges: { node: { id: string; name: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe("the README's InMemoryCache policies through the gateway", () => {
  it("are the README's, word for word, and give every connection of the API a list policy", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    const policiesFile = readFileSync(join(REPO_ROOT, "web", "src", "apollo", "type-policies.ts"), "utf8");
    expect(readme).toContain(policiesFile.trim());
    const schema = buildSchema(readFileSync(join(REPO_ROOT, "schema", "api.graphql"), "utf8"));
    const connections = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => getNamedType(field.type).name.endsWith("Connection"))
          .map((field) => `${type.name}.${field.name}`),
      );
    const withPolicies = Object.entries(typePolicies).flatMap(([type, policy]) =>
      Object.keys(policy.fields ?? {}).map((field) => `${type}.${field}`),
    );
    expect(connections.filter((field) => !withPolicies.includes(field))).toEqual([]);
  });

  it("merges two pages of members into one list with fetchMore, and keeps another filter's list apart", async () => {
    const { client, requests } = frontendClient();
    const first = await client.query<MembersPage>({ query: MEMBERS, variables: { first: 5 } });
    const firstIds = first.data!.members.edges.map((edge) => edge.node.id);
    expect(firstIds).toHaveLength(5);
    const more = await client.query<MembersPage>({
      query: MEMBERS,
      variables: { first: 5, after: first.data!.members.pageInfo.endCursor },
      fetchPolicy: "network-only",
    });
    // The cache's one list (keyed by filter and sort) now holds both pages, in order, without repeats.
    const mergedIds = more.data!.members.edges.map((edge) => edge.node.id);
    expect(mergedIds).toHaveLength(10);
    expect(mergedIds.slice(0, 5)).toEqual(firstIds);
    expect(new Set(mergedIds).size).toBe(10);
    expect(more.data!.members.totalCount).toBe(first.data!.members.totalCount);
    const cached = client.readQuery<MembersPage>({ query: MEMBERS, variables: { first: 5 } });
    expect(cached!.members.edges.map((edge) => edge.node.id)).toEqual(mergedIds);

    const installed = await client.query<MembersPage>({
      query: MEMBERS,
      variables: { first: 5, filter: { membershipKind: "INSTALLED" } },
    });
    expect(installed.data!.members.edges.length).toBeGreaterThan(0);
    expect(
      client.readQuery<MembersPage>({ query: MEMBERS, variables: { first: 5 } })!.members.edges,
    ).toHaveLength(10);
    expect(requests).toEqual(["MembersPage", "MembersPage", "MembersPage"]);
  });

  it("appends a page with ObservableQuery.fetchMore, each member stored once", async () => {
    const { client } = frontendClient();
    const watched = client.watchQuery<MembersPage>({ query: MEMBERS, variables: { first: 4 } });
    const component = watch(watched);
    const firstPage = await component.first;
    await watched.fetchMore({ variables: { after: firstPage.members.pageInfo.endCursor } });
    component.stop();
    const list = client.readQuery<MembersPage>({ query: MEMBERS, variables: { first: 4 } })!.members.edges;
    expect(list).toHaveLength(8);
    expect(new Set(list.map((edge) => edge.node.id)).size).toBe(8);
    const cached = cacheKeys(client).filter((key) => key.startsWith("Member:"));
    expect(cached.sort()).toEqual(list.map((edge) => `Member:${edge.node.id}`).sort());
  });

  it("keeps one cache entry per annual report year, merging the parts two queries asked for", async () => {
    const { client, requests } = frontendClient(councilToken);
    const members = gql`
      query ReportMembers {
        annualReport(year: 2013) {
          year
          economy {
            memberCount
          }
        }
      }
    `;
    const budget = gql`
      query ReportBudget {
        annualReport(year: 2013) {
          year
          economy {
            consolidatedBudget
          }
          knowledge {
            practiceCount
          }
        }
      }
    `;
    await client.query({ query: members });
    await client.query({ query: budget });
    const entries = cacheKeys(client).filter((key) => key.startsWith("AnnualReport:"));
    expect(entries).toEqual(['AnnualReport:{"year":2013}']);
    // Both queries now read from the one entry, without a request.
    const both = gql`
      query ReportBoth {
        annualReport(year: 2013) {
          year
          economy {
            memberCount
            consolidatedBudget
          }
        }
      }
    `;
    const read = await client.query<{ annualReport: { economy: Record<string, number> } }>({ query: both });
    expect(read.data!.annualReport.economy).toMatchObject({ memberCount: 15, consolidatedBudget: 3_700_000 });
    expect(requests).toEqual(["ReportMembers", "ReportBudget"]);
  });

  it("answers annualReport(year) from the cache after annualReports(from, to) brought that year", async () => {
    const { client, requests } = frontendClient(councilToken);
    await client.query({
      query: gql`
        query Span {
          annualReports(from: 2012, to: 2013) {
            year
            economy {
              memberCount
            }
          }
        }
      `,
    });
    const year = await client.query<{ annualReport: { year: number; economy: { memberCount: number } } }>({
      query: gql`
        query OneYear {
          annualReport(year: 2013) {
            year
            economy {
              memberCount
            }
          }
        }
      `,
    });
    expect(year.data!.annualReport).toMatchObject({ year: 2013, economy: { memberCount: 15 } });
    expect(requests).toEqual(["Span"]);
  });

  it("normalises a member met in a list and by id into one entity, read by id without a request", async () => {
    const { client, requests } = frontendClient();
    const page = await client.query<MembersPage>({ query: MEMBERS, variables: { first: 3 } });
    const { id, name } = page.data!.members.edges[0].node;
    const byId = await client.query<{ member: { id: string; name: string } }>({
      query: gql`
        query MemberById($id: ID!) {
          member(id: $id) {
            id
            name
          }
        }
      `,
      variables: { id },
    });
    expect(byId.data!.member).toEqual({ __typename: "Member", id, name });
    expect(requests).toEqual(["MembersPage"]);
  });

  it("pages a member's neighbourhood actions inside the Member entity, one list per filter", async () => {
    const { client } = frontendClient();
    const ACTIONS = gql`
      query MemberActions($id: ID!, $after: String, $filter: NeighbourhoodActionFilter) {
        member(id: $id) {
          id
          neighbourhoodActions(first: 1, after: $after, filter: $filter) {
            totalCount
            edges {
              node {
                id
              }
            }
            pageInfo {
              endCursor
            }
          }
        }
      }
    `;
    type Actions = {
      member: {
        neighbourhoodActions: {
          totalCount: number;
          edges: { node: { id: string } }[];
          pageInfo: { endCursor: string };
        };
      };
    };
    const id = "a0000000-0000-4000-8000-000000000001";
    const watched = client.watchQuery<Actions>({ query: ACTIONS, variables: { id } });
    const component = watch(watched);
    const first = await component.first;
    expect(first.member.neighbourhoodActions.totalCount).toBeGreaterThan(1);
    await watched.fetchMore({ variables: { after: first.member.neighbourhoodActions.pageInfo.endCursor } });
    component.stop();
    const all = client.readQuery<Actions>({ query: ACTIONS, variables: { id } })!;
    expect(all.member.neighbourhoodActions.edges).toHaveLength(2);
    const filtered = await client.query<Actions>({
      query: ACTIONS,
      variables: { id, filter: { kind: "CULTURAL_ARTISTIC" } },
    });
    expect(filtered.data!.member.neighbourhoodActions.edges).toHaveLength(1);
    expect(
      client.readQuery<Actions>({ query: ACTIONS, variables: { id } })!.member.neighbourhoodActions.edges,
    ).toHaveLength(2);
  });
});
