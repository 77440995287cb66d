import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { placeholderSiret } from "../src/common/identifiers";
import {
  ATELIER_BOUTARIC_IMAGES,
  codeOf,
  COMPAGNIE_DES_GRESILLES,
  COOPERATIVE_CULTURE,
  FABRIQUE_WEB,
  LUMIERE_COOP_LEFT_2012,
  rowCounts,
  startEconomic,
} from "./economic-harness";

let economic: SubgraphUnderTest;
let staff: string;
let council: string;
let ownMember: string;
let otherMember: string;
beforeAll(async () => {
  economic = await startEconomic();
  staff = await tokenFor({ role: "staff" });
  council = await tokenFor({ role: "council" });
  ownMember = await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES });
  otherMember = await tokenFor({ role: "member", memberId: ATELIER_BOUTARIC_IMAGES });
});
afterAll(() => economic.stop());

const CREATE = `mutation($input: CreateMemberInput!) { createMember(input: $input) {
  member { id name legalForm legalCategoryCode legalCategoryLabel activities membershipKind joinedOn siret siren rnaNumber
           membershipHistory { kind startsOn endsOn } } } }`;
const validMember = (overrides: Record<string, unknown> = {}) => ({
  name: "Nouvelle compagnie (test)",
  legalForm: "ASSOCIATION",
  activities: ["LIVE_PERFORMANCE", "MUSIC"],
  membershipKind: "ASSOCIATED",
  joinedOn: "2014-01-15",
  siret: placeholderSiret(777),
  rnaNumber: "W212000777",
  ...overrides,
});

describe("createMember", () => {
  it("creates a member with its SIREN, INSEE category and first membership period", async () => {
    const result = await economic.request<{ createMember: { member: Record<string, unknown> } }>(
      CREATE,
      { input: validMember() },
      staff,
    );
    expect(result.errors).toBeUndefined();
    const member = result.data!.createMember.member;
    expect(member).toMatchObject({
      legalCategoryCode: "9220",
      legalCategoryLabel: "Association déclarée",
      siret: placeholderSiret(777),
      siren: placeholderSiret(777).slice(0, 9),
      rnaNumber: "W212000777",
      membershipHistory: [{ kind: "ASSOCIATED", startsOn: "2014-01-15", endsOn: null }],
    });
    const [audit] = await economic.dataSource.query(
      `SELECT operation, actor_role FROM audit_entry WHERE record_id = $1`,
      [member.id],
    );
    expect(audit).toEqual({ operation: "createMember", actor_role: "staff" });
  });

  it.each([
    ["a SIRET with a wrong check digit", { siret: "73282932000075" }, /siret.*check digit/],
    ["a SIRET of 13 digits", { siret: "7328293200007" }, /siret/],
    ["an RNA number not W and 9 digits", { rnaNumber: "W21200" }, /rnaNumber.*W followed by 9 digits/],
    ["no activity", { activities: [] }, /activities/],
    ["an empty name", { name: "" }, /name/],
    ["an RNA number on an EURL", { legalForm: "EURL" }, /only associations have an RNA number/],
  ])("refuses %s with BAD_USER_INPUT naming the field", async (_case, overrides, message) => {
    const before = await rowCounts(economic, ["member", "membership_period", "audit_entry"]);
    const result = await economic.request(
      CREATE,
      { input: validMember({ ...overrides, siret: null, ...overrides }) },
      staff,
    );
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(message);
    expect(await rowCounts(economic, ["member", "membership_period", "audit_entry"])).toEqual(before);
  });

  it("refuses a SIRET another member already has with CONFLICT", async () => {
    const [{ siret }] = await economic.dataSource.query(`SELECT siret FROM member WHERE id = $1`, [
      COMPAGNIE_DES_GRESILLES,
    ]);
    const result = await economic.request(CREATE, { input: validMember({ siret, rnaNumber: null }) }, staff);
    expect(codeOf(result)).toBe("CONFLICT");
  });

  it("is for staff only", async () => {
    expect(codeOf(await economic.request(CREATE, { input: validMember() }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await economic.request(CREATE, { input: validMember() }, ownMember))).toBe("FORBIDDEN");
    expect(codeOf(await economic.request(CREATE, { input: validMember() }, council))).toBe("FORBIDDEN");
  });
});

describe("updateMember", () => {
  const UPDATE = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) {
    member { id publicDescription activities siret } } }`;

  it("lets a member update its own profile", async () => {
    const result = await economic.request<{ updateMember: { member: { publicDescription: string } } }>(
      UPDATE,
      { input: { id: COMPAGNIE_DES_GRESILLES, publicDescription: "Théâtre et créations partagées." } },
      ownMember,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateMember.member.publicDescription).toBe("Théâtre et créations partagées.");
  });

  it("refuses a member another member's profile, and changes nothing", async () => {
    const [before] = await economic.dataSource.query(`SELECT public_description FROM member WHERE id = $1`, [
      COMPAGNIE_DES_GRESILLES,
    ]);
    const result = await economic.request(
      UPDATE,
      { input: { id: COMPAGNIE_DES_GRESILLES, publicDescription: "Piraté" } },
      otherMember,
    );
    expect(codeOf(result)).toBe("FORBIDDEN");
    const [after] = await economic.dataSource.query(`SELECT public_description FROM member WHERE id = $1`, [
      COMPAGNIE_DES_GRESILLES,
    ]);
    expect(after).toEqual(before);
  });

  it("lets staff update any member, and clears a field given as null", async () => {
    const result = await economic.request<{ updateMember: { member: { siret: string | null } } }>(
      UPDATE,
      {
        input: {
          id: ATELIER_BOUTARIC_IMAGES,
          siret: null,
          activities: ["AUDIOVISUAL", "CINEMA", "VIDEO_GAMES"],
        },
      },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateMember.member).toMatchObject({
      siret: null,
      activities: ["AUDIOVISUAL", "CINEMA", "VIDEO_GAMES"],
    });
  });

  it("refuses a change of legal form that leaves an RNA number on a company", async () => {
    const result = await economic.request(
      UPDATE,
      { input: { id: COMPAGNIE_DES_GRESILLES, legalForm: "SAS" } },
      staff,
    );
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(/RNA/);
  });

  it("answers NOT_FOUND for an unknown member and UNAUTHENTICATED without a token", async () => {
    const unknown = "a0000000-0000-4000-8000-0000000000ff";
    expect(codeOf(await economic.request(UPDATE, { input: { id: unknown, name: "X" } }, staff))).toBe(
      "NOT_FOUND",
    );
    expect(codeOf(await economic.request(UPDATE, { input: { id: unknown, name: "X" } }))).toBe(
      "UNAUTHENTICATED",
    );
  });
});

describe("recordMemberYear", () => {
  const RECORD = `mutation($input: RecordMemberYearInput!) { recordMemberYear(input: $input) {
    memberYear { year fte permanentEmployees budget revenue equity } } }`;
  const figures = (memberId: string, overrides: Record<string, unknown> = {}) => ({
    memberId,
    year: 2013,
    fte: 6.5,
    permanentEmployees: 6,
    budget: 420000,
    revenue: 150000,
    equity: 60000,
    ...overrides,
  });
  const budgetOf = async (memberId: string, year: number) =>
    (
      await economic.dataSource.query(
        `SELECT budget_cents FROM member_year WHERE member_id = $1 AND year = $2`,
        [memberId, year],
      )
    )[0]?.budget_cents;

  it("lets a member record its own figures, replacing the year's", async () => {
    const result = await economic.request(
      RECORD,
      { input: figures(COMPAGNIE_DES_GRESILLES, { year: 2012, budget: 400000.5, equity: -1500 }) },
      ownMember,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      recordMemberYear: {
        memberYear: {
          year: 2012,
          fte: 6.5,
          permanentEmployees: 6,
          budget: 400000.5,
          revenue: 150000,
          equity: -1500,
        },
      },
    });
    expect(await budgetOf(COMPAGNIE_DES_GRESILLES, 2012)).toBe("40000050");
  });

  it("refuses a member another member's figures, and the figures stay as they were", async () => {
    const before = await budgetOf(COMPAGNIE_DES_GRESILLES, 2013);
    const result = await economic.request(
      RECORD,
      { input: figures(COMPAGNIE_DES_GRESILLES, { budget: 1 }) },
      otherMember,
    );
    expect(codeOf(result)).toBe("FORBIDDEN");
    expect(await budgetOf(COMPAGNIE_DES_GRESILLES, 2013)).toBe(before);
  });

  it("refuses figures to the council, which reads reports only", async () => {
    expect(codeOf(await economic.request(RECORD, { input: figures(COMPAGNIE_DES_GRESILLES) }, council))).toBe(
      "FORBIDDEN",
    );
  });

  it.each([
    ["a year the structure was no member", { year: 2009 }, /not a member in 2009/],
    ["a budget with three decimals", { budget: 1.005 }, /budget.*two decimals/],
    ["a negative revenue", { revenue: -1 }, /revenue/],
    ["a fractional head count", { permanentEmployees: 1.5 }, /permanentEmployees/],
  ])("refuses %s with BAD_USER_INPUT", async (_case, overrides, message) => {
    const result = await economic.request(
      RECORD,
      { input: figures(COMPAGNIE_DES_GRESILLES, overrides) },
      staff,
    );
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(message);
  });
});

describe("membership history", () => {
  const REPORT = `query($year: Int!) { annualReport(year: $year) { economy { memberCount installedMemberCount associatedMemberCount } } }`;
  const countsIn = async (year: number) =>
    (await economic.request<{ annualReport: { economy: Record<string, number> } }>(REPORT, { year }, staff))
      .data!.annualReport.economy;

  it("counts a member under the kind in force at the end of each year", async () => {
    // La Fabrique Web was associated in 2011 and moved in on 1 January 2012; the Coopérative moved out in 2012.
    const history = await economic.request<{ member: { membershipHistory: unknown[] } }>(
      `query($id: ID!) { member(id: $id) { membershipHistory { kind startsOn endsOn } } }`,
      { id: FABRIQUE_WEB },
    );
    expect(history.data?.member.membershipHistory).toEqual([
      { kind: "ASSOCIATED", startsOn: "2011-04-01", endsOn: "2011-12-31" },
      { kind: "INSTALLED", startsOn: "2012-01-01", endsOn: null },
    ]);
    const [[fabrique2011], [cooperative2011], [cooperative2012]] = await Promise.all(
      [
        [FABRIQUE_WEB, 2011],
        [COOPERATIVE_CULTURE, 2011],
        [COOPERATIVE_CULTURE, 2012],
      ].map(([id, year]) =>
        economic.dataSource.query(
          `SELECT kind FROM membership_period WHERE member_id = $1 AND starts_on <= make_date($2, 12, 31)
            ORDER BY starts_on DESC LIMIT 1`,
          [id, year],
        ),
      ),
    );
    expect([fabrique2011.kind, cooperative2011.kind, cooperative2012.kind]).toEqual([
      "ASSOCIATED",
      "INSTALLED",
      "ASSOCIATED",
    ]);
    const y2011 = await countsIn(2011);
    expect(y2011.installedMemberCount + y2011.associatedMemberCount).toBe(y2011.memberCount);
  });

  it("moves a member out of the building: new period, leases ended, counts of the year follow", async () => {
    const before = await countsIn(2014);
    const result = await economic.request<{ recordMembershipChange: { member: Record<string, unknown> } }>(
      `mutation($input: RecordMembershipChangeInput!) { recordMembershipChange(input: $input) {
         member { membershipKind membershipHistory { kind startsOn endsOn } officeLeases { room endsOn } } } }`,
      { input: { memberId: ATELIER_BOUTARIC_IMAGES, kind: "ASSOCIATED", effectiveOn: "2014-03-01" } },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordMembershipChange.member).toEqual({
      membershipKind: "ASSOCIATED",
      membershipHistory: [
        { kind: "INSTALLED", startsOn: "2010-12-02", endsOn: "2014-02-28" },
        { kind: "ASSOCIATED", startsOn: "2014-03-01", endsOn: null },
      ],
      officeLeases: [{ room: "Bureau 1.02", endsOn: "2014-02-28" }],
    });
    const after = await countsIn(2014);
    expect(after.installedMemberCount).toBe(before.installedMemberCount - 1);
    expect(after.associatedMemberCount).toBe(before.associatedMemberCount + 1);
    expect((await countsIn(2013)).installedMemberCount).toBe(9);
  });

  it.each([
    ["the kind it already has", { kind: "ASSOCIATED", effectiveOn: "2014-06-01" }, "BAD_USER_INPUT"],
    ["a date before its current period", { kind: "INSTALLED", effectiveOn: "2014-02-01" }, "BAD_USER_INPUT"],
  ])("refuses a change to %s", async (_case, change, code) => {
    const result = await economic.request(
      `mutation($input: RecordMembershipChangeInput!) { recordMembershipChange(input: $input) { member { id } } }`,
      { input: { memberId: ATELIER_BOUTARIC_IMAGES, ...change } },
      staff,
    );
    expect(codeOf(result)).toBe(code);
  });

  it("refuses a change for a member that left, and to anyone but staff", async () => {
    const mutation = `mutation($input: RecordMembershipChangeInput!) { recordMembershipChange(input: $input) { member { id } } }`;
    const input = { memberId: LUMIERE_COOP_LEFT_2012, kind: "INSTALLED", effectiveOn: "2014-01-01" };
    expect(codeOf(await economic.request(mutation, { input }, staff))).toBe("CONFLICT");
    expect(codeOf(await economic.request(mutation, { input }, otherMember))).toBe("FORBIDDEN");
    expect(codeOf(await economic.request(mutation, { input }))).toBe("UNAUTHENTICATED");
  });
});

describe("recordMemberDeparture", () => {
  const DEPART = `mutation($input: RecordMemberDepartureInput!) { recordMemberDeparture(input: $input) {
    member { leftOn membershipHistory { endsOn } officeLeases { endsOn } } } }`;
  const RADIO_BOUTARIC = "a0000000-0000-4000-8000-000000000009";

  it("writes nothing when a step fails after others succeeded (checked in the database)", async () => {
    // A lease that starts after the leaving date makes the last step fail, after the member and its period
    // were already updated in the transaction.
    await economic.dataSource.query(
      `INSERT INTO office_lease (member_id, room, area_sqm, starts_on, monthly_rent_cents)
       VALUES ($1, 'Réserve 0.01', 5, '2015-01-01', 4750)`,
      [RADIO_BOUTARIC],
    );
    const snapshot = () =>
      Promise.all([
        economic.dataSource.query(`SELECT left_on FROM member WHERE id = $1`, [RADIO_BOUTARIC]),
        economic.dataSource.query(`SELECT ends_on FROM membership_period WHERE member_id = $1`, [
          RADIO_BOUTARIC,
        ]),
        economic.dataSource.query(
          `SELECT ends_on FROM office_lease WHERE member_id = $1 ORDER BY starts_on`,
          [RADIO_BOUTARIC],
        ),
        rowCounts(economic, ["audit_entry"]),
      ]);
    const before = await snapshot();
    const result = await economic.request(
      DEPART,
      { input: { memberId: RADIO_BOUTARIC, leftOn: "2014-06-30" } },
      staff,
    );
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(/starting on 2015-01-01/);
    expect(await snapshot()).toEqual(before);
    await economic.dataSource.query(`DELETE FROM office_lease WHERE room = 'Réserve 0.01'`);
  });

  it("records a departure: leaving date, last period and open leases end that day", async () => {
    const result = await economic.request(
      DEPART,
      { input: { memberId: RADIO_BOUTARIC, leftOn: "2014-06-30" } },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      recordMemberDeparture: {
        member: {
          leftOn: "2014-06-30",
          membershipHistory: [{ endsOn: "2014-06-30" }],
          officeLeases: [{ endsOn: "2014-06-30" }],
        },
      },
    });
  });

  it("refuses a second departure with CONFLICT and a departure to non-staff", async () => {
    const input = { memberId: RADIO_BOUTARIC, leftOn: "2014-07-31" };
    expect(codeOf(await economic.request(DEPART, { input }, staff))).toBe("CONFLICT");
    expect(codeOf(await economic.request(DEPART, { input }, ownMember))).toBe("FORBIDDEN");
    expect(codeOf(await economic.request(DEPART, { input: { ...input, leftOn: "2014-13-01" } }, staff))).toBe(
      "BAD_USER_INPUT",
    );
  });
});

describe("member fields by audience", () => {
  const PROFILE = `query($id: ID!) { member(id: $id) { name activities legalForm membershipKind publicDescription joinedOn } }`;
  const PRIVATE = [
    "siret",
    "siren",
    "rnaNumber",
    "figures { year }",
    "savings",
    "serviceEngagements { id }",
    "collaborations { id }",
    "officeLeases { monthlyRent }",
  ];

  it("shows anonymous callers the public profile", async () => {
    const result = await economic.request(PROFILE, { id: COMPAGNIE_DES_GRESILLES });
    expect(result.errors).toBeUndefined();
  });

  it.each(PRIVATE)("keeps %s from anonymous callers, other members and the council", async (field) => {
    const query = `query($id: ID!) { member(id: $id) { name ${field} } }`;
    expect(codeOf(await economic.request(query, { id: COMPAGNIE_DES_GRESILLES }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await economic.request(query, { id: COMPAGNIE_DES_GRESILLES }, otherMember))).toBe(
      "FORBIDDEN",
    );
    if (!field.startsWith("figures")) {
      expect(codeOf(await economic.request(query, { id: COMPAGNIE_DES_GRESILLES }, council))).toBe(
        "FORBIDDEN",
      );
    }
    expect(codeOf(await economic.request(query, { id: COMPAGNIE_DES_GRESILLES }, ownMember))).toBe("OK");
    expect(codeOf(await economic.request(query, { id: COMPAGNIE_DES_GRESILLES }, staff))).toBe("OK");
  });
});
