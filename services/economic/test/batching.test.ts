import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { startEconomic } from "./economic-harness";

let economic: SubgraphUnderTest;
beforeAll(async () => {
  economic = await startEconomic();
  // 40 more members, so a page of 50 exists: each with a lease, figures, a membership period, a
  // consulting session and a booking, so every relation of the page has rows to load.
  await economic.dataSource.query(`
    WITH extra AS (
      INSERT INTO member (name, legal_form, activities, membership_kind, joined_on)
      SELECT 'Membre de charge ' || lpad(n::text, 2, '0'), 'SARL', '{WEB}', 'INSTALLED', '2012-01-01'
        FROM generate_series(1, 40) AS n
      RETURNING id, name
    ), periods AS (
      INSERT INTO membership_period (member_id, kind, starts_on) SELECT id, 'INSTALLED', '2012-01-01' FROM extra
    ), leases AS (
      INSERT INTO office_lease (member_id, room, area_sqm, starts_on, monthly_rent_cents, public_monthly_rent_cents)
      SELECT id, 'Box ' || name, 10, '2012-01-01', 9500, 13000 FROM extra
    ), figures AS (
      INSERT INTO member_year (member_id, year, fte, permanent_employees, budget_cents, revenue_cents, equity_cents)
      SELECT id, 2013, 1, 1, 100000, 90000, 1000 FROM extra
    ), consulting AS (
      INSERT INTO consulting_session (member_id, offering_id, held_on, hours, topic, member_amount_cents, public_amount_cents)
      SELECT id, (SELECT id FROM service_offering WHERE category = 'TAILORED_CONSULTING' LIMIT 1), '2013-05-02', 2,
             'Gestion', 9000, 16000 FROM extra
    )
    INSERT INTO booking (resource_id, member_id, starts_at, ends_at, member_amount_cents, public_amount_cents)
    SELECT (SELECT id FROM shared_resource WHERE name = 'Studio son'), id,
           timestamptz '2014-01-06 08:00Z' + (row_number() OVER (ORDER BY id)) * interval '1 day',
           timestamptz '2014-01-06 10:00Z' + (row_number() OVER (ORDER BY id)) * interval '1 day', 3000, 8000
      FROM extra`);
});
afterAll(() => economic.stop());

const PAGE = `query($first: Int) { members(first: $first) { edges { node {
  name
  membershipHistory { kind startsOn }
  officeLeases { room areaSqm monthlyRent }
  figures { year fte budget }
  serviceEngagements { kind category savings }
  savings(year: 2013)
  collaborations { title }
} } } }`;

describe("batching of member pages", () => {
  it("sends as many SQL statements for 50 members with their leases, figures and engagements as for 5", async () => {
    const staff = await tokenFor({ role: "staff" });
    const statementsFor = async (first: number) => {
      economic.statements.reset();
      const result = await economic.request<{ members: { edges: { node: { officeLeases: unknown[] } }[] } }>(
        PAGE,
        { first },
        staff,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.members.edges).toHaveLength(first);
      return economic.statements.count;
    };
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
    // the page and its count, then one statement per relation: periods, leases, figures, engagements of all
    // years and of 2013, collaborations
    expect(five).toBe(8);
  });
});
