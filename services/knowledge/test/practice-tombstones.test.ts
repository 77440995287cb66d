// Issue 13 point 4: withdrawn is not deleted. A practice withdrawn after publication stays readable by
// everyone as a tombstone (a harvester tells « withdrawn » from « never existed »); its content goes on only
// to staff, its own territory and the territories that adopted it. A practice withdrawn before it was ever
// published stays invisible to those who could not see it. And a territory writes only records it can
// read: another territory's draft is answered exactly as an id that never existed.
import { tokenFor, type GraphQLResult, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import {
  ADOPTION_CHALON_BUREAUX,
  CHALON_TILLEULS,
  CHENOVE_MAIL,
  FORMATION_IN_SITU_CHALON,
  GRAND_DIJON,
  GRESILLES,
  MUTUALISATION_DE_BUREAUX,
  PARCOURS_INSERTION_DRAFT,
  RADIO_DE_QUARTIER,
  samplePractice,
  startKnowledge,
  VISITES_APPRENANTES_IN_REVIEW,
} from "./knowledge-harness";

let knowledge: SubgraphUnderTest;
let withdrawnOn: string;
beforeAll(async () => {
  knowledge = await startKnowledge();
  const staff = await tokenFor({ role: "staff" });
  // The shared offices (Grésilles, published, adopted by Chalon's Tilleuls) and the insertion pathway (Grand
  // Dijon, a draft never published) are withdrawn, as their teams would.
  for (const [id, reason] of [
    [MUTUALISATION_DE_BUREAUX, "Les bureaux ont fermé en 2015."],
    [PARCOURS_INSERTION_DRAFT, "Projet abandonné avant publication."],
  ]) {
    const result = await knowledge.request(WITHDRAW, { input: { id, reason } }, staff);
    expect(result.errors).toBeUndefined();
  }
  withdrawnOn = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });
});
afterAll(() => knowledge.stop());

const WITHDRAW = `mutation($input: WithdrawPracticeInput!) { withdrawPractice(input: $input) { practice { id } } }`;
const territory = (territoryId: string) => tokenFor({ role: "territory", territoryId });
const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;
const messageOf = (result: GraphQLResult) => result.errors?.[0]?.message ?? "";
const fieldErrorsOf = (result: GraphQLResult) =>
  (result.errors?.[0]?.extensions as { fieldErrors?: unknown } | undefined)?.fieldErrors;

const FIELDS = `id title status withdrawalReason withdrawnOn publishedOn territory { id }
  summary summaryEn challenge description transferability lessonsLearned difficulties contactRole
  inseeCode qpvCode startedOn endedOn themes resources { budget } results { indicator }
  contributingMembers { id } sourceActions { id }`;
const PRACTICE = `query($id: ID!) { practice(id: $id) { ${FIELDS} } }`;
type PracticeData = Record<string, unknown>;

const read = async (id: string, token?: string) =>
  (await knowledge.request<{ practice: PracticeData | null }>(PRACTICE, { id }, token)).data?.practice;

const TOMBSTONE_OF_OFFICES = {
  id: MUTUALISATION_DE_BUREAUX,
  title: samplePractice(MUTUALISATION_DE_BUREAUX).title,
  status: "WITHDRAWN",
  withdrawalReason: "Les bureaux ont fermé en 2015.",
  publishedOn: "2012-11-20",
  territory: { id: GRESILLES },
  summary: null,
  summaryEn: null,
  challenge: null,
  description: null,
  transferability: null,
  lessonsLearned: null,
  difficulties: null,
  contactRole: null,
  inseeCode: null,
  qpvCode: null,
  startedOn: null,
  endedOn: null,
  themes: [],
  resources: null,
  results: [],
  contributingMembers: [],
  sourceActions: [],
};

describe("the tombstone of a practice withdrawn after publication", () => {
  it("answers anonymous callers, members, the council and other territories WITHDRAWN with reason and dates, content null", async () => {
    const callers = [
      undefined,
      await tokenFor({ role: "member", memberId: "a0000000-0000-4000-8000-000000000001" }),
      await tokenFor({ role: "council" }),
      await territory(CHENOVE_MAIL),
    ];
    for (const token of callers) {
      expect(await read(MUTUALISATION_DE_BUREAUX, token)).toEqual({ ...TOMBSTONE_OF_OFFICES, withdrawnOn });
    }
  });

  it("resolves as a federated reference, so a harvester's router gets the tombstone, not null", async () => {
    const result = await knowledge.request<{ _entities: PracticeData[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Practice { id status withdrawnOn summary } } }`,
      {
        r: [
          { __typename: "Practice", id: MUTUALISATION_DE_BUREAUX },
          { __typename: "Practice", id: PARCOURS_INSERTION_DRAFT },
          { __typename: "Practice", id: "c2000000-0000-4000-8000-0000000000ff" },
        ],
      },
    );
    expect(result.data?._entities).toEqual([
      { id: MUTUALISATION_DE_BUREAUX, status: "WITHDRAWN", withdrawnOn, summary: null },
      null,
      null,
    ]);
  });

  it("keeps the full content for staff, the practice's own territory and the territory that adopted it", async () => {
    const full = samplePractice(MUTUALISATION_DE_BUREAUX);
    for (const token of [
      await tokenFor({ role: "staff" }),
      await territory(GRESILLES),
      await territory(CHALON_TILLEULS),
    ]) {
      const practice = await read(MUTUALISATION_DE_BUREAUX, token);
      expect(practice).toMatchObject({
        status: "WITHDRAWN",
        withdrawnOn,
        summary: full.summary,
        challenge: full.challenge,
        themes: full.themes,
      });
      expect(practice?.resources).not.toBeNull();
      expect(practice?.contributingMembers).not.toEqual([]);
    }
  });

  it("leaves the adopter its adoption and the practice it adopted; the adoption stays public beside the tombstone", async () => {
    const ADOPTIONS = `query($filter: AdoptionFilter) { adoptions(filter: $filter) { edges { node {
      id territory { id } practice { id status summary } } } } }`;
    const ofOffices = { filter: { practiceId: MUTUALISATION_DE_BUREAUX } };
    const adopter = await knowledge.request<{ adoptions: { edges: { node: PracticeData }[] } }>(
      ADOPTIONS,
      ofOffices,
      await territory(CHALON_TILLEULS),
    );
    expect(adopter.data?.adoptions.edges.map((edge) => edge.node)).toEqual([
      {
        id: ADOPTION_CHALON_BUREAUX,
        territory: { id: CHALON_TILLEULS },
        practice: {
          id: MUTUALISATION_DE_BUREAUX,
          status: "WITHDRAWN",
          summary: samplePractice(MUTUALISATION_DE_BUREAUX).summary,
        },
      },
    ]);
    const anonymous = await knowledge.request<{ adoptions: { edges: { node: PracticeData }[] } }>(
      ADOPTIONS,
      ofOffices,
    );
    expect(anonymous.data?.adoptions.edges.map((edge) => edge.node)).toEqual([
      {
        id: ADOPTION_CHALON_BUREAUX,
        territory: { id: CHALON_TILLEULS },
        practice: { id: MUTUALISATION_DE_BUREAUX, status: "WITHDRAWN", summary: null },
      },
    ]);
  });

  it("reads the content of many tombstones for an adopter with one adoption lookup, not one per practice", async () => {
    const token = await territory(CHALON_TILLEULS);
    const query = `query { a: practice(id: "${MUTUALISATION_DE_BUREAUX}") { summary challenge themes }
      b: practice(id: "${MUTUALISATION_DE_BUREAUX}") { description } }`;
    knowledge.statements.reset();
    const result = await knowledge.request(query, {}, token);
    const statements = knowledge.statements.count;
    expect(result.errors).toBeUndefined();
    // The practice by id, then which of the withdrawn ones Chalon adopted: two statements.
    expect(statements).toBe(2);
  });
});

describe("a practice withdrawn before it was ever published", () => {
  it("stays invisible (null) to anonymous callers and other territories, as if it never existed", async () => {
    expect(await read(PARCOURS_INSERTION_DRAFT)).toBeNull();
    expect(await read(PARCOURS_INSERTION_DRAFT, await territory(CHENOVE_MAIL))).toBeNull();
  });

  it("stays readable in full by its own territory and staff", async () => {
    for (const token of [await territory(GRAND_DIJON), await tokenFor({ role: "staff" })]) {
      expect(await read(PARCOURS_INSERTION_DRAFT, token)).toMatchObject({
        status: "WITHDRAWN",
        withdrawnOn,
        publishedOn: null,
        summary: samplePractice(PARCOURS_INSERTION_DRAFT).summary,
      });
    }
  });
});

describe("lists", () => {
  const PRACTICES = `query($filter: PracticeFilter) { practices(first: 100, filter: $filter) { totalCount edges { node { id status summary } } } }`;
  const idsOf = async (filter: object | undefined, token?: string) =>
    (
      await knowledge.request<{ practices: { edges: { node: { id: string } }[] } }>(
        PRACTICES,
        { filter },
        token,
      )
    ).data!.practices.edges.map((edge) => edge.node.id);

  it("leaves tombstones out of the library by default", async () => {
    expect(await idsOf(undefined)).not.toContain(MUTUALISATION_DE_BUREAUX);
    expect(await idsOf(undefined, await territory(CHENOVE_MAIL))).not.toContain(MUTUALISATION_DE_BUREAUX);
  });

  it("lists tombstones when asked for WITHDRAWN ones, never a withdrawn draft of another territory", async () => {
    expect(await idsOf({ status: "WITHDRAWN" })).toEqual([MUTUALISATION_DE_BUREAUX]);
    expect(await idsOf({ status: "WITHDRAWN" }, await territory(CHENOVE_MAIL))).toEqual([
      MUTUALISATION_DE_BUREAUX,
    ]);
    // Grand Dijon sees its own withdrawn draft too.
    expect((await idsOf({ status: "WITHDRAWN" }, await territory(GRAND_DIJON))).sort()).toEqual(
      [MUTUALISATION_DE_BUREAUX, PARCOURS_INSERTION_DRAFT].sort(),
    );
  });

  it("never returns a tombstone from searchPractices", async () => {
    const found = await knowledge.request<{ searchPractices: { edges: { node: { id: string } }[] } }>(
      `{ searchPractices(query: "bureaux mutualisés") { edges { node { id } } } }`,
    );
    expect(found.errors).toBeUndefined();
    expect(found.data!.searchPractices.edges.map((edge) => edge.node.id)).not.toContain(
      MUTUALISATION_DE_BUREAUX,
    );
  });
});

describe("a territory writes only records it can read", () => {
  const NEVER = "c2000000-0000-4000-8000-0000000000ff";
  /** The error, with the id it names replaced, to compare two answers. */
  const shapeOf = (result: GraphQLResult, id: string) =>
    JSON.stringify({ code: codeOf(result), message: messageOf(result), fieldErrors: fieldErrorsOf(result) })
      .split(id)
      .join("<id>");

  const MUTATIONS: [string, (id: string) => { query: string; input: object }][] = [
    [
      "updatePractice",
      (id) => ({
        query: `mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { practice { id } } }`,
        input: { id, title: "Pris" },
      }),
    ],
    [
      "submitPractice",
      (id) => ({
        query: `mutation($input: SubmitPracticeInput!) { submitPractice(input: $input) { practice { id } } }`,
        input: { id },
      }),
    ],
    [
      "returnPracticeToDraft",
      (id) => ({
        query: `mutation($input: ReturnPracticeToDraftInput!) { returnPracticeToDraft(input: $input) { practice { id } } }`,
        input: { id },
      }),
    ],
    [
      "withdrawPractice",
      (id) => ({
        query: `mutation($input: WithdrawPracticeInput!) { withdrawPractice(input: $input) { practice { id } } }`,
        input: { id, reason: "Prise" },
      }),
    ],
    [
      "createAdoption",
      (id) => ({
        query: `mutation($input: CreateAdoptionInput!) { createAdoption(input: $input) { adoption { id } } }`,
        input: { practiceId: id, startedOn: "2014-03-01" },
      }),
    ],
    [
      "createTransfer",
      (id) => ({
        query: `mutation($input: CreateTransferInput!) { createTransfer(input: $input) { transfer { id } } }`,
        input: {
          kind: "KNOW_HOW_TRANSFER",
          title: "Transfert",
          heldOn: "2014-10-02",
          audience: "élus",
          audienceKind: "ELECTED_OFFICIALS",
          participantCount: 4,
          practiceIds: [RADIO_DE_QUARTIER, id],
        },
      }),
    ],
    [
      "updateTransfer",
      (id) => ({
        query: `mutation($input: UpdateTransferInput!) { updateTransfer(input: $input) { transfer { id } } }`,
        input: { id: FORMATION_IN_SITU_CHALON, practiceIds: [RADIO_DE_QUARTIER, id] },
      }),
    ],
  ];

  it.each(MUTATIONS)(
    "%s: another territory's practice in review answers exactly as an id that never existed (NOT_FOUND)",
    async (_name, mutation) => {
      const token = await territory(CHALON_TILLEULS);
      const hidden = mutation(VISITES_APPRENANTES_IN_REVIEW);
      const never = mutation(NEVER);
      const onHidden = await knowledge.request(hidden.query, { input: hidden.input }, token);
      const onNever = await knowledge.request(never.query, { input: never.input }, token);
      expect(codeOf(onHidden)).toBe("NOT_FOUND");
      expect(messageOf(onHidden)).toContain(VISITES_APPRENANTES_IN_REVIEW);
      expect(shapeOf(onHidden, VISITES_APPRENANTES_IN_REVIEW)).toBe(shapeOf(onNever, NEVER));
      const [row] = await knowledge.dataSource.query(`SELECT status, title FROM practice WHERE id = $1`, [
        VISITES_APPRENANTES_IN_REVIEW,
      ]);
      expect(row).toEqual({
        status: "IN_REVIEW",
        title: samplePractice(VISITES_APPRENANTES_IN_REVIEW).title,
      });
    },
  );

  it("names the missing practice by its place in the input: practiceIds.1", async () => {
    const [, mutation] = MUTATIONS.find(([name]) => name === "createTransfer")!;
    const { query, input } = mutation(NEVER);
    const result = await knowledge.request(query, { input }, await territory(CHALON_TILLEULS));
    expect(fieldErrorsOf(result)).toEqual([
      { path: ["input", "practiceIds", 1], rule: "exists", message: expect.stringContaining(NEVER) },
    ]);
  });

  it("still refuses with FORBIDDEN what the territory sees but may not change: another territory's published practice", async () => {
    const result = await knowledge.request(
      `mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { practice { id } } }`,
      { input: { id: RADIO_DE_QUARTIER, title: "Pris" } },
      await territory(CHALON_TILLEULS),
    );
    expect(codeOf(result)).toBe("FORBIDDEN");
  });

  it("answers NOT_FOUND naming input.territoryId or input.transferId for a territory or transfer that does not exist", async () => {
    const unknownTerritory = "c1000000-0000-4000-8000-0000000000ff";
    const unknownTransfer = "c3000000-0000-4000-8000-0000000000ff";
    const [, transfer] = MUTATIONS.find(([name]) => name === "createTransfer")!;
    const { query, input } = transfer(RADIO_DE_QUARTIER);
    for (const token of [await tokenFor({ role: "staff" }), await territory(CHALON_TILLEULS)]) {
      const result = await knowledge.request(
        query,
        { input: { ...input, territoryId: unknownTerritory } },
        token,
      );
      expect(codeOf(result)).toBe("NOT_FOUND");
      expect(fieldErrorsOf(result)).toEqual([
        {
          path: ["input", "territoryId"],
          rule: "exists",
          message: `No territory has the id ${unknownTerritory}.`,
        },
      ]);
    }
    const adoption = await knowledge.request(
      `mutation($input: CreateAdoptionInput!) { createAdoption(input: $input) { adoption { id } } }`,
      { input: { practiceId: RADIO_DE_QUARTIER, startedOn: "2014-03-01", transferId: unknownTransfer } },
      await territory(CHENOVE_MAIL),
    );
    expect(codeOf(adoption)).toBe("NOT_FOUND");
    expect(fieldErrorsOf(adoption)).toEqual([
      {
        path: ["input", "transferId"],
        rule: "exists",
        message: `No transfer has the id ${unknownTransfer}.`,
      },
    ]);
    const [{ n }] = await knowledge.dataSource.query(
      `SELECT count(*)::int AS n FROM adoption WHERE practice_id = $1 AND territory_id = $2`,
      [RADIO_DE_QUARTIER, CHENOVE_MAIL],
    );
    expect(n).toBe(0);
  });
});
