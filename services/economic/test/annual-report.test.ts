import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { startEconomic } from "./economic-harness";

let economic: SubgraphUnderTest;
beforeAll(async () => {
  economic = await startEconomic();
});
afterAll(() => economic.stop());

const REPORT = `query($year: Int!) { annualReport(year: $year) { year economy {
  memberCount installedMemberCount associatedMemberCount fte permanentEmployees
  consolidatedBudget cumulatedRevenue cumulatedEquity legalFormCount occupiedAreaSqm } } }`;

describe("economy part of the annual report", () => {
  it("reproduces the seed document's 2013 figures", async () => {
    const result = await economic.request(REPORT, { year: 2013 }, await tokenFor({ role: "council" }));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      annualReport: {
        year: 2013,
        economy: {
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
        },
      },
    });
  });

  it("counts a structure that left in 2012 in 2012 but not in 2013", async () => {
    const staff = await tokenFor({ role: "staff" });
    const count = async (year: number) =>
      (
        await economic.request<{ annualReport: { economy: { memberCount: number } } }>(
          REPORT,
          { year },
          staff,
        )
      ).data!.annualReport.economy.memberCount;
    const members2012 = await count(2012);
    const active2012 = await economic.request<{ members: { totalCount: number } }>(
      `{ members(filter: { activeInYear: 2012 }) { totalCount } }`,
    );
    expect(members2012).toBe(active2012.data?.members.totalCount);
    expect(members2012).toBe(14);
  });

  it("keeps money exact to the cent", async () => {
    await economic.dataSource.query(
      `UPDATE member_year SET budget_cents = budget_cents + 1 WHERE year = 2013 AND member_id = 'a0000000-0000-4000-8000-000000000001'`,
    );
    await economic.dataSource.query(
      `UPDATE member_year SET budget_cents = budget_cents + 2 WHERE year = 2013 AND member_id = 'a0000000-0000-4000-8000-000000000002'`,
    );
    try {
      const result = await economic.request<{ annualReport: { economy: { consolidatedBudget: number } } }>(
        REPORT,
        { year: 2013 },
        await tokenFor({ role: "staff" }),
      );
      expect(result.data?.annualReport.economy.consolidatedBudget).toBe(3_700_000.03);
    } finally {
      await economic.dataSource.query(
        `UPDATE member_year SET budget_cents = budget_cents - 1 WHERE year = 2013 AND member_id = 'a0000000-0000-4000-8000-000000000001'`,
      );
      await economic.dataSource.query(
        `UPDATE member_year SET budget_cents = budget_cents - 2 WHERE year = 2013 AND member_id = 'a0000000-0000-4000-8000-000000000002'`,
      );
    }
  });

  it("refuses a year outside 1900–2100 with a clear BAD_USER_INPUT", async () => {
    const result = await economic.request(REPORT, { year: 1850 }, await tokenFor({ role: "council" }));
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toBe("year must be between 1900 and 2100; got 1850.");
  });

  it("is for staff and council only", async () => {
    const anonymous = await economic.request(REPORT, { year: 2013 });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const member = await economic.request(
      REPORT,
      { year: 2013 },
      await tokenFor({ role: "member", memberId: "a0000000-0000-4000-8000-000000000001" }),
    );
    expect(member.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
