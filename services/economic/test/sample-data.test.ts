import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { startEconomic } from "./economic-harness";

// The sample data tells the seed's story without contradicting itself (issue 12 point 9).

let economic: SubgraphUnderTest;
beforeAll(async () => {
  economic = await startEconomic();
});
afterAll(() => economic.stop());

const FOUNDED_ON = "2010-12-02";

interface Lease {
  startsOn: string;
  endsOn: string | null;
  areaSqm: number;
}
interface Founder {
  name: string;
  joinedOn: string;
  membershipKind: string;
  membershipHistory: { startsOn: string }[];
  officeLeases: Lease[];
}

describe("sample data", () => {
  it("lets the first enterprises' offices in the Boutaric building from 2007–2010, before they join on 2 December 2010", async () => {
    const result = await economic.request<{ members: { edges: { node: Founder }[] } }>(
      `{ members(first: 100) { edges { node { name joinedOn membershipKind
           membershipHistory { startsOn } officeLeases { startsOn endsOn areaSqm } } } } }`,
      {},
      await tokenFor({ role: "staff" }),
    );
    expect(result.errors).toBeUndefined();
    const founders = result
      .data!.members.edges.map((edge) => edge.node)
      .filter((member) => member.joinedOn === FOUNDED_ON && member.membershipKind === "INSTALLED");
    expect(founders.length).toBeGreaterThanOrEqual(5);
    const firstLeases = founders.map((member) => member.officeLeases.map((l) => l.startsOn).sort()[0]);
    for (const [index, member] of founders.entries()) {
      // Membership of the association starts at its founding; the office lease earlier.
      expect([member.name, member.membershipHistory[0].startsOn]).toEqual([member.name, FOUNDED_ON]);
      expect([member.name, firstLeases[index] >= "2007-01-01" && firstLeases[index] < FOUNDED_ON]).toEqual([
        member.name,
        true,
      ]);
    }
    // The installation spreads over 2007–2010, as the seed says.
    expect(firstLeases.some((day) => day.startsWith("2007"))).toBe(true);
  });

  it("shows the building let before the Pôle, without counting those years' leases as the Pôle's services", async () => {
    const result = await economic.request<{
      annualReports: {
        year: number;
        economy: {
          memberCount: number;
          occupiedAreaSqm: number;
          serviceEngagementCount: number | null;
          membersSavingsByCategory: { key: string; value: number | null }[];
        };
      }[];
    }>(
      `{ annualReports(from: 2006, to: 2013) { year economy { memberCount occupiedAreaSqm serviceEngagementCount
           membersSavingsByCategory { key value } } } }`,
      {},
      await tokenFor({ role: "council" }),
    );
    expect(result.errors).toBeUndefined();
    const byYear = new Map(result.data!.annualReports.map((report) => [report.year, report.economy]));
    expect(byYear.get(2006)!.occupiedAreaSqm).toBe(0);
    for (const year of [2008, 2009]) {
      expect([year, byYear.get(year)!.memberCount, byYear.get(year)!.serviceEngagementCount]).toEqual([
        year,
        0,
        null,
      ]);
      expect(byYear.get(year)!.occupiedAreaSqm).toBeGreaterThan(0);
    }
    expect(byYear.get(2013)!.occupiedAreaSqm).toBe(400);

    // 2010: a lease counts as the Pôle's office rental from the tenant's joining day (December) only.
    const [{ savings, others }] = await economic.dataSource.query<{ savings: string; others: number }[]>(
      `SELECT (SELECT sum(l.public_monthly_rent_cents - l.monthly_rent_cents) / 100.0
                 FROM office_lease l JOIN member m ON m.id = l.member_id
                WHERE l.starts_on <= '2010-12-31' AND (l.ends_on IS NULL OR l.ends_on >= '2010-12-01')
                  AND m.joined_on <= '2010-12-31') AS savings,
              (SELECT count(*) FROM booking WHERE starts_at < '2011-01-01')::int
                + (SELECT count(*) FROM group_purchase WHERE ordered_on < '2011-01-01')::int AS others`,
    );
    expect(others).toBe(0);
    expect(
      byYear.get(2010)!.membersSavingsByCategory.find((item) => item.key === "POOLED_RESOURCES")?.value,
    ).toBe(Number(savings));
  });

  it("has the steering committee decide the second recruitment before the second employee starts", async () => {
    const result = await economic.request<{
      steeringCommitteeMeetings: {
        edges: { node: { heldOn: string; decisions: { title: string; outcome: string }[] } }[];
      };
      operatingTeam: { edges: { node: { startsOn: string } }[] };
    }>(
      `{ steeringCommitteeMeetings(first: 100) { edges { node { heldOn decisions { title outcome } } } }
         operatingTeam(first: 100) { edges { node { startsOn } } } }`,
      {},
      await tokenFor({ role: "staff" }),
    );
    expect(result.errors).toBeUndefined();
    const recruitments = result.data!.steeringCommitteeMeetings.edges.flatMap(({ node }) =>
      node.decisions
        .filter((decision) => /recrutement/i.test(decision.title))
        .map((decision) => ({ heldOn: node.heldOn, outcome: decision.outcome })),
    );
    const starts = result.data!.operatingTeam.edges.map((edge) => edge.node.startsOn).sort();
    expect(starts).toHaveLength(2);
    expect(recruitments).toHaveLength(1);
    const [recruitment] = recruitments;
    expect(recruitment.outcome).toBe("ADOPTED");
    expect(recruitment.heldOn.startsWith("2011")).toBe(true);
    // Decided after the first post was filled and before the second one was.
    expect(starts[0] < recruitment.heldOn && recruitment.heldOn < starts[1]).toBe(true);
  });

  it("marks the sample fundings as sample records", async () => {
    const result = await economic.request<{ fundings: { edges: { node: { isSample: boolean } }[] } }>(
      `{ fundings(first: 100) { edges { node { isSample } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.fundings.edges.length).toBeGreaterThan(0);
    expect(result.data!.fundings.edges.every((edge) => edge.node.isSample)).toBe(true);
  });
});
