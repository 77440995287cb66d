import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import {
  ATELIER_BOUTARIC_IMAGES,
  COMPAGNIE_DES_GRESILLES,
  LUMIERE_COOP_LEFT_2012,
  startEconomic,
} from "./economic-harness";

let economic: SubgraphUnderTest;
beforeAll(async () => {
  economic = await startEconomic();
});
afterAll(() => economic.stop());

interface MembersPage {
  members: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string; membershipKind: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const MEMBERS = `query Members($first: Int, $after: String, $filter: MemberFilter, $sort: MemberSort) {
  members(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    edges { cursor node { id name membershipKind } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe("member queries", () => {
  it("returns a member by id with its public fields", async () => {
    const result = await economic.request<{ member: Record<string, unknown> }>(
      `{ member(id: "${COMPAGNIE_DES_GRESILLES}") { id name legalForm activities membershipKind joinedOn leftOn isSample } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.member).toEqual({
      id: COMPAGNIE_DES_GRESILLES,
      name: "Compagnie des Grésilles (exemple)",
      legalForm: "ASSOCIATION",
      activities: ["LIVE_PERFORMANCE"],
      membershipKind: "INSTALLED",
      joinedOn: "2010-12-02",
      leftOn: null,
      isSample: true,
    });
  });

  it("answers null for an unknown id and BAD_USER_INPUT for a malformed one", async () => {
    const unknown = await economic.request(`{ member(id: "a0000000-0000-4000-8000-0000000000ff") { id } }`);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ member: null });

    const malformed = await economic.request(`{ member(id: "1; DROP TABLE member") { id } }`);
    expect(malformed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("finds a member whatever the case of its id", async () => {
    const result = await economic.request<{ member: { id: string } | null }>(
      `{ member(id: "${COMPAGNIE_DES_GRESILLES.toUpperCase()}") { id } }`,
    );
    expect(result.data?.member).toEqual({ id: COMPAGNIE_DES_GRESILLES });
  });

  it("pages through every member with cursors and a stable total", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { data?: MembersPage | null } = await economic.request<MembersPage>(MEMBERS, {
        first: 5,
        after,
        filter: { includeFormer: true },
      });
      const page: MembersPage["members"] = result.data!.members;
      expect(page.totalCount).toBe(16);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(16);
  });

  it("filters by year of activity and membership kind", async () => {
    const installed2013 = await economic.request<MembersPage>(MEMBERS, {
      first: 100,
      filter: { activeInYear: 2013, membershipKind: "INSTALLED" },
    });
    expect(installed2013.data?.members.totalCount).toBe(9);
    const active2013 = await economic.request<MembersPage>(MEMBERS, {
      first: 100,
      filter: { activeInYear: 2013 },
    });
    expect(active2013.data?.members.totalCount).toBe(15);
    expect(active2013.data?.members.edges.map((e) => e.node.id)).not.toContain(LUMIERE_COOP_LEFT_2012);
  });

  it("sorts by joining date, newest first", async () => {
    const result = await economic.request<MembersPage>(
      `query { members(first: 2, sort: { field: JOINED_ON, direction: DESC }) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(result.data?.members.edges.map((e) => e.node.name)).toEqual([
      "Agence graphique itinérante (exemple)",
      "Pixels & Papiers (exemple)",
    ]);
  });

  it("matches name text literally, wildcards included", async () => {
    const result = await economic.request<MembersPage>(MEMBERS, { filter: { nameContains: "%" } });
    expect(result.data?.members.totalCount).toBe(0);
    const byWord = await economic.request<MembersPage>(MEMBERS, { filter: { nameContains: "boutaric" } });
    expect(byWord.data?.members.edges.map((e) => e.node.name).sort()).toEqual([
      "Atelier Boutaric Images (exemple)",
      "Radio Boutaric (exemple)",
    ]);
  });

  it("says which input breaks which rule", async () => {
    const result = await economic.request(MEMBERS, {
      filter: { nameContains: "x".repeat(201), activeInYear: 1850 },
    });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(
      /^Invalid input: .*nameContains.*200 characters.*activeInYear.*1900/,
    );
  });

  it("refuses a page larger than 100 and a forged cursor", async () => {
    const tooMany = await economic.request(MEMBERS, { first: 101 });
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooMany.errors?.[0].message).toMatch(/between 0 and 100/);
    const forged = await economic.request(MEMBERS, { after: "not-a-cursor" });
    expect(forged.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lists the service offer in its five families", async () => {
    const result = await economic.request<{ serviceOfferings: { edges: { node: { category: string } }[] } }>(
      `{ serviceOfferings(first: 100) { totalCount edges { node { category name memberRate publicRate } } } }`,
    );
    const categories = new Set(result.data?.serviceOfferings.edges.map((e) => e.node.category));
    expect([...categories].sort()).toEqual([
      "CUSTOM_TRAINING",
      "ECONOMIC_COLLABORATION",
      "POOLED_COMMERCIAL_ACTION",
      "POOLED_RESOURCES",
      "TAILORED_CONSULTING",
    ]);
  });
});

describe("protected member data", () => {
  const FIGURES = `query($id: ID!) { member(id: $id) { name figures(year: 2013) { year fte permanentEmployees budget revenue equity } } }`;

  it("refuses yearly figures to anonymous callers with UNAUTHENTICATED", async () => {
    const result = await economic.request(FIGURES, { id: COMPAGNIE_DES_GRESILLES });
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.errors?.[0].path).toEqual(["member", "figures"]);
  });

  it("refuses a member's figures to another member with FORBIDDEN", async () => {
    const other = await tokenFor({ role: "member", memberId: ATELIER_BOUTARIC_IMAGES });
    const result = await economic.request(FIGURES, { id: COMPAGNIE_DES_GRESILLES }, other);
    expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("shows a member its own figures, and the council and staff everyone's", async () => {
    const expected = {
      year: 2013,
      fte: 6.5,
      permanentEmployees: 6,
      budget: 420000,
      revenue: 150000,
      equity: 60000,
    };
    for (const viewer of [
      { role: "member" as const, memberId: COMPAGNIE_DES_GRESILLES },
      { role: "council" as const },
      { role: "staff" as const },
    ]) {
      const result = await economic.request<{ member: { figures: unknown[] } }>(
        FIGURES,
        { id: COMPAGNIE_DES_GRESILLES },
        await tokenFor(viewer),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.member.figures).toEqual([expected]);
    }
  });

  it("shows office rent to the tenant but not to other members", async () => {
    const query = `query($id: ID!) { member(id: $id) { officeLeases { room areaSqm monthlyRent } } }`;
    const tenant = await economic.request<{ member: { officeLeases: { monthlyRent: number }[] } }>(
      query,
      { id: COMPAGNIE_DES_GRESILLES },
      await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES }),
    );
    expect(tenant.errors).toBeUndefined();
    expect(tenant.data?.member.officeLeases[0].monthlyRent).toBe(570);
    const other = await economic.request(
      query,
      { id: COMPAGNIE_DES_GRESILLES },
      await tokenFor({ role: "member", memberId: ATELIER_BOUTARIC_IMAGES }),
    );
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("rejects a malformed or expired token with UNAUTHENTICATED and HTTP 401", async () => {
    const malformed = await economic.request(`{ members { totalCount } }`, undefined, "not.a.jwt");
    expect(malformed.status).toBe(401);
    expect(malformed.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const expired = await tokenFor({ role: "staff" }, "-1m");
    const result = await economic.request(`{ members { totalCount } }`, undefined, expired);
    expect(result.status).toBe(401);
    expect(result.errors?.[0].message).toMatch(/expired/);
  });
});

describe("a database failure", () => {
  it("reaches clients as an internal error naming no table, column or SQL", async () => {
    await economic.dataSource.query(`ALTER TABLE member RENAME TO member_gone`);
    try {
      const result = await economic.request(`{ members(first: 2) { totalCount edges { node { name } } } }`);
      expect(result.errors?.[0]).toEqual({
        message: "Internal server error",
        locations: expect.any(Array),
        path: ["members"],
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
      expect(JSON.stringify(result)).not.toMatch(/member_gone|relation|SELECT|postgres|stack/i);
    } finally {
      await economic.dataSource.query(`ALTER TABLE member_gone RENAME TO member`);
    }
    const after = await economic.request<{ members: { totalCount: number } }>(
      `{ members(first: 1) { totalCount } }`,
    );
    expect(after.data?.members.totalCount).toBeGreaterThanOrEqual(15);
  });
});
