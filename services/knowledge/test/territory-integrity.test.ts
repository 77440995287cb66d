// Issue 13 points 8 and 9, as Besançon-Planoise's digital team uses the library beside another territory
// (Chenôve's Mail): its renaming and code changes wait for the Pôle's staff; it finds territories by code or
// name; it searches its own drafts; it reads its own records' audit trail, and nothing of the others'.
import { tokenFor, type GraphQLResult, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { CHENOVE_MAIL, GRESILLES, startKnowledge } from "./knowledge-harness";

let knowledge: SubgraphUnderTest;
let planoise: string;
beforeAll(async () => {
  knowledge = await startKnowledge();
  const created = await knowledge.request<{ createTerritory: { territory: { id: string } } }>(
    `mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { territory { id } } }`,
    { input: { name: "Besançon – Planoise", inseeCode: "25056", kind: "COMMUNE", qpvCodes: ["QP025006"] } },
    await tokenFor({ role: "staff" }),
  );
  expect(created.errors).toBeUndefined();
  planoise = created.data!.createTerritory.territory.id;
});
afterAll(() => knowledge.stop());

const staff = () => tokenFor({ role: "staff" });
const territory = (territoryId: string) => tokenFor({ role: "territory", territoryId });
const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;
const fieldErrorsOf = (result: GraphQLResult) =>
  (result.errors?.[0]?.extensions as { fieldErrors?: unknown } | undefined)?.fieldErrors;

const CHANGE_FIELDS = `status changedFields name inseeCode qpvCode qpvCodes rejectionReason decidedAt`;
const UPDATE = `mutation($input: UpdateTerritoryInput!) { updateTerritory(input: $input) {
  territory { id name inseeCode qpvCodes } pendingChange { ${CHANGE_FIELDS} } } }`;
const APPROVE = `mutation($input: ApproveTerritoryChangeInput!) { approveTerritoryChange(input: $input) {
  territory { id name inseeCode qpvCodes } change { ${CHANGE_FIELDS} } } }`;
const REJECT = `mutation($input: RejectTerritoryChangeInput!) { rejectTerritoryChange(input: $input) {
  territory { id name } change { ${CHANGE_FIELDS} } } }`;
const TERRITORY = `query($id: ID!) { territory(id: $id) { name qpvCodes pendingChange { ${CHANGE_FIELDS} }
  lastDecidedChange { ${CHANGE_FIELDS} } } }`;
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const auditOf = async (types: string[]) =>
  (
    await knowledge.dataSource.query<{ operation: string; record_type: string }[]>(
      `SELECT operation, record_type FROM audit_entry WHERE record_type = ANY($1) ORDER BY occurred_at, id`,
      [types],
    )
  ).map((entry) => `${entry.operation} ${entry.record_type}`);

describe("a territory's change of its identity goes through staff review", () => {
  it("stores a territory's renaming as pending, adds a later request to it, and applies both when staff approve", async () => {
    const token = await territory(planoise);
    const renamed = await knowledge.request<Data>(
      UPDATE,
      { input: { id: planoise, name: "Besançon – Planoise (QPV)" } },
      token,
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.updateTerritory).toEqual({
      territory: { id: planoise, name: "Besançon – Planoise", inseeCode: "25056", qpvCodes: ["QP025006"] },
      pendingChange: {
        status: "PENDING",
        changedFields: ["name"],
        name: "Besançon – Planoise (QPV)",
        inseeCode: "25056",
        qpvCode: null,
        qpvCodes: ["QP025006"],
        rejectionReason: null,
        decidedAt: null,
      },
    });
    const recoded = await knowledge.request<Data>(
      UPDATE,
      { input: { id: planoise, qpvCodes: ["QP025006", "QP025007"] } },
      token,
    );
    expect(recoded.data!.updateTerritory.pendingChange).toMatchObject({
      changedFields: ["name", "qpvCodes"],
      name: "Besançon – Planoise (QPV)",
      qpvCodes: ["QP025006", "QP025007"],
    });
    // Everyone else still reads the territory as it is, and no one but staff and itself sees the request.
    const anonymous = await knowledge.request<Data>(TERRITORY, { id: planoise });
    expect(anonymous.data!.territory).toEqual({
      name: "Besançon – Planoise",
      qpvCodes: ["QP025006"],
      pendingChange: null,
      lastDecidedChange: null,
    });
    const other = await knowledge.request<Data>(TERRITORY, { id: planoise }, await territory(CHENOVE_MAIL));
    expect(other.data!.territory.pendingChange).toBeNull();
    const own = await knowledge.request<Data>(TERRITORY, { id: planoise }, token);
    expect(own.data!.territory.pendingChange).toMatchObject({ status: "PENDING" });

    const approved = await knowledge.request<Data>(
      APPROVE,
      { input: { territoryId: planoise } },
      await staff(),
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveTerritoryChange.territory).toEqual({
      id: planoise,
      name: "Besançon – Planoise (QPV)",
      inseeCode: "25056",
      qpvCodes: ["QP025006", "QP025007"],
    });
    expect(approved.data!.approveTerritoryChange.change).toMatchObject({ status: "APPROVED" });
    const after = await knowledge.request<Data>(TERRITORY, { id: planoise }, token);
    expect(after.data!.territory).toMatchObject({
      pendingChange: null,
      lastDecidedChange: { status: "APPROVED", changedFields: ["name", "qpvCodes"] },
    });
    expect(await auditOf(["Territory", "TerritoryChange"])).toEqual(
      expect.arrayContaining([
        "updateTerritory TerritoryChange",
        "approveTerritoryChange Territory",
        "approveTerritoryChange TerritoryChange",
      ]),
    );
  });

  it("lets staff reject a pending change with a reason the territory reads; the territory stays as it was", async () => {
    const token = await territory(planoise);
    await knowledge.request(UPDATE, { input: { id: planoise, inseeCode: "25057" } }, token);
    const missingReason = await knowledge.request(
      REJECT,
      { input: { territoryId: planoise, reason: "" } },
      await staff(),
    );
    expect(codeOf(missingReason)).toBe("BAD_USER_INPUT");
    const rejected = await knowledge.request<Data>(
      REJECT,
      { input: { territoryId: planoise, reason: "  25057 n'est pas le code de Besançon.  " } },
      await staff(),
    );
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data!.rejectTerritoryChange.change).toMatchObject({
      status: "REJECTED",
      rejectionReason: "25057 n'est pas le code de Besançon.",
    });
    const own = await knowledge.request<Data>(TERRITORY, { id: planoise }, token);
    expect(own.data!.territory).toMatchObject({
      pendingChange: null,
      lastDecidedChange: { status: "REJECTED", rejectionReason: "25057 n'est pas le code de Besançon." },
    });
    const [row] = await knowledge.dataSource.query(`SELECT insee_code FROM territory WHERE id = $1`, [
      planoise,
    ]);
    expect(row.insee_code).toBe("25056");
  });

  it("answers a territory's request for what it already is with no pending change", async () => {
    const same = await knowledge.request<Data>(
      UPDATE,
      { input: { id: GRESILLES, name: "Les Grésilles, Dijon" } },
      await territory(GRESILLES),
    );
    expect(same.errors).toBeUndefined();
    expect(same.data!.updateTerritory).toMatchObject({ territory: { id: GRESILLES }, pendingChange: null });
  });

  it("applies staff's own updates at once, with no pending change", async () => {
    const result = await knowledge.request<Data>(
      UPDATE,
      { input: { id: CHENOVE_MAIL, name: "Chenôve – Le Mail" } },
      await staff(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateTerritory).toMatchObject({
      territory: { name: "Chenôve – Le Mail" },
      pendingChange: null,
    });
  });

  it("checks the request when it is made: identifiers that do not fit the kind are refused, nothing stored", async () => {
    const refused = await knowledge.request(
      UPDATE,
      { input: { id: planoise, inseeCode: null } },
      await territory(planoise),
    );
    expect(codeOf(refused)).toBe("BAD_USER_INPUT");
    const [{ n }] = await knowledge.dataSource.query(
      `SELECT count(*)::int AS n FROM territory_change WHERE territory_id = $1 AND status = 'PENDING'`,
      [planoise],
    );
    expect(n).toBe(0);
  });

  it("answers approve and reject NOT_FOUND naming the territory when nothing is pending; only staff decide", async () => {
    const none = await knowledge.request(APPROVE, { input: { territoryId: GRESILLES } }, await staff());
    expect(codeOf(none)).toBe("NOT_FOUND");
    expect(fieldErrorsOf(none)).toEqual([
      {
        path: ["input", "territoryId"],
        rule: "exists",
        message: `Territory ${GRESILLES} has no change waiting for review.`,
      },
    ]);
    const unknown = "c1000000-0000-4000-8000-0000000000ff";
    const noTerritory = await knowledge.request(
      REJECT,
      { input: { territoryId: unknown, reason: "x" } },
      await staff(),
    );
    expect(fieldErrorsOf(noTerritory)).toEqual([
      { path: ["input", "territoryId"], rule: "exists", message: `No territory has the id ${unknown}.` },
    ]);
    await knowledge.request(UPDATE, { input: { id: planoise, name: "Planoise" } }, await territory(planoise));
    expect(
      codeOf(
        await knowledge.request(APPROVE, { input: { territoryId: planoise } }, await territory(planoise)),
      ),
    ).toBe("FORBIDDEN");
    // Asking for what the territory already is withdraws the request.
    const back = await knowledge.request<Data>(
      UPDATE,
      { input: { id: planoise, name: "Besançon – Planoise (QPV)" } },
      await territory(planoise),
    );
    expect(back.data!.updateTerritory.pendingChange).toBeNull();
    const own = await knowledge.request<Data>(TERRITORY, { id: planoise }, await territory(planoise));
    expect(own.data!.territory.pendingChange).toBeNull();
  });
});

describe("territories(filter)", () => {
  const TERRITORIES = `query($filter: TerritoryFilter, $first: Int) { territories(filter: $filter, first: $first) {
    totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
  const idsOf = async (filter: object) =>
    (await knowledge.request<Data>(TERRITORIES, { filter })).data!.territories.edges.map(
      (edge: Data) => edge.node.id,
    );

  it("finds a territory by its exact INSEE code", async () => {
    expect(await idsOf({ inseeCode: "25056" })).toEqual([planoise]);
    expect(await idsOf({ inseeCode: "25000" })).toEqual([]);
  });

  it("finds territories by a QPV code, their own or one of their neighbourhoods'", async () => {
    expect(await idsOf({ qpvCode: "QP025007" })).toEqual([planoise]);
    // Chenôve's Mail is itself the neighbourhood QP021901.
    expect(await idsOf({ qpvCode: "QP021901" })).toContain(CHENOVE_MAIL);
  });

  it("finds territories by part of their name, ignoring case and accents, combined with the other criteria", async () => {
    expect(await idsOf({ nameContains: "besancon" })).toEqual([planoise]);
    expect(await idsOf({ nameContains: "PLANOÏSE" })).toEqual([planoise]);
    expect(await idsOf({ nameContains: "planoise", inseeCode: "25056" })).toEqual([planoise]);
    expect(await idsOf({ nameContains: "planoise", inseeCode: "21231" })).toEqual([]);
    // LIKE wildcards are plain text.
    expect(await idsOf({ nameContains: "%" })).toEqual([]);
  });

  it("refuses malformed codes with BAD_USER_INPUT naming the field", async () => {
    const result = await knowledge.request(TERRITORIES, { filter: { qpvCode: "Q1" } });
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(fieldErrorsOf(result))).toContain("qpvCode");
  });

  it("keeps keyset pages and the number of SQL statements of the unfiltered list", async () => {
    const statementsFor = async (filter: object | null) => {
      knowledge.statements.reset();
      const result = await knowledge.request<Data>(TERRITORIES, { filter, first: 1 });
      expect(result.errors).toBeUndefined();
      return knowledge.statements.count;
    };
    expect(await statementsFor({ nameContains: "e", qpvCode: "QP021901", inseeCode: "21166" })).toBe(
      await statementsFor(null),
    );
    const first = await knowledge.request<Data>(TERRITORIES, { filter: { nameContains: "e" }, first: 2 });
    const all = await idsOf({ nameContains: "e" });
    expect(first.data!.territories.totalCount).toBe(all.length);
    const next = await knowledge.request<Data>(
      `query($filter: TerritoryFilter, $after: String) { territories(filter: $filter, first: 100, after: $after) { edges { node { id } } } }`,
      { filter: { nameContains: "e" }, after: first.data!.territories.pageInfo.endCursor },
    );
    expect([
      ...first.data!.territories.edges.map((edge: Data) => edge.node.id),
      ...next.data!.territories.edges.map((edge: Data) => edge.node.id),
    ]).toEqual(all);
  });
});

describe("a territory searches its own drafts", () => {
  const SEARCH = `query($query: String!, $filter: PracticeSearchFilter) { searchPractices(query: $query, filter: $filter) {
    edges { node { id status } } } }`;
  let ownDraft: string;
  let otherDraft: string;
  beforeAll(async () => {
    const create = async (token: string, title: string) =>
      (
        await knowledge.request<Data>(
          `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id } } }`,
          {
            input: {
              title,
              summary: "Un atelier de lutherie avec les habitants du quartier.",
              pillar: "NEIGHBOURHOOD",
            },
          },
          token,
        )
      ).data!.createPractice.practice.id as string;
    ownDraft = await create(await territory(planoise), "Atelier de lutherie de Planoise");
    otherDraft = await create(await territory(CHENOVE_MAIL), "Atelier de lutherie du Mail");
  });
  const found = async (filter: object | undefined, token?: string) =>
    (
      await knowledge.request<Data>(SEARCH, { query: "lutherie", filter }, token)
    ).data!.searchPractices.edges.map((edge: Data) => edge.node.id);

  it("finds its own drafts with includeOwnDrafts, never another territory's", async () => {
    expect(await found({ includeOwnDrafts: true }, await territory(planoise))).toEqual([ownDraft]);
    expect(await found({ includeOwnDrafts: true }, await territory(CHENOVE_MAIL))).toEqual([otherDraft]);
  });

  it("searches published practices only without it, and for anonymous callers whatever they ask", async () => {
    expect(await found(undefined, await territory(planoise))).toEqual([]);
    expect(await found({ includeOwnDrafts: true })).toEqual([]);
  });

  it("finds its drafts through the typo-tolerant titles too", async () => {
    const typo = await knowledge.request<Data>(
      `query($filter: PracticeSearchFilter) { searchPractices(query: "lutherei", filter: $filter) { approximate edges { node { id } } } }`,
      { filter: { includeOwnDrafts: true } },
      await territory(planoise),
    );
    expect(typo.data!.searchPractices.edges.map((edge: Data) => edge.node.id)).toEqual([ownDraft]);
  });
});

describe("a territory reads its own records' audit trail", () => {
  const TRAIL = `query($filter: AuditTrailFilter) { knowledgeAuditTrail(first: 100, filter: $filter) {
    totalCount edges { node { operation recordType recordId actorTerritoryId } } } }`;
  const entriesOf = async (token: string, filter?: object) =>
    ((await knowledge.request<Data>(TRAIL, { filter }, token)).data!.knowledgeAuditTrail.edges as Data[]).map(
      (edge) => edge.node,
    );

  it("shows a territory the entries of its practices, its territory record and its requests, and none of another's", async () => {
    const entries = await entriesOf(await territory(planoise));
    const types = new Set(entries.map((entry) => entry.recordType));
    expect(types).toEqual(new Set(["Territory", "TerritoryChange", "Practice"]));
    expect(entries.map((entry) => entry.operation)).toEqual(
      expect.arrayContaining([
        "createTerritory",
        "updateTerritory",
        "approveTerritoryChange",
        "createPractice",
      ]),
    );
    const theirs = await entriesOf(await territory(CHENOVE_MAIL));
    const ownIds = new Set(entries.map((entry) => entry.recordId));
    expect(theirs.filter((entry) => ownIds.has(entry.recordId))).toEqual([]);
    expect(theirs.length).toBeGreaterThan(0);
  });

  it("filters by record id, and answers an empty page for another territory's record", async () => {
    const ofTerritory = await entriesOf(await territory(planoise), { recordId: planoise.toUpperCase() });
    expect(ofTerritory.length).toBeGreaterThan(0);
    expect(ofTerritory.every((entry) => entry.recordId === planoise)).toBe(true);
    expect(await entriesOf(await territory(CHENOVE_MAIL), { recordId: planoise })).toEqual([]);
    const staffView = await entriesOf(await staff(), { recordId: planoise });
    expect(staffView).toEqual(ofTerritory);
  });

  it("names the staff who changed a territory's records only by their role, and the territory's own callers", async () => {
    const WHO = `query($filter: AuditTrailFilter) { knowledgeAuditTrail(first: 100, filter: $filter) {
      edges { node { operation actorSubject actorRole actorTerritoryId } } } }`;
    const who = async (token: string) =>
      (
        (await knowledge.request<Data>(WHO, { filter: { recordId: planoise } }, token)).data!
          .knowledgeAuditTrail.edges as Data[]
      ).map((edge) => edge.node);
    const byStaff = await who(await staff());
    const staffEntries = byStaff.filter((entry) => entry.actorRole === "staff");
    expect(staffEntries.length).toBeGreaterThan(0);
    expect(staffEntries.some((entry) => entry.actorSubject !== "staff")).toBe(true);
    const byTerritory = await who(await territory(planoise));
    expect(byTerritory.map((entry) => entry.operation)).toEqual(byStaff.map((entry) => entry.operation));
    for (const entry of byTerritory.filter((candidate) => candidate.actorRole === "staff")) {
      expect(entry.actorSubject).toBe("staff");
    }
  });

  it("stays closed to anonymous callers, members and the council", async () => {
    expect(codeOf(await knowledge.request(TRAIL, {}))).toBe("UNAUTHENTICATED");
    for (const token of [
      await tokenFor({ role: "council" }),
      await tokenFor({ role: "member", memberId: "a0000000-0000-4000-8000-000000000001" }),
    ]) {
      expect(codeOf(await knowledge.request(TRAIL, {}, token))).toBe("FORBIDDEN");
    }
  });
});
