import { tokenFor, type GraphQLResult, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { PracticeStatus } from "../src/practice/practice-status.enum";
import {
  CHALON_TILLEULS,
  COMPAGNIE_DES_GRESILLES,
  GRAND_DIJON,
  GRESILLES,
  PARCOURS_INSERTION_DRAFT,
  samplePractice,
  startKnowledge,
} from "./knowledge-harness";

let knowledge: SubgraphUnderTest;
beforeAll(async () => {
  knowledge = await startKnowledge();
});
afterAll(() => knowledge.stop());

const staff = () => tokenFor({ role: "staff" });
const territory = (territoryId: string) => tokenFor({ role: "territory", territoryId });

const PRACTICE_FIELDS = `id title titleEn summary status pillar themes licence inseeCode qpvCode startedOn endedOn
  contactRole challenge description difficulties lessonsLearned transferability publishedOn withdrawalReason
  resources { budget peopleCount description } results { indicator value unit evidence }
  territory { id } sourceActions { id } contributingMembers { id }`;

const CREATE = `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { ${PRACTICE_FIELDS} } } }`;
const UPDATE = `mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { practice { ${PRACTICE_FIELDS} } } }`;
const TRANSITIONS = {
  submitPractice: `mutation($input: SubmitPracticeInput!) { submitPractice(input: $input) { practice { id status } } }`,
  returnPracticeToDraft: `mutation($input: ReturnPracticeToDraftInput!) { returnPracticeToDraft(input: $input) { practice { id status } } }`,
  publishPractice: `mutation($input: PublishPracticeInput!) { publishPractice(input: $input) { practice { id status publishedOn } } }`,
  withdrawPractice: `mutation($input: WithdrawPracticeInput!) { withdrawPractice(input: $input) { practice { id status withdrawalReason } } }`,
} as const;
type Transition = keyof typeof TRANSITIONS;

type PracticeData = Record<string, unknown> & { id: string; status: string };

const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;
const messageOf = (result: GraphQLResult) => result.errors?.[0]?.message ?? "";

/** A practice's status and territory straight from the database. */
async function rowOf(
  id: string,
): Promise<{ status: string; territory_id: string | null; title: string } | undefined> {
  const [row] = await knowledge.dataSource.query(
    `SELECT status, territory_id, title FROM practice WHERE id = $1`,
    [id],
  );
  return row;
}
const practiceCount = async () =>
  Number((await knowledge.dataSource.query(`SELECT count(*) AS n FROM practice`))[0].n);
const auditOf = async (id: string) =>
  await knowledge.dataSource.query<
    { operation: string; record_type: string; actor_role: string; actor_territory_id: string | null }[]
  >(
    `SELECT operation, record_type, actor_role, actor_territory_id FROM audit_entry WHERE record_id = $1 ORDER BY occurred_at, id`,
    [id],
  );

/** A complete practice, ready for review, of `territoryId` and in `status`, inserted with SQL. */
let inserted = 0;
async function insertPractice(
  status: PracticeStatus,
  territoryId: string | null = GRESILLES,
): Promise<string> {
  inserted += 1;
  const id = `c2000000-0000-4000-8000-0000000a${String(inserted).padStart(4, "0")}`;
  await knowledge.dataSource.query(
    `INSERT INTO practice (id, title, summary, status, pillar, territory_id, challenge, description, transferability,
                           published_on, withdrawal_reason, withdrawn_on)
     VALUES ($1, $2, repeat('Résumé. ', 20), $3, 'NEIGHBOURHOOD', $4, repeat('Défi. ', 20),
             repeat('Description. ', 20), repeat('Transférabilité. ', 10), $5, $6, $7)`,
    [
      id,
      `Pratique de test ${inserted}`,
      status,
      territoryId,
      status === PracticeStatus.PUBLISHED ? "2014-01-01" : null,
      status === PracticeStatus.WITHDRAWN ? "retirée pour le test" : null,
      status === PracticeStatus.WITHDRAWN ? "2014-06-01" : null,
    ],
  );
  return id;
}

const fullInput = {
  title: "Chantier éducatif de fresque avec les jeunes",
  titleEn: "Mural workshop with young people",
  summary:
    "Des jeunes du quartier peignent une fresque avec un collectif de graphistes, sur le mur du gymnase, pendant un trimestre.",
  pillar: "NEIGHBOURHOOD",
  challenge: "Des murs dégradés et des jeunes sans lieu d'expression dans le quartier.",
  description:
    "Dix séances encadrées par deux graphistes du collectif et un animateur du centre social, le mercredi après-midi, puis une inauguration avec les habitants.",
  resources: { budget: 4500.5, peopleCount: 3, description: "Peinture, échafaudage, deux graphistes." },
  results: [
    { indicator: "jeunes participants", value: 14, unit: "personnes", evidence: "feuilles de présence" },
  ],
  difficulties: "La météo.",
  lessonsLearned: "Associer le bailleur dès le départ.",
  transferability: "Tout quartier avec un mur disponible et un bailleur qui accepte le projet.",
  themes: ["fresque", "jeunesse", " fresque "],
  inseeCode: "21231",
  qpvCode: "QP021900",
  startedOn: "2014-04-01",
  endedOn: "2014-06-30",
  contactRole: "coordinateur jeunesse",
  licence: "CC-BY-4.0",
  sourceActionIds: ["B0000000-0000-4000-8000-000000000018"],
  contributingMemberIds: [COMPAGNIE_DES_GRESILLES],
};

describe("createPractice", () => {
  it("lets staff add a draft practice with every field of the library, and audits it", async () => {
    const result = await knowledge.request<{ createPractice: { practice: PracticeData } }>(
      CREATE,
      { input: { ...fullInput, territoryId: GRESILLES } },
      await staff(),
    );
    expect(result.errors).toBeUndefined();
    const practice = result.data!.createPractice.practice;
    const { sourceActionIds: _a, contributingMemberIds: _m, themes: _t, resources, ...plain } = fullInput;
    expect(practice).toEqual({
      ...plain,
      id: expect.any(String),
      status: "DRAFT",
      themes: ["fresque", "jeunesse"],
      resources,
      publishedOn: null,
      withdrawalReason: null,
      territory: { id: GRESILLES },
      // Ids are stored in their canonical (lower-case) form.
      sourceActions: [{ id: "b0000000-0000-4000-8000-000000000018" }],
      contributingMembers: [{ id: COMPAGNIE_DES_GRESILLES }],
    });
    const [budget] = await knowledge.dataSource.query(`SELECT budget_cents FROM practice WHERE id = $1`, [
      practice.id,
    ]);
    expect(budget.budget_cents).toBe("450050");
    expect(await auditOf(practice.id)).toEqual([
      { operation: "createPractice", record_type: "Practice", actor_role: "staff", actor_territory_id: null },
    ]);
  });

  it("gives a practice the CC BY-SA 4.0 licence unless told otherwise", async () => {
    const result = await knowledge.request<{ createPractice: { practice: PracticeData } }>(
      CREATE,
      { input: { title: "Licence par défaut", summary: "Résumé", pillar: "ECONOMIC_DEVELOPMENT" } },
      await staff(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createPractice.practice).toMatchObject({
      licence: "CC-BY-SA-4.0",
      territory: null,
      results: [],
    });
  });

  it("lets a territory add a practice of its own territory, named or implied by its token", async () => {
    const token = await territory(CHALON_TILLEULS);
    for (const input of [
      { title: "Pratique de Chalon", summary: "Résumé", pillar: "NEIGHBOURHOOD" },
      {
        title: "Pratique de Chalon, bis",
        summary: "Résumé",
        pillar: "NEIGHBOURHOOD",
        territoryId: CHALON_TILLEULS,
      },
    ]) {
      const result = await knowledge.request<{ createPractice: { practice: PracticeData } }>(
        CREATE,
        { input },
        token,
      );
      expect(result.errors).toBeUndefined();
      const practice = result.data!.createPractice.practice;
      expect(practice).toMatchObject({ status: "DRAFT", territory: { id: CHALON_TILLEULS } });
      expect((await auditOf(practice.id))[0]).toMatchObject({
        actor_role: "territory",
        actor_territory_id: CHALON_TILLEULS,
      });
    }
  });

  it("lets a territory create a practice directly IN_REVIEW when it is complete", async () => {
    const result = await knowledge.request<{ createPractice: { practice: PracticeData } }>(
      CREATE,
      { input: { ...fullInput, status: "IN_REVIEW" } },
      await territory(CHALON_TILLEULS),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createPractice.practice).toMatchObject({ status: "IN_REVIEW", publishedOn: null });
  });

  it("refuses a territory a practice for another territory, or a published one, with FORBIDDEN", async () => {
    const before = await practiceCount();
    const token = await territory(CHALON_TILLEULS);
    const elsewhere = await knowledge.request(
      CREATE,
      { input: { ...fullInput, territoryId: GRESILLES } },
      token,
    );
    expect(codeOf(elsewhere)).toBe("FORBIDDEN");
    const published = await knowledge.request(
      CREATE,
      { input: { ...fullInput, status: "PUBLISHED" } },
      token,
    );
    expect(codeOf(published)).toBe("FORBIDDEN");
    expect(messageOf(published)).toMatch(/Only the Pôle's staff publish/);
    expect(await practiceCount()).toBe(before);
  });

  it("lets staff create a practice already PUBLISHED, dated today", async () => {
    const result = await knowledge.request<{ createPractice: { practice: PracticeData } }>(
      CREATE,
      { input: { ...fullInput, status: "PUBLISHED" } },
      await staff(),
    );
    expect(result.errors).toBeUndefined();
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
    expect(result.data!.createPractice.practice).toMatchObject({ status: "PUBLISHED", publishedOn: today });
  });

  it("refuses anonymous callers with UNAUTHENTICATED, members and the council with FORBIDDEN", async () => {
    const before = await practiceCount();
    expect(codeOf(await knowledge.request(CREATE, { input: fullInput }))).toBe("UNAUTHENTICATED");
    for (const token of [
      await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES }),
      await tokenFor({ role: "council" }),
    ]) {
      expect(codeOf(await knowledge.request(CREATE, { input: fullInput }, token))).toBe("FORBIDDEN");
    }
    expect(await practiceCount()).toBe(before);
  });

  it("refuses a practice for review without its challenge, description and transferability, naming them", async () => {
    const result = await knowledge.request(
      CREATE,
      {
        input: {
          title: "Incomplète",
          summary: fullInput.summary,
          pillar: "NEIGHBOURHOOD",
          status: "IN_REVIEW",
          challenge: fullInput.challenge,
        },
      },
      await staff(),
    );
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(messageOf(result)).toBe(
      "Invalid input: input.description: is required before review (challenge, description, transferability); input.transferability: is required before review (challenge, description, transferability)",
    );
  });

  it.each([
    ["a title over 200 characters", { title: "x".repeat(201) }, /\btitle: /],
    ["an empty summary", { summary: "" }, /\bsummary: /],
    ["an INSEE code that is not one", { inseeCode: "2123" }, /\binseeCode: /],
    ["a QPV code that is not one", { qpvCode: "QPV0219" }, /\bqpvCode: /],
    ["an unknown licence", { licence: "proprietary" }, /\blicence: /],
    ["a budget with fractions of cents", { resources: { budget: 10.005 } }, /\bresources\.budget: /],
    ["a negative number of people", { resources: { peopleCount: -1 } }, /\bresources\.peopleCount: /],
    [
      "a result without indicator",
      { results: [{ indicator: "", value: 1 }] },
      /\binput\.results\[0\]\.indicator: /,
    ],
    ["an end before the start", { startedOn: "2014-05-01", endedOn: "2014-04-30" }, /input\.endedOn/],
    [
      "a source action id that is not a UUID",
      { sourceActionIds: ["action-18"] },
      /input\.sourceActionIds\[0\]/,
    ],
    [
      "a member id that is not a UUID",
      { contributingMemberIds: [COMPAGNIE_DES_GRESILLES, "x"] },
      /input\.contributingMemberIds\[1\]/,
    ],
    ["a WITHDRAWN status", { status: "WITHDRAWN" }, /input\.status/],
  ])("refuses %s with BAD_USER_INPUT naming the field", async (_case, change, field) => {
    const before = await practiceCount();
    const result = await knowledge.request(CREATE, { input: { ...fullInput, ...change } }, await staff());
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(messageOf(result)).toMatch(field);
    expect(await practiceCount()).toBe(before);
  });

  it("answers NOT_FOUND for a territory that does not exist", async () => {
    const result = await knowledge.request(
      CREATE,
      { input: { ...fullInput, territoryId: "c1000000-0000-4000-8000-0000000000ff" } },
      await staff(),
    );
    expect(codeOf(result)).toBe("NOT_FOUND");
  });
});

describe("updatePractice", () => {
  it("lets a territory change its own draft: given fields change, omitted ones stay, null clears, lists are replaced", async () => {
    const id = await insertPractice(PracticeStatus.DRAFT, CHALON_TILLEULS);
    const token = await territory(CHALON_TILLEULS);
    const first = await knowledge.request(UPDATE, { input: { id, ...fullInput } }, token);
    expect(first.errors).toBeUndefined();
    const result = await knowledge.request<{ updatePractice: { practice: PracticeData } }>(
      UPDATE,
      {
        input: {
          id,
          title: "Nouveau titre",
          titleEn: null,
          themes: ["autre"],
          contributingMemberIds: [],
          resources: null,
        },
      },
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updatePractice.practice).toMatchObject({
      title: "Nouveau titre",
      titleEn: null,
      summary: fullInput.summary,
      themes: ["autre"],
      contributingMembers: [],
      sourceActions: [{ id: "b0000000-0000-4000-8000-000000000018" }],
      resources: { budget: null, peopleCount: null, description: null },
      status: "DRAFT",
      territory: { id: CHALON_TILLEULS },
    });
    expect((await auditOf(id)).map((entry) => entry.operation)).toEqual(["updatePractice", "updatePractice"]);
  });

  it("answers a territory NOT_FOUND for another territory's draft, as for an unknown id, and changes nothing", async () => {
    const id = await insertPractice(PracticeStatus.DRAFT, GRESILLES);
    const result = await knowledge.request(
      UPDATE,
      { input: { id, title: "Pris" } },
      await territory(CHALON_TILLEULS),
    );
    expect(codeOf(result)).toBe("NOT_FOUND");
    expect(messageOf(result)).toBe(`No practice has the id ${id}.`);
    expect((await rowOf(id))?.title).not.toBe("Pris");
    expect(await auditOf(id)).toEqual([]);
  });

  it("refuses a territory moving its practice to another territory with FORBIDDEN; staff may", async () => {
    const id = await insertPractice(PracticeStatus.DRAFT, CHALON_TILLEULS);
    const refused = await knowledge.request(
      UPDATE,
      { input: { id, territoryId: GRESILLES } },
      await territory(CHALON_TILLEULS),
    );
    expect(codeOf(refused)).toBe("FORBIDDEN");
    expect((await rowOf(id))?.territory_id).toBe(CHALON_TILLEULS);
    const moved = await knowledge.request(UPDATE, { input: { id, territoryId: GRAND_DIJON } }, await staff());
    expect(moved.errors).toBeUndefined();
    expect((await rowOf(id))?.territory_id).toBe(GRAND_DIJON);
  });

  it("leaves published practices to staff: FORBIDDEN for their territory, allowed for staff", async () => {
    const id = await insertPractice(PracticeStatus.PUBLISHED, CHALON_TILLEULS);
    const refused = await knowledge.request(
      UPDATE,
      { input: { id, title: "Corrigé" } },
      await territory(CHALON_TILLEULS),
    );
    expect(codeOf(refused)).toBe("FORBIDDEN");
    const corrected = await knowledge.request(UPDATE, { input: { id, title: "Corrigé" } }, await staff());
    expect(corrected.errors).toBeUndefined();
    expect((await rowOf(id))?.title).toBe("Corrigé");
  });

  it("refuses any change to a withdrawn practice with CONFLICT", async () => {
    const id = await insertPractice(PracticeStatus.WITHDRAWN, CHALON_TILLEULS);
    const result = await knowledge.request(UPDATE, { input: { id, title: "Ressuscitée" } }, await staff());
    expect(codeOf(result)).toBe("CONFLICT");
  });

  it("refuses to empty a text a practice in review needs, a null title, an unknown or malformed id", async () => {
    const id = await insertPractice(PracticeStatus.IN_REVIEW);
    const cleared = await knowledge.request(UPDATE, { input: { id, transferability: null } }, await staff());
    expect(codeOf(cleared)).toBe("BAD_USER_INPUT");
    expect(messageOf(cleared)).toMatch(/input\.transferability: is required before review/);
    const nullTitle = await knowledge.request(UPDATE, { input: { id, title: null } }, await staff());
    expect(codeOf(nullTitle)).toBe("BAD_USER_INPUT");
    expect(messageOf(nullTitle)).toMatch(/input\.title/);
    const unknown = await knowledge.request(
      UPDATE,
      { input: { id: "c2000000-0000-4000-8000-0000000000ff", title: "x" } },
      await staff(),
    );
    expect(codeOf(unknown)).toBe("NOT_FOUND");
    const malformed = await knowledge.request(
      UPDATE,
      { input: { id: "practice-1", title: "x" } },
      await staff(),
    );
    expect(codeOf(malformed)).toBe("BAD_USER_INPUT");
  });
});

describe("the editorial workflow", () => {
  const { DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN } = PracticeStatus;
  const REFUSED = "refused with CONFLICT";
  /** Every mutation from every status, as staff: the status it leads to, or REFUSED. */
  const table: [PracticeStatus, Transition, PracticeStatus | typeof REFUSED][] = [
    [DRAFT, "submitPractice", IN_REVIEW],
    [DRAFT, "returnPracticeToDraft", REFUSED],
    [DRAFT, "publishPractice", REFUSED],
    [DRAFT, "withdrawPractice", WITHDRAWN],
    [IN_REVIEW, "submitPractice", REFUSED],
    [IN_REVIEW, "returnPracticeToDraft", DRAFT],
    [IN_REVIEW, "publishPractice", PUBLISHED],
    [IN_REVIEW, "withdrawPractice", WITHDRAWN],
    [PUBLISHED, "submitPractice", REFUSED],
    [PUBLISHED, "returnPracticeToDraft", REFUSED],
    [PUBLISHED, "publishPractice", REFUSED],
    [PUBLISHED, "withdrawPractice", WITHDRAWN],
    [WITHDRAWN, "submitPractice", REFUSED],
    [WITHDRAWN, "returnPracticeToDraft", REFUSED],
    [WITHDRAWN, "publishPractice", REFUSED],
    [WITHDRAWN, "withdrawPractice", REFUSED],
  ];

  const inputFor = (transition: Transition, id: string) =>
    transition === "withdrawPractice" ? { id, reason: "Remplacée par une version plus complète." } : { id };

  it.each(table)("from %s, %s: %s", async (from, transition, to) => {
    const id = await insertPractice(from);
    const result = await knowledge.request<Record<string, { practice: { status: string } }>>(
      TRANSITIONS[transition],
      { input: inputFor(transition, id) },
      await staff(),
    );
    if (to === REFUSED) {
      expect(codeOf(result)).toBe("CONFLICT");
      expect((await rowOf(id))?.status).toBe(from);
      expect(await auditOf(id)).toEqual([]);
    } else {
      expect(result.errors).toBeUndefined();
      expect(result.data![transition].practice.status).toBe(to);
      expect((await rowOf(id))?.status).toBe(to);
      expect(await auditOf(id)).toEqual([
        { operation: transition, record_type: "Practice", actor_role: "staff", actor_territory_id: null },
      ]);
    }
  });

  it("lets a territory submit, return to draft and withdraw its own practices", async () => {
    const token = await territory(CHALON_TILLEULS);
    const id = await insertPractice(DRAFT, CHALON_TILLEULS);
    for (const [transition, status] of [
      ["submitPractice", IN_REVIEW],
      ["returnPracticeToDraft", DRAFT],
      ["submitPractice", IN_REVIEW],
      ["withdrawPractice", WITHDRAWN],
    ] as const) {
      const result = await knowledge.request(
        TRANSITIONS[transition],
        { input: inputFor(transition, id) },
        token,
      );
      expect(result.errors).toBeUndefined();
      expect((await rowOf(id))?.status).toBe(status);
    }
  });

  it("refuses a territory the workflow of another territory's practice: NOT_FOUND while it cannot see it, FORBIDDEN once published", async () => {
    const token = await territory(CHALON_TILLEULS);
    for (const [from, transition, code] of [
      [DRAFT, "submitPractice", "NOT_FOUND"],
      [IN_REVIEW, "returnPracticeToDraft", "NOT_FOUND"],
      [PUBLISHED, "withdrawPractice", "FORBIDDEN"],
    ] as const) {
      const id = await insertPractice(from, GRESILLES);
      const result = await knowledge.request(
        TRANSITIONS[transition],
        { input: inputFor(transition, id) },
        token,
      );
      expect(codeOf(result)).toBe(code);
      expect((await rowOf(id))?.status).toBe(from);
    }
  });

  it("lets only staff publish: a territory gets FORBIDDEN even for its own practice", async () => {
    const id = await insertPractice(IN_REVIEW, CHALON_TILLEULS);
    const refused = await knowledge.request(
      TRANSITIONS.publishPractice,
      { input: { id } },
      await territory(CHALON_TILLEULS),
    );
    expect(codeOf(refused)).toBe("FORBIDDEN");
    expect((await rowOf(id))?.status).toBe(IN_REVIEW);
    const published = await knowledge.request<{
      publishPractice: { practice: { status: string; publishedOn: string } };
    }>(TRANSITIONS.publishPractice, { input: { id, publishedOn: "2014-09-15" } }, await staff());
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishPractice.practice).toEqual({
      id,
      status: "PUBLISHED",
      publishedOn: "2014-09-15",
    });
    // Published, it is now public.
    const anonymous = await knowledge.request(`query($id: ID!) { practice(id: $id) { id } }`, { id });
    expect(anonymous.data).toEqual({ practice: { id } });
  });

  it("refuses to submit a draft that lacks a text a review needs, naming it", async () => {
    expect(samplePractice(PARCOURS_INSERTION_DRAFT).transferability).toBeNull();
    const result = await knowledge.request(
      TRANSITIONS.submitPractice,
      { input: { id: PARCOURS_INSERTION_DRAFT } },
      await territory(GRAND_DIJON),
    );
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(messageOf(result)).toMatch(
      /: transferability: is required before review \(challenge, description, transferability\)$/,
    );
    expect((await rowOf(PARCOURS_INSERTION_DRAFT))?.status).toBe(DRAFT);
  });

  it("withdraws with a reason and the date, shown with the practice, and leaves the public only its tombstone", async () => {
    const id = await insertPractice(PUBLISHED);
    const empty = await knowledge.request(
      TRANSITIONS.withdrawPractice,
      { input: { id, reason: "" } },
      await staff(),
    );
    expect(codeOf(empty)).toBe("BAD_USER_INPUT");
    expect(messageOf(empty)).toMatch(/\breason: /);
    const result = await knowledge.request<{ withdrawPractice: { practice: Record<string, unknown> } }>(
      TRANSITIONS.withdrawPractice,
      { input: { id, reason: "  Pratique abandonnée par le territoire.  " } },
      await staff(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.withdrawPractice.practice).toEqual({
      id,
      status: "WITHDRAWN",
      withdrawalReason: "Pratique abandonnée par le territoire.",
    });
    const [row] = await knowledge.dataSource.query(
      `SELECT withdrawn_on::text AS on FROM practice WHERE id = $1`,
      [id],
    );
    expect(row.on).toBe(new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" }));
    const anonymous = await knowledge.request(
      `query($id: ID!) { practice(id: $id) { id status withdrawnOn summary } }`,
      { id },
    );
    expect(anonymous.data).toEqual({
      practice: { id, status: "WITHDRAWN", withdrawnOn: row.on, summary: null },
    });
  });

  it("answers NOT_FOUND for an unknown practice and UNAUTHENTICATED without a token", async () => {
    const unknown = await knowledge.request(
      TRANSITIONS.submitPractice,
      { input: { id: "c2000000-0000-4000-8000-0000000000ff" } },
      await staff(),
    );
    expect(codeOf(unknown)).toBe("NOT_FOUND");
    const id = await insertPractice(DRAFT);
    expect(codeOf(await knowledge.request(TRANSITIONS.submitPractice, { input: { id } }))).toBe(
      "UNAUTHENTICATED",
    );
    const council = await knowledge.request(
      TRANSITIONS.submitPractice,
      { input: { id } },
      await tokenFor({ role: "council" }),
    );
    expect(codeOf(council)).toBe("FORBIDDEN");
    expect((await rowOf(id))?.status).toBe(DRAFT);
  });
});
