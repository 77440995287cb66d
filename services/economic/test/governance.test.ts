import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { placeholderSiret } from "../src/common/identifiers";
import { codeOf, COMPAGNIE_DES_GRESILLES, rowCounts, startEconomic } from "./economic-harness";

let economic: SubgraphUnderTest;
let staff: string;
let member: string;
let council: string;
beforeAll(async () => {
  economic = await startEconomic();
  staff = await tokenFor({ role: "staff" });
  member = await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES });
  council = await tokenFor({ role: "council" });
});
afterAll(() => economic.stop());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  economic.dataSource.query(text, params) as Promise<T[]>;

describe("the association's governance as the seed tells it", () => {
  it("has three colleges: the member enterprises, the two partners and qualified persons, with their votes", async () => {
    const result = await economic.request<{ colleges: unknown[] }>(
      `{ colleges(on: "2013-12-31") { college label memberCount votingMemberCount votes } }`,
    );
    const counts = await sql<{ college: string; members: number; voting: number; votes: number }>(
      `SELECT college::text, count(*)::int AS members, count(*) FILTER (WHERE has_voting_rights)::int AS voting,
              coalesce(sum(votes) FILTER (WHERE has_voting_rights), 0)::int AS votes
         FROM association_member WHERE joined_on <= '2013-12-31' AND (left_on IS NULL OR left_on >= '2013-12-31')
        GROUP BY college ORDER BY college`,
    );
    expect(result.data?.colleges).toEqual(
      counts.map((row) => ({
        college: row.college,
        label: expect.any(String),
        memberCount: row.members,
        votingMemberCount: row.voting,
        votes: row.votes,
      })),
    );
    expect(counts.map((row) => row.members)).toEqual([15, 2, 2]);
    const partners = await economic.request<{ associationMembers: { edges: { node: { name: string } }[] } }>(
      `{ associationMembers(filter: { college: PARTNERS }) { edges { node { name hasVotingRights } } } }`,
    );
    expect(partners.data?.associationMembers.edges.map((e) => e.node.name).sort()).toEqual([
      "Au Jardin des Voisins",
      "Dijon Habitat",
    ]);
  });

  it("has a steering committee chaired by the City of Dijon with the Region, Grand Dijon and Dijon Habitat", async () => {
    const result = await economic.request<{
      steeringCommittee: { chair: { bodyName: string }; seats: { bodyName: string }[] };
    }>(`{ steeringCommittee { chair(on: "2013-06-01") { bodyName } seats(on: "2013-06-01") { bodyName } } }`);
    expect(result.data?.steeringCommittee.chair.bodyName).toBe("Ville de Dijon");
    expect(result.data?.steeringCommittee.seats.map((s) => s.bodyName)).toEqual([
      "Ville de Dijon",
      "Conseil régional de Bourgogne",
      "Dijon Habitat",
      "Grand Dijon",
    ]);
  });

  it("has an operating team of two employees, whose names only staff and members read", async () => {
    const team = `{ operatingTeam(filter: { activeOn: "2013-12-31" }) { totalCount edges { node { jobTitle } } } }`;
    expect(
      (await economic.request<{ operatingTeam: { totalCount: number } }>(team)).data?.operatingTeam
        .totalCount,
    ).toBe(2);
    const names = `{ operatingTeam { edges { node { fullName } } } }`;
    expect(codeOf(await economic.request(names))).toBe("UNAUTHENTICATED");
    expect(codeOf(await economic.request(names, {}, council))).toBe("FORBIDDEN");
    expect(codeOf(await economic.request(names, {}, member))).toBe("OK");
  });

  it("tells the history: the milestones and the two awards of the seed", async () => {
    const result = await economic.request<{
      milestones: { edges: { node: { startsOn: string; title: string } }[] };
      awards: { edges: { node: { name: string; year: number } }[] };
    }>(
      `{ milestones(first: 100) { edges { node { startsOn title } } } awards { edges { node { name year } } } }`,
    );
    expect(result.data?.milestones.edges.map((e) => e.node.startsOn)).toEqual([
      "2003-01-01",
      "2007-01-01",
      "2010-12-02",
      "2010-12-02",
    ]);
    expect(result.data?.milestones.edges.some((e) => e.node.title === "Création de l'association")).toBe(
      true,
    );
    expect(result.data?.awards.edges.map((e) => e.node.name)).toEqual([
      "Prix ANRU/FACE",
      "Concours Bourgogne ESS",
    ]);
  });

  it("lists the meetings of the steering committee with their decisions", async () => {
    const result = await economic.request<{
      steeringCommitteeMeetings: { totalCount: number; edges: { node: { decisions: unknown[] } }[] };
    }>(
      `{ steeringCommitteeMeetings(filter: { from: "2012-01-01" }, sort: { field: HELD_ON, direction: DESC }) {
           totalCount edges { node { heldOn decisions { title outcome } } } } }`,
    );
    const [{ count }] = await sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM steering_committee_meeting WHERE held_on >= '2012-01-01'`,
    );
    expect(result.data?.steeringCommitteeMeetings.totalCount).toBe(count);
    expect(result.data?.steeringCommitteeMeetings.edges[0].node.decisions.length).toBeGreaterThan(0);
  });
});

describe("funding received, in the SCDL subventions fields", () => {
  const RECORD = `mutation($input: RecordFundingInput!) { recordFunding(input: $input) { funding {
    year funderKind attributingBodyName attributingBodySiret agreementDate decisionReference beneficiaryName
    beneficiarySiret beneficiaryRna object amount natures paymentConditions paymentDates raeId euNotification
    subsidyPercentage scheme schemeId } } }`;
  const input = (overrides: Record<string, unknown> = {}) => ({
    year: 2014,
    funderKind: "EU",
    attributingBodyName: "Union européenne, FSE (exemple)",
    attributingBodySiret: placeholderSiret(31001),
    agreementDate: "2014-03-01",
    beneficiaryName: "Pôle de Coopération Culturel & Créatif du Grand Dijon",
    beneficiaryRna: "W212009999",
    object: "Parcours d'insertion par les métiers de la culture",
    amount: 45000.25,
    natures: ["CASH"],
    paymentConditions: "INSTALMENTS",
    paymentDates: ["2014-11-30", "2014-04-30"],
    subsidyPercentage: 50,
    scheme: "Fonds social européen",
    schemeId: "fse-2014-insertion",
    ...overrides,
  });

  it("records funding with every SCDL field, payment dates in order", async () => {
    const result = await economic.request(RECORD, { input: input() }, staff);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      recordFunding: {
        funding: {
          ...input(),
          decisionReference: null,
          beneficiarySiret: null,
          paymentDates: ["2014-04-30", "2014-11-30"],
          raeId: null,
          euNotification: false,
        },
      },
    });
  });

  it.each([
    [
      "a funder SIRET with a wrong check digit",
      { attributingBodySiret: "73282932000075" },
      /attributingBodySiret/,
    ],
    ["a zero amount", { amount: 0 }, /amount/],
    ["one date for payment in instalments", { paymentDates: ["2014-04-30"] }, /two dates or more/],
    ["two dates for a single payment", { paymentConditions: "SINGLE" }, /exactly one date/],
    ["a share above 100 %", { subsidyPercentage: 120 }, /subsidyPercentage/],
    ["no nature", { natures: [] }, /natures/],
    // SCDL « subventions » 2.1.1: idBeneficiaire or rnaBeneficiaire; objet ≤ 256 and idRAE ≤ 5 characters.
    ["neither SIRET nor RNA number for the beneficiary", { beneficiaryRna: null }, /SIRET or RNA number/],
    ["a purpose longer than the SCDL's 256 characters", { object: "x".repeat(257) }, /object/],
    ["an RAE number longer than the SCDL's 5 characters", { raeId: "123456" }, /raeId/],
  ])("refuses %s with BAD_USER_INPUT and writes nothing", async (_case, overrides, message) => {
    const before = await rowCounts(economic, ["funding", "audit_entry"]);
    const result = await economic.request(RECORD, { input: input(overrides) }, staff);
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(message);
    expect(await rowCounts(economic, ["funding", "audit_entry"])).toEqual(before);
  });

  it("is public to read, recorded by staff only", async () => {
    const list = await economic.request<{ fundings: { totalCount: number } }>(
      `{ fundings(filter: { year: 2013 }, sort: { field: AMOUNT, direction: DESC }) { totalCount edges { node { attributingBodyName amount } } } }`,
    );
    const [{ count }] = await sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM funding WHERE year = 2013`,
    );
    expect(list.data?.fundings.totalCount).toBe(count);
    expect(codeOf(await economic.request(RECORD, { input: input() }, member))).toBe("FORBIDDEN");
    expect(codeOf(await economic.request(RECORD, { input: input() }, council))).toBe("FORBIDDEN");
    expect(codeOf(await economic.request(RECORD, { input: input() }))).toBe("UNAUTHENTICATED");
  });
});

describe("governance writes", () => {
  const ADD = `mutation($input: AddAssociationMemberInput!) { addAssociationMember(input: $input) {
    associationMember { id college name votes hasVotingRights member { id } } } }`;

  it("adds a qualified person and a member enterprise with voting rights", async () => {
    const person = await economic.request(
      ADD,
      {
        input: {
          college: "QUALIFIED_PERSONS",
          kind: "PERSON",
          name: "Expert (test)",
          hasVotingRights: true,
          joinedOn: "2014-01-01",
        },
      },
      staff,
    );
    expect(person.data).toMatchObject({
      addAssociationMember: { associationMember: { votes: 1, member: null } },
    });
    const enterprise = await economic.request(
      ADD,
      {
        input: {
          college: "MEMBER_ENTERPRISES",
          kind: "ORGANISATION",
          name: "Compagnie (2e adhésion, test)",
          memberId: COMPAGNIE_DES_GRESILLES,
          hasVotingRights: true,
          votes: 2,
          joinedOn: "2014-01-01",
        },
      },
      staff,
    );
    expect(enterprise.data).toMatchObject({
      addAssociationMember: { associationMember: { votes: 2, member: { id: COMPAGNIE_DES_GRESILLES } } },
    });
  });

  it.each([
    [
      "a member enterprise without its member",
      { college: "MEMBER_ENTERPRISES" },
      /input\.memberId: is required in the MEMBER_ENTERPRISES college/,
    ],
    [
      "a partner pointing at a member",
      { college: "PARTNERS", memberId: COMPAGNIE_DES_GRESILLES },
      /memberId/,
    ],
    [
      "votes without voting rights",
      { hasVotingRights: false, votes: 3 },
      /input\.votes: must be 0 without voting rights/,
    ],
  ])("refuses %s", async (_case, overrides, message) => {
    const result = await economic.request(
      ADD,
      {
        input: {
          college: "PARTNERS",
          kind: "ORGANISATION",
          name: "X",
          hasVotingRights: true,
          joinedOn: "2014-01-01",
          ...overrides,
        },
      },
      staff,
    );
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(message);
  });

  it("withdraws voting rights and records a leaving date", async () => {
    const [{ id }] = await sql<{ id: string }>(
      `SELECT id FROM association_member WHERE name = 'Expert (test)'`,
    );
    const result = await economic.request(
      `mutation($input: UpdateAssociationMemberInput!) { updateAssociationMember(input: $input) {
         associationMember { hasVotingRights votes leftOn } } }`,
      { input: { id, hasVotingRights: false, leftOn: "2014-12-31" } },
      staff,
    );
    expect(result.data).toEqual({
      updateAssociationMember: {
        associationMember: { hasVotingRights: false, votes: 0, leftOn: "2014-12-31" },
      },
    });
  });

  it("records a steering committee meeting with its decisions, and refuses a second chair", async () => {
    const meeting = await economic.request(
      `mutation($input: RecordSteeringCommitteeMeetingInput!) { recordSteeringCommitteeMeeting(input: $input) {
         steeringCommitteeMeeting { heldOn decisions { title outcome } } meeting { heldOn } } }`,
      { input: { heldOn: "2014-06-17", decisions: [{ title: "Budget 2015", outcome: "ADOPTED" }] } },
      staff,
    );
    expect(meeting.data).toEqual({
      recordSteeringCommitteeMeeting: {
        steeringCommitteeMeeting: {
          heldOn: "2014-06-17",
          decisions: [{ title: "Budget 2015", outcome: "ADOPTED" }],
        },
        meeting: { heldOn: "2014-06-17" }, // the deprecated name, still answered
      },
    });
    const SEAT = `mutation($input: AddSteeringCommitteeSeatInput!) { addSteeringCommitteeSeat(input: $input) {
      steeringCommitteeSeat { bodyName } seat { bodyName } } }`;
    const department = {
      bodyName: "Conseil départemental de la Côte-d'Or",
      bodyKind: "DEPARTMENT",
      since: "2014-01-01",
    };
    expect((await economic.request(SEAT, { input: department }, staff)).data).toEqual({
      addSteeringCommitteeSeat: {
        steeringCommitteeSeat: { bodyName: department.bodyName },
        seat: { bodyName: department.bodyName },
      },
    });
    expect(
      codeOf(
        await economic.request(SEAT, { input: { ...department, bodyName: "Autre", isChair: true } }, staff),
      ),
    ).toBe("CONFLICT");
  });

  it("adds milestones, awards and team members, refusing a period that ends before it starts", async () => {
    const MILESTONE = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { title } } }`;
    expect(
      codeOf(
        await economic.request(MILESTONE, { input: { startsOn: "2014-01-01", title: "Essaimage" } }, staff),
      ),
    ).toBe("OK");
    expect(
      codeOf(
        await economic.request(
          MILESTONE,
          { input: { startsOn: "2014-01-01", endsOn: "2013-01-01", title: "X" } },
          staff,
        ),
      ),
    ).toBe("BAD_USER_INPUT");
    const AWARD = `mutation($input: CreateAwardInput!) { createAward(input: $input) { award { year amount } } }`;
    expect(
      (
        await economic.request(
          AWARD,
          { input: { name: "Prix (test)", awardedBy: "Jury", awardedOn: "2014-05-05", amount: 1500 } },
          staff,
        )
      ).data,
    ).toEqual({ createAward: { award: { year: 2014, amount: 1500 } } });
    const TEAM = `mutation($input: AddOperatingTeamMemberInput!) { addOperatingTeamMember(input: $input) { operatingTeamMember { jobTitle } } }`;
    expect(
      codeOf(
        await economic.request(
          TEAM,
          { input: { fullName: "X (test)", jobTitle: "Stagiaire", startsOn: "2014-02-01" } },
          staff,
        ),
      ),
    ).toBe("OK");
  });

  it.each([
    [
      "addAssociationMember",
      "AddAssociationMemberInput",
      { college: "PARTNERS", kind: "ORGANISATION", name: "X", hasVotingRights: true, joinedOn: "2014-01-01" },
    ],
    ["createMilestone", "CreateMilestoneInput", { startsOn: "2014-01-01", title: "X" }],
    ["createAward", "CreateAwardInput", { name: "X", awardedBy: "Y", awardedOn: "2014-01-01" }],
    [
      "addOperatingTeamMember",
      "AddOperatingTeamMemberInput",
      { fullName: "X", jobTitle: "Y", startsOn: "2014-01-01" },
    ],
    [
      "addSteeringCommitteeSeat",
      "AddSteeringCommitteeSeatInput",
      { bodyName: "X", bodyKind: "OTHER", since: "2014-01-01" },
    ],
    [
      "recordSteeringCommitteeMeeting",
      "RecordSteeringCommitteeMeetingInput",
      { heldOn: "2014-01-01", decisions: [] },
    ],
  ])("keeps %s for staff", async (mutation, inputType, input) => {
    const text = `mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`;
    expect(codeOf(await economic.request(text, { input }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await economic.request(text, { input }, member))).toBe("FORBIDDEN");
    expect(codeOf(await economic.request(text, { input }, council))).toBe("FORBIDDEN");
  });
});
