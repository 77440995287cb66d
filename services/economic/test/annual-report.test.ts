import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { currentReportYear } from "@pole/subgraph-kit";
import { LUMIERE_COOP_LEFT_2012, startEconomic } from "./economic-harness";

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

  it("counts the members on 31 December: a structure that left on 2012-06-30 is in 2011, not in 2012", async () => {
    const staff = await tokenFor({ role: "staff" });
    const count = async (year: number) =>
      (
        await economic.request<{ annualReport: { economy: { memberCount: number } } }>(
          REPORT,
          { year },
          staff,
        )
      ).data!.annualReport.economy.memberCount;
    const [{ left_on: leftOn }] = await economic.dataSource.query<{ left_on: string }[]>(
      `SELECT left_on::text FROM member WHERE id = $1`,
      [LUMIERE_COOP_LEFT_2012],
    );
    expect(leftOn).toBe("2012-06-30");
    // Members of 2012 at some point of the year: 14 with « Lumière Coop »; on 31 December: 13.
    const active2012 = await economic.request<{ members: { totalCount: number } }>(
      `{ members(filter: { activeInYear: 2012 }) { totalCount } }`,
    );
    expect(active2012.data?.members.totalCount).toBe(14);
    expect(await count(2012)).toBe(13);
    expect(await count(2011)).toBe(11);
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
    expect(result.errors?.[0].message).toBe("Invalid input: year: must be between 1900 and 2100; got 1850");
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

interface Item {
  key: string;
  label: string;
  value: number;
}
interface FullEconomy {
  memberCount: number;
  installedMemberCount: number;
  associatedMemberCount: number;
  membersByMembershipKind: Item[];
  membersByLegalForm: Item[];
  membersByActivity: Item[];
  serviceEngagementCount: number;
  serviceEngagementsByCategory: Item[];
  serviceHours: number;
  serviceHoursByCategory: Item[];
  membersServed: number;
  membersServedByCategory: Item[];
  membersSavings: number;
  membersSavingsByCategory: Item[];
  fundingReceived: number;
  fundingByFunderKind: Item[];
}

const BREAKDOWN = "{ key label value }";
const FULL_ECONOMY = `economy {
  memberCount installedMemberCount associatedMemberCount legalFormCount
  membersByMembershipKind ${BREAKDOWN} membersByLegalForm ${BREAKDOWN} membersByActivity ${BREAKDOWN}
  serviceEngagementCount serviceEngagementsByCategory ${BREAKDOWN}
  serviceHours serviceHoursByCategory ${BREAKDOWN}
  membersServed membersServedByCategory ${BREAKDOWN}
  membersSavings membersSavingsByCategory ${BREAKDOWN}
  fundingReceived fundingByFunderKind ${BREAKDOWN} }`;

const fullReport = async (year: number): Promise<FullEconomy> => {
  const result = await economic.request<{ annualReport: { economy: FullEconomy } }>(
    `query($year: Int!) { annualReport(year: $year) { ${FULL_ECONOMY} } }`,
    { year },
    await tokenFor({ role: "council" }),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.annualReport.economy;
};
const sum = (items: Item[]) => Math.round(items.reduce((total, item) => total + item.value, 0) * 100) / 100;
const asMap = (items: Item[]) =>
  Object.fromEntries(items.filter((i) => i.value !== 0).map((i) => [i.key, i.value]));

describe("economy breakdowns for the regional council", () => {
  it.each([2011, 2012, 2013])("makes every total of %i equal the sum of its breakdown", async (year) => {
    const report = await fullReport(year);
    expect(sum(report.membersByMembershipKind)).toBe(report.memberCount);
    expect(sum(report.membersByLegalForm)).toBe(report.memberCount);
    expect(asMap(report.membersByMembershipKind)).toEqual({
      INSTALLED: report.installedMemberCount,
      ASSOCIATED: report.associatedMemberCount,
    });
    expect(sum(report.serviceEngagementsByCategory)).toBe(report.serviceEngagementCount);
    expect(sum(report.serviceHoursByCategory)).toBe(report.serviceHours);
    expect(sum(report.membersSavingsByCategory)).toBe(report.membersSavings);
    expect(sum(report.fundingByFunderKind)).toBe(report.fundingReceived);
    // Distinct members: a member served in two families counts once in the total.
    expect(report.membersServed).toBeLessThanOrEqual(sum(report.membersServedByCategory));
    // Services count every member served during the year, one that left before 31 December too.
    const active = await economic.request<{ members: { totalCount: number } }>(
      `query($year: Int!) { members(filter: { activeInYear: $year }) { totalCount } }`,
      { year },
    );
    expect(report.membersServed).toBeLessThanOrEqual(active.data!.members.totalCount);
    // A member carries one activity or more.
    expect(sum(report.membersByActivity)).toBeGreaterThanOrEqual(report.memberCount);
  });

  it("labels every line in French under a stable key, listing keys with no value too", async () => {
    const report = await fullReport(2013);
    expect(report.membersByMembershipKind).toEqual([
      { key: "INSTALLED", label: "Installés dans l'immeuble Boutaric", value: 9 },
      { key: "ASSOCIATED", label: "Associés sur le territoire", value: 6 },
    ]);
    expect(report.membersByLegalForm.map((item) => item.key)).toEqual([
      "ASSOCIATION",
      "SCIC",
      "SCOP",
      "SARL",
      "EURL",
      "SAS",
      "EPCC",
      "CAE_HOSTING",
    ]);
    expect(report.membersByLegalForm.find((item) => item.key === "CAE_HOSTING")?.label).toBe(
      "Portage via CAE",
    );
    expect(report.fundingByFunderKind.find((item) => item.key === "REGION")?.label).toBe("Région");
    expect(report.serviceEngagementsByCategory.map((item) => item.label)).toEqual([
      "Actions commerciales mutualisées",
      "Collaboration économique",
      "Mutualisation de moyens",
      "Conseils personnalisés",
      "Formations sur mesure",
    ]);
  });

  it("recomputes every 2013 indicator from the raw rows with its own SQL", async () => {
    const report = await fullReport(2013);
    const sql = <T>(text: string) => economic.dataSource.query(text) as Promise<T[]>;
    const pairs = (rows: { key: string; value: string | number }[]) =>
      Object.fromEntries(rows.filter((r) => Number(r.value) !== 0).map((r) => [r.key, Number(r.value)]));
    const ACTIVE_2013 = `SELECT m.* FROM member m WHERE m.joined_on <= '2013-12-31' AND (m.left_on IS NULL OR m.left_on >= '2013-01-01')`;

    // Members: kind at 31 December 2013 from the history; legal forms; activities.
    const byKind = await sql<{ key: string; value: number }>(
      `SELECT p.kind::text AS key, count(*)::int AS value FROM (${ACTIVE_2013}) m
         JOIN membership_period p ON p.member_id = m.id AND p.starts_on <= '2013-12-31'
                                 AND (p.ends_on IS NULL OR p.ends_on >= least('2013-12-31', coalesce(m.left_on, '2013-12-31')))
        GROUP BY p.kind`,
    );
    expect(asMap(report.membersByMembershipKind)).toEqual(pairs(byKind));
    const byForm = await sql<{ key: string; value: number }>(
      `SELECT legal_form::text AS key, count(*)::int AS value FROM (${ACTIVE_2013}) m GROUP BY legal_form`,
    );
    expect(asMap(report.membersByLegalForm)).toEqual(pairs(byForm));
    const byActivity = await sql<{ key: string; value: number }>(
      `SELECT a::text AS key, count(*)::int AS value FROM (${ACTIVE_2013}) m, unnest(m.activities) a GROUP BY a`,
    );
    expect(asMap(report.membersByActivity)).toEqual(pairs(byActivity));

    // Services of 2013, family by family, straight from each table.
    const [actions] = await sql<Record<string, string>>(
      `SELECT count(*) AS n, coalesce(sum(p.hours), 0) AS hours, count(DISTINCT p.member_id) AS members,
              coalesce(sum(p.public_value_cents - p.contribution_cents) FILTER (WHERE p.public_value_cents IS NOT NULL), 0) AS savings
         FROM commercial_action_participant p JOIN commercial_action a ON a.id = p.action_id
        WHERE a.starts_on BETWEEN '2013-01-01' AND '2013-12-31'`,
    );
    const [collaborations] = await sql<Record<string, string>>(
      `SELECT 2 * count(*) AS n, 0 AS hours,
              (SELECT count(DISTINCT x) FROM collaboration c2, unnest(ARRAY[c2.lead_member_id, c2.partner_member_id]) x
                WHERE c2.starts_on BETWEEN '2013-01-01' AND '2013-12-31') AS members, 0 AS savings
         FROM collaboration c WHERE c.starts_on BETWEEN '2013-01-01' AND '2013-12-31'`,
    );
    const [resources] = await sql<Record<string, string>>(
      `WITH leases AS (
         SELECT member_id, (public_monthly_rent_cents - monthly_rent_cents) *
                (SELECT count(*) FROM generate_series(date '2013-01-01', date '2013-12-01', interval '1 month') AS month
                  WHERE starts_on <= (month + interval '1 month' - interval '1 day')::date
                    AND (ends_on IS NULL OR ends_on >= month::date)) AS savings
           FROM office_lease
          WHERE starts_on <= '2013-12-31' AND (ends_on IS NULL OR ends_on >= '2013-01-01')
       ), bookings AS (
         SELECT member_id, extract(epoch FROM ends_at - starts_at) / 3600 AS hours,
                public_amount_cents - member_amount_cents AS savings
           FROM booking WHERE (starts_at AT TIME ZONE 'Europe/Paris')::date BETWEEN '2013-01-01' AND '2013-12-31'
       ), purchases AS (
         SELECT p.member_id, p.public_amount_cents - p.amount_cents AS savings
           FROM group_purchase_participant p JOIN group_purchase g ON g.id = p.purchase_id
          WHERE g.ordered_on BETWEEN '2013-01-01' AND '2013-12-31'
       )
       SELECT (SELECT count(*) FROM leases) + (SELECT count(*) FROM bookings) + (SELECT count(*) FROM purchases) AS n,
              (SELECT coalesce(sum(hours), 0) FROM bookings) AS hours,
              (SELECT count(DISTINCT member_id) FROM (SELECT member_id FROM leases UNION SELECT member_id FROM bookings
                                                      UNION SELECT member_id FROM purchases) AS served) AS members,
              (SELECT coalesce(sum(savings), 0) FROM leases) + (SELECT coalesce(sum(savings), 0) FROM bookings)
                + (SELECT coalesce(sum(savings), 0) FROM purchases) AS savings`,
    );
    const [consulting] = await sql<Record<string, string>>(
      `SELECT count(*) AS n, coalesce(sum(hours), 0) AS hours, count(DISTINCT member_id) AS members,
              coalesce(sum(public_amount_cents - member_amount_cents), 0) AS savings
         FROM consulting_session WHERE held_on BETWEEN '2013-01-01' AND '2013-12-31'`,
    );
    const [trainings] = await sql<Record<string, string>>(
      `SELECT count(*) AS n, coalesce(sum(s.hours), 0) AS hours, count(DISTINCT a.member_id) AS members,
              coalesce(sum(a.public_amount_cents - a.member_amount_cents), 0) AS savings
         FROM training_attendance a JOIN training_session s ON s.id = a.session_id
        WHERE s.held_on BETWEEN '2013-01-01' AND '2013-12-31'`,
    );
    const families = {
      POOLED_COMMERCIAL_ACTION: actions,
      ECONOMIC_COLLABORATION: collaborations,
      POOLED_RESOURCES: resources,
      TAILORED_CONSULTING: consulting,
      CUSTOM_TRAINING: trainings,
    };
    const expected = (column: string, scale = 1) =>
      Object.fromEntries(
        Object.entries(families)
          .map(([key, row]) => [key, Number(row[column]) / scale] as const)
          .filter(([, value]) => value !== 0),
      );
    expect(asMap(report.serviceEngagementsByCategory)).toEqual(expected("n"));
    expect(asMap(report.serviceHoursByCategory)).toEqual(expected("hours"));
    expect(asMap(report.membersServedByCategory)).toEqual(expected("members"));
    expect(asMap(report.membersSavingsByCategory)).toEqual(expected("savings", 100));
    expect(Object.values(expected("n")).every((n) => n > 0)).toBe(true);

    const [served] = await sql<{ count: number }>(
      `SELECT count(DISTINCT member_id)::int AS count FROM (
         SELECT p.member_id FROM commercial_action_participant p JOIN commercial_action a ON a.id = p.action_id WHERE extract(year FROM a.starts_on) = 2013
         UNION SELECT unnest(ARRAY[lead_member_id, partner_member_id]) FROM collaboration WHERE extract(year FROM starts_on) = 2013
         UNION SELECT member_id FROM office_lease WHERE starts_on <= '2013-12-31' AND (ends_on IS NULL OR ends_on >= '2013-01-01')
         UNION SELECT member_id FROM booking WHERE extract(year FROM starts_at AT TIME ZONE 'Europe/Paris') = 2013
         UNION SELECT p.member_id FROM group_purchase_participant p JOIN group_purchase g ON g.id = p.purchase_id WHERE extract(year FROM g.ordered_on) = 2013
         UNION SELECT member_id FROM consulting_session WHERE extract(year FROM held_on) = 2013
         UNION SELECT a.member_id FROM training_attendance a JOIN training_session s ON s.id = a.session_id WHERE extract(year FROM s.held_on) = 2013
       ) AS served`,
    );
    expect(report.membersServed).toBe(served.count);

    // The consolidated figures and the area occupied on 31 December.
    const totals = await economic.request<{ annualReport: { economy: Record<string, number> } }>(
      `{ annualReport(year: 2013) { economy { fte permanentEmployees consolidatedBudget cumulatedRevenue cumulatedEquity legalFormCount occupiedAreaSqm } } }`,
      {},
      await tokenFor({ role: "council" }),
    );
    const [raw] = await sql<Record<string, string>>(
      `SELECT (SELECT sum(fte) FROM member_year WHERE year = 2013) AS "fte",
              (SELECT sum(permanent_employees) FROM member_year WHERE year = 2013) AS "permanentEmployees",
              (SELECT sum(budget_cents) / 100.0 FROM member_year WHERE year = 2013) AS "consolidatedBudget",
              (SELECT sum(revenue_cents) / 100.0 FROM member_year WHERE year = 2013) AS "cumulatedRevenue",
              (SELECT sum(equity_cents) / 100.0 FROM member_year WHERE year = 2013) AS "cumulatedEquity",
              (SELECT count(DISTINCT legal_form) FROM (${ACTIVE_2013}) m) AS "legalFormCount",
              (SELECT sum(area_sqm) FROM office_lease
                WHERE starts_on <= '2013-12-31' AND (ends_on IS NULL OR ends_on >= '2013-12-31')) AS "occupiedAreaSqm"`,
    );
    expect(totals.data?.annualReport.economy).toEqual(
      Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Number(value)])),
    );

    // Funding of 2013 by funder kind.
    const funding = await sql<{ key: string; value: string }>(
      `SELECT funder_kind::text AS key, sum(amount_cents) / 100.0 AS value FROM funding WHERE year = 2013 GROUP BY funder_kind`,
    );
    expect(asMap(report.fundingByFunderKind)).toEqual(pairs(funding));
  });

  it("answers 1 year and 10 years with the same number of SQL statements", async () => {
    const council = await tokenFor({ role: "council" });
    const statementsFor = async (count: number) => {
      const representations = Array.from({ length: count }, (_, i) => ({
        __typename: "AnnualReport",
        year: 2013 - i,
      }));
      economic.statements.reset();
      const result = await economic.request<{ _entities: unknown[] }>(
        `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on AnnualReport { year ${FULL_ECONOMY} } } }`,
        { representations },
        council,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toHaveLength(count);
      return economic.statements.count;
    };
    const one = await statementsFor(1);
    expect(await statementsFor(10)).toBe(one);
    expect(one).toBe(5);
  });
});

describe("annualReports", () => {
  const SERIES = `query($from: Int!, $to: Int!) { annualReports(from: $from, to: $to) { year economy {
    memberCount consolidatedBudget membersByLegalForm { key value }
    changeFromPreviousYear { memberCount consolidatedBudget membersByLegalForm { key value } } } } }`;

  it("answers any number of years with the same number of SQL statements", async () => {
    const council = await tokenFor({ role: "council" });
    const statementsFor = async (from: number, to: number) => {
      economic.statements.reset();
      const result = await economic.request<{ annualReports: { year: number }[] }>(
        SERIES,
        { from, to },
        council,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.annualReports).toHaveLength(to - from + 1);
      return economic.statements.count;
    };
    expect(await statementsFor(2004, 2013)).toBe(await statementsFor(2013, 2013));
    // The previous years' figures come in the same round of aggregates as the years asked for.
    expect(await statementsFor(2013, 2013)).toBe(5);
  });

  it("gives each number its change against the previous year", async () => {
    const result = await economic.request<{
      annualReports: { economy: { memberCount: number; changeFromPreviousYear: { memberCount: number } } }[];
    }>(SERIES, { from: 2012, to: 2013 }, await tokenFor({ role: "staff" }));
    const [y2012, y2013] = result.data!.annualReports;
    expect(y2013.economy.changeFromPreviousYear.memberCount).toBe(
      y2013.economy.memberCount - y2012.economy.memberCount,
    );
  });
});

describe("counts at 31 December", () => {
  interface Counts {
    year: number;
    economy: {
      memberCount: number;
      installedMemberCount: number;
      associatedMemberCount: number;
      legalFormCount: number;
      membersReporting: number;
      membersByMembershipKind: Item[];
      membersByLegalForm: Item[];
      membersByActivity: Item[];
    };
  }

  it("equal, every year from 2004 to the current one, a count from the members' dates and membership periods", async () => {
    const to = currentReportYear();
    const result = await economic.request<{ annualReports: Counts[] }>(
      `query($from: Int!, $to: Int!) { annualReports(from: $from, to: $to) { year economy {
         memberCount installedMemberCount associatedMemberCount legalFormCount membersReporting
         membersByMembershipKind { key value } membersByLegalForm { key value } membersByActivity { key value } } } }`,
      { from: 2004, to },
      await tokenFor({ role: "council" }),
    );
    expect(result.errors).toBeUndefined();

    // The raw register, read as it is; the rule applied in plain TypeScript: a member counts in a year
    // when it joined by 31 December and had not left before that day, under the kind of the period that
    // covers that day.
    const members = await economic.dataSource.query<
      { id: string; joined: string; left: string | null; form: string; activities: string; kind: string }[]
    >(
      `SELECT id, joined_on::text AS joined, left_on::text AS left, legal_form::text AS form,
              activities::text[]::text AS activities, membership_kind::text AS kind FROM member`,
    );
    const periods = await economic.dataSource.query<
      { member: string; starts: string; ends: string | null; kind: string }[]
    >(
      `SELECT member_id AS member, starts_on::text AS starts, ends_on::text AS ends, kind::text FROM membership_period`,
    );
    const figures = await economic.dataSource.query<{ member: string; year: number }[]>(
      `SELECT member_id AS member, year FROM member_year`,
    );
    const tally = (keys: string[]) => {
      const counts: Record<string, number> = {};
      for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
      return counts;
    };
    const nonZero = (items: Item[]) =>
      Object.fromEntries(items.filter((item) => item.value !== 0).map((item) => [item.key, item.value]));

    expect(result.data!.annualReports.map((report) => report.year)).toEqual(
      Array.from({ length: to - 2004 + 1 }, (_, i) => 2004 + i),
    );
    for (const { year, economy } of result.data!.annualReports) {
      const yearEnd = `${year}-12-31`;
      const counted = members.filter((m) => m.joined <= yearEnd && (m.left === null || m.left >= yearEnd));
      const kindOf = (member: (typeof members)[number]) =>
        periods.find(
          (p) => p.member === member.id && p.starts <= yearEnd && (p.ends === null || p.ends >= yearEnd),
        )?.kind ?? member.kind;
      const kinds = tally(counted.map(kindOf));
      const forms = tally(counted.map((m) => m.form));
      const activities = tally(counted.flatMap((m) => m.activities.replace(/[{}]/g, "").split(",")));
      const reporting = counted.filter((m) => figures.some((f) => f.member === m.id && f.year === year));
      expect({ year, ...economy }).toEqual({
        year,
        memberCount: counted.length,
        installedMemberCount: kinds.INSTALLED ?? 0,
        associatedMemberCount: kinds.ASSOCIATED ?? 0,
        legalFormCount: Object.keys(forms).length,
        membersReporting: reporting.length,
        membersByMembershipKind: expect.anything(),
        membersByLegalForm: expect.anything(),
        membersByActivity: expect.anything(),
      });
      expect([year, nonZero(economy.membersByMembershipKind)]).toEqual([year, kinds]);
      expect([year, nonZero(economy.membersByLegalForm)]).toEqual([year, forms]);
      expect([year, nonZero(economy.membersByActivity)]).toEqual([year, activities]);
    }
    // The seed's year stays the seed's.
    const y2013 = result.data!.annualReports.find((report) => report.year === 2013)!.economy;
    expect([y2013.memberCount, y2013.installedMemberCount, y2013.associatedMemberCount]).toEqual([15, 9, 6]);
  });
});

describe("no figure without data", () => {
  const HONEST = `query($year: Int!) { annualReport(year: $year) { year economy {
    memberCount membersReporting coverage coverageLabel sampleData occupiedAreaSqm legalFormCount
    fte permanentEmployees consolidatedBudget cumulatedRevenue cumulatedEquity
    serviceEngagementCount serviceHours membersServed membersSavings membersSavingsByCategory { key value }
    fundingReceived fundingByFunderKind { key value }
    changeFromPreviousYear { memberCount fte consolidatedBudget fundingReceived fundingByFunderKind { key value } } } } }`;
  interface Honest {
    memberCount: number;
    membersReporting: number;
    coverage: string;
    coverageLabel: string;
    sampleData: boolean;
    occupiedAreaSqm: number;
    fte: number | null;
    permanentEmployees: number | null;
    consolidatedBudget: number | null;
    cumulatedRevenue: number | null;
    cumulatedEquity: number | null;
    serviceEngagementCount: number | null;
    serviceHours: number | null;
    membersServed: number | null;
    membersSavings: number | null;
    membersSavingsByCategory: { key: string; value: number | null }[];
    fundingReceived: number | null;
    fundingByFunderKind: { key: string; value: number | null }[];
    changeFromPreviousYear: {
      memberCount: number | null;
      fte: number | null;
      consolidatedBudget: number | null;
      fundingReceived: number | null;
      fundingByFunderKind: { key: string; value: number | null }[];
    };
  }
  const honest = async (year: number) => {
    const result = await economic.request<{ annualReport: { economy: Honest } }>(
      HONEST,
      { year },
      await tokenFor({ role: "council" }),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.annualReport.economy;
  };

  it("gives 2020 its known counts and null, not 0, for the figures nobody recorded", async () => {
    const y2020 = await honest(2020);
    expect(y2020).toMatchObject({
      memberCount: 15,
      occupiedAreaSqm: 400,
      legalFormCount: 5,
      membersReporting: 0,
      fte: null,
      permanentEmployees: null,
      consolidatedBudget: null,
      cumulatedRevenue: null,
      cumulatedEquity: null,
      fundingReceived: null,
      sampleData: true,
    });
    expect(y2020.fundingByFunderKind.every((item) => item.value === null)).toBe(true);
    // The offices let in 2020 are recorded services (the lease register), so the part is partial.
    expect(y2020.coverage).toBe("PARTIAL");
    expect(y2020.coverageLabel).toBe("Données partielles");
    expect(y2020.serviceEngagementCount).toBeGreaterThan(0);
    expect(y2020.changeFromPreviousYear).toMatchObject({
      memberCount: 0,
      fte: null,
      consolidatedBudget: null,
      fundingReceived: null,
    });
    expect(y2020.changeFromPreviousYear.fundingByFunderKind.every((item) => item.value === null)).toBe(true);
    // 2014 follows the last year with figures: its change is null, not −3.7 M€.
    expect((await honest(2014)).changeFromPreviousYear.consolidatedBudget).toBeNull();
  });

  it("says NONE for a year before the Pôle, with every figure and breakdown value null", async () => {
    const y2005 = await honest(2005);
    expect(y2005).toMatchObject({
      memberCount: 0,
      membersReporting: 0,
      coverage: "NONE",
      sampleData: false,
      occupiedAreaSqm: 0,
      fte: null,
      serviceEngagementCount: null,
      serviceHours: null,
      membersServed: null,
      membersSavings: null,
      fundingReceived: null,
    });
    expect(y2005.membersSavingsByCategory.every((item) => item.value === null)).toBe(true);
  });

  it("says COMPLETE for 2013, and sums the figures of the reporting members when some have none", async () => {
    const y2013 = await honest(2013);
    expect([y2013.coverage, y2013.membersReporting, y2013.memberCount]).toEqual(["COMPLETE", 15, 15]);
    await economic.dataSource.query(
      `UPDATE member_year SET year = 1999 WHERE year = 2013 AND member_id = 'a0000000-0000-4000-8000-000000000001'`,
    );
    try {
      const partial = await honest(2013);
      expect(partial).toMatchObject({
        memberCount: 15,
        membersReporting: 14,
        coverage: "PARTIAL",
        fte: 57 - 6.5,
        permanentEmployees: 50 - 6,
        consolidatedBudget: 3_700_000 - 420_000,
      });
    } finally {
      await economic.dataSource.query(
        `UPDATE member_year SET year = 2013 WHERE year = 1999 AND member_id = 'a0000000-0000-4000-8000-000000000001'`,
      );
    }
  });

  it("says sampleData while any counted record is an invented sample, and not once none is", async () => {
    expect((await honest(2013)).sampleData).toBe(true);
    await economic.dataSource.query(`UPDATE member SET is_sample = false`);
    try {
      // The fundings of 2013 are still sample records.
      expect((await honest(2013)).sampleData).toBe(true);
      await economic.dataSource.query(`UPDATE funding SET is_sample = false`);
      expect((await honest(2013)).sampleData).toBe(false);
    } finally {
      await economic.dataSource.query(`UPDATE member SET is_sample = true`);
      await economic.dataSource.query(`UPDATE funding SET is_sample = true`);
    }
  });

  it("refuses a year after the current one, in annualReport and annualReports, and accepts the current year", async () => {
    const council = await tokenFor({ role: "council" });
    const current = currentReportYear();
    const next = await economic.request(HONEST, { year: current + 1 }, council);
    expect(next.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(next.errors?.[0].message).toBe(
      `Invalid input: year: must not be after the current year ${current}; got ${current + 1}`,
    );
    const series = await economic.request(
      `query($from: Int!, $to: Int!) { annualReports(from: $from, to: $to) { year } }`,
      { from: current - 1, to: current + 1 },
      council,
    );
    expect(series.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(series.errors?.[0].message).toContain(`to: must not be after the current year ${current}`);
    const now = await economic.request(HONEST, { year: current }, council);
    expect(now.errors).toBeUndefined();
  });
});

describe("the story of the year", () => {
  const STORY = `annualReports(from: $from, to: $to) { year
    milestones { title startsOn endsOn } awards { name awardedOn }
    steeringCommitteeMeetings { heldOn decisions { title outcome } }
    fundings { funderKind amount agreementDate } economy { fundingReceived } }`;
  interface Story {
    year: number;
    milestones: { title: string; startsOn: string; endsOn: string | null }[];
    awards: { name: string; awardedOn: string }[];
    steeringCommitteeMeetings: { heldOn: string; decisions: { title: string; outcome: string }[] }[];
    fundings: { funderKind: string; amount: number; agreementDate: string }[];
    economy: { fundingReceived: number | null };
  }
  const story = async (from: number, to: number) => {
    const result = await economic.request<{ annualReports: Story[] }>(
      `query($from: Int!, $to: Int!) { ${STORY} }`,
      { from, to },
      await tokenFor({ role: "council" }),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.annualReports;
  };

  it("gives each year its milestones, awards, steering-committee meetings with decisions, and fundings", async () => {
    const [y2010, y2011, y2012, y2013] = await story(2010, 2013);
    expect(y2010.milestones.map((m) => m.title)).toEqual([
      "Installation des premières entreprises dans l'immeuble Boutaric",
      "Création de l'association",
      "Le lancement du Pôle",
    ]);
    expect(y2013.milestones.map((m) => m.title)).toEqual(["Le lancement du Pôle"]);
    expect(y2012.awards.map((a) => a.name)).toEqual(["Prix ANRU/FACE"]);
    expect(y2013.awards.map((a) => a.name)).toEqual(["Concours Bourgogne ESS"]);
    expect(y2010.awards).toEqual([]);
    expect(y2011.steeringCommitteeMeetings.map((m) => m.heldOn)).toEqual(["2011-03-15", "2011-11-10"]);
    expect(y2013.steeringCommitteeMeetings[0].decisions).toContainEqual({
      title: "Candidature au Concours Bourgogne ESS",
      outcome: "ADOPTED",
    });
    for (const year of [y2010, y2011, y2012, y2013]) {
      // The fundings listed are those the economy part sums.
      const total = Math.round(year.fundings.reduce((sum, f) => sum + f.amount, 0) * 100) / 100;
      expect([year.year, year.fundings.length > 0 ? total : null]).toEqual([
        year.year,
        year.economy.fundingReceived,
      ]);
      expect(year.fundings.map((f) => f.agreementDate)).toEqual(
        year.fundings.map((f) => f.agreementDate).sort(),
      );
    }
    expect(y2013.fundings).toHaveLength(4);
  });

  it("reads each kind of story record with one SQL statement for any number of years", async () => {
    const statementsFor = async (from: number, to: number) => {
      economic.statements.reset();
      const reports = await story(from, to);
      expect(reports).toHaveLength(to - from + 1);
      return economic.statements.count;
    };
    // Milestones, awards, meetings, their decisions, fundings; then the economy part's five.
    expect(await statementsFor(2013, 2013)).toBe(10);
    expect(await statementsFor(2004, 2013)).toBe(10);
  });

  it("is for staff and council, like the report", async () => {
    const member = await economic.request(
      `{ annualReport(year: 2013) { milestones { title } } }`,
      {},
      await tokenFor({ role: "member", memberId: "a0000000-0000-4000-8000-000000000001" }),
    );
    expect(member.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
