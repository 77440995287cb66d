import { gql } from "@apollo/client";
import { tokenFor } from "@pole/subgraph-kit/testing";
import { freePort, startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { clientFor, startGateway, type GatewayUnderTest } from "./gateway-harness";

const COMPAGNIE_DES_GRESILLES = "a0000000-0000-4000-8000-000000000001";

let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  gateway = await startGateway(subgraphs.routes);
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
  for (const pid of Object.values(subgraphs?.pids ?? {})) expect(() => process.kill(pid, 0)).toThrow();
});

const MEMBER_ACROSS_PILLARS = gql`
  query MemberAcrossPillars($id: ID!) {
    member(id: $id) {
      name
      membershipKind
      neighbourhoodActions(first: 3) {
        totalCount
        edges {
          node {
            title
            kind
          }
        }
      }
      practices(first: 5) {
        totalCount
        edges {
          node {
            title
          }
        }
      }
    }
  }
`;

const ANNUAL_REPORT = gql`
  query AnnualReport($year: Int!) {
    annualReport(year: $year) {
      year
      economy {
        memberCount
        installedMemberCount
        associatedMemberCount
        fte
        permanentEmployees
        consolidatedBudget
        cumulatedRevenue
        cumulatedEquity
        legalFormCount
        occupiedAreaSqm
      }
      neighbourhood {
        actionCount
        inhabitantsReached
      }
      knowledge {
        practiceCount
        transferCount
        territoryCount
      }
    }
  }
`;

interface MemberAcrossPillars {
  member: {
    name: string;
    neighbourhoodActions: { totalCount: number; edges: { node: { title: string } }[] };
    practices: { totalCount: number; edges: { node: { title: string } }[] };
  } | null;
}

describe("the supergraph through the gateway", () => {
  it("joins a member's economic profile, neighbourhood actions and practices in one query", async () => {
    const result = await clientFor(gateway.url).query<MemberAcrossPillars>({
      errorPolicy: "all",
      query: MEMBER_ACROSS_PILLARS,
      variables: { id: COMPAGNIE_DES_GRESILLES },
    });
    expect(result.error).toBeUndefined();
    const member = result.data!.member!;
    expect(member.name).toBe("Compagnie des Grésilles (exemple)");
    expect(member.neighbourhoodActions.totalCount).toBeGreaterThan(0);
    expect(member.neighbourhoodActions.edges.length).toBe(
      Math.min(3, member.neighbourhoodActions.totalCount),
    );
    expect(member.practices.totalCount).toBeGreaterThan(0);
  });

  it("gives the council the 2013 report with the seed document's economic figures", async () => {
    const council = clientFor(gateway.url, await tokenFor({ role: "council" }));
    const result = await council.query({
      errorPolicy: "all",
      query: ANNUAL_REPORT,
      variables: { year: 2013 },
    });
    expect(result.error).toBeUndefined();
    const report = (result.data as { annualReport: Record<string, unknown> }).annualReport;
    expect(report.economy).toEqual({
      __typename: "EconomyReport",
      memberCount: 15,
      installedMemberCount: 9,
      associatedMemberCount: 6,
      fte: 57,
      permanentEmployees: 50,
      consolidatedBudget: 3_700_000,
      cumulatedRevenue: 1_600_000,
      cumulatedEquity: 600_000,
      legalFormCount: 5,
      occupiedAreaSqm: 400,
    });
    expect(report.neighbourhood).toEqual(expect.objectContaining({ actionCount: expect.any(Number) }));
    expect(report.knowledge).toEqual(expect.objectContaining({ practiceCount: expect.any(Number) }));
  });

  it("answers null for an unknown member", async () => {
    const result = await clientFor(gateway.url).query<MemberAcrossPillars>({
      errorPolicy: "all",
      query: MEMBER_ACROSS_PILLARS,
      variables: { id: "a0000000-0000-4000-8000-0000000000ff" },
    });
    expect(result.error).toBeUndefined();
    expect(result.data?.member).toBeNull();
  });

  it("refuses a year outside 1900–2100 with BAD_USER_INPUT", async () => {
    const council = clientFor(gateway.url, await tokenFor({ role: "council" }));
    const result = await council.query({
      errorPolicy: "all",
      query: ANNUAL_REPORT,
      variables: { year: 2101 },
    });
    expect(errorCodes(result.error)).toContain("BAD_USER_INPUT");
    expect(String(result.error)).toMatch(/between 1900 and 2100/);
  });

  it("asks anonymous callers of the report to authenticate, and refuses it to members", async () => {
    const anonymous = await clientFor(gateway.url).query({
      errorPolicy: "all",
      query: ANNUAL_REPORT,
      variables: { year: 2013 },
    });
    expect(errorCodes(anonymous.error)).toContain("UNAUTHENTICATED");
    const member = clientFor(
      gateway.url,
      await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES }),
    );
    const refused = await member.query({
      errorPolicy: "all",
      query: ANNUAL_REPORT,
      variables: { year: 2013 },
    });
    expect(errorCodes(refused.error)).toContain("FORBIDDEN");
  });

  it("rejects a bad token with UNAUTHENTICATED before reaching any subgraph", async () => {
    const response = await fetch(gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer forged.token.value" },
      body: JSON.stringify({ query: "{ members { totalCount } }" }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe("a gateway with a subgraph down", () => {
  let degraded: GatewayUnderTest;
  beforeAll(async () => {
    // Nothing listens on this port: the knowledge subgraph is "down".
    degraded = await startGateway({
      ...subgraphs.routes,
      knowledge: { url: `http://127.0.0.1:${await freePort()}/graphql` },
    });
  });
  afterAll(() => degraded.stop());

  it("starts anyway and still answers the other subgraphs' fields", async () => {
    const result = await clientFor(degraded.url).query<MemberAcrossPillars>({
      errorPolicy: "all",
      query: MEMBER_ACROSS_PILLARS,
      variables: { id: COMPAGNIE_DES_GRESILLES },
    });
    expect(result.data?.member?.name).toBe("Compagnie des Grésilles (exemple)");
    expect(result.data?.member?.neighbourhoodActions.totalCount).toBeGreaterThan(0);
    expect(result.error).toBeDefined();
  });
});

function errorCodes(error: unknown): string[] {
  const errors = (error as { errors?: { extensions?: { code?: string } }[] } | undefined)?.errors ?? [];
  return errors.map((e) => e.extensions?.code ?? "");
}
