import { placeholderSiret } from "@pole/subgraph-kit";
import { tokenFor, type GraphQLResult, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { assertReadyForReview, REVIEW_MIN_LENGTHS } from "../src/practice/practice-workflow";
import { PracticeStatus } from "../src/practice/practice-status.enum";
import { samplePractices } from "../src/sample-data/sample-practices";
import { CHALON_TILLEULS, CHENOVE_MAIL, GRESILLES, startKnowledge } from "./knowledge-harness";

// Interreg Europe's good-practice form, as a territory fills it in: who is in charge, who takes part and
// benefits, where (coordinates beside the INSEE code), where to read more, images, funding, the policy
// instrument; the reviewer's comments; review checks beyond "filled"; transfers between territories.

let knowledge: SubgraphUnderTest;
beforeAll(async () => {
  knowledge = await startKnowledge();
});
afterAll(() => knowledge.stop());

const staff = () => tokenFor({ role: "staff" });
const territory = (territoryId: string) => tokenFor({ role: "territory", territoryId });
const codeOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;
const fieldErrorsOf = (result: GraphQLResult) =>
  ((result.errors?.[0]?.extensions as { fieldErrors?: unknown } | undefined)?.fieldErrors ?? []) as {
    path: (string | number)[];
    rule: string;
    message: string;
  }[];
const pathsOf = (result: GraphQLResult) => fieldErrorsOf(result).map((e) => [e.path.join("."), e.rule]);

const RECORD_FIELDS = `id status organisationInCharge { name kind siret url } mainStakeholders beneficiaries
  inseeCode coordinates { latitude longitude } furtherInformationUrl
  images { url altText credit licence } fundingSources { funder programme amount } policyInstrument`;
const CREATE = `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { ${RECORD_FIELDS} } } }`;
const UPDATE = `mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { practice { ${RECORD_FIELDS} } } }`;
const READ = `query($id: ID!) { practice(id: $id) { ${RECORD_FIELDS} } }`;

const SIRET = placeholderSiret(42);
const texts = {
  summary:
    "Des habitants, un collectif d'architectes et le centre social conçoivent et construisent le mobilier de la place, en six chantiers ouverts le samedi.",
  challenge:
    "Une place minérale, peu fréquentée en dehors du marché, sans lieu de rencontre entre générations.",
  description:
    "Trois réunions publiques pour recueillir les besoins, puis six chantiers ouverts encadrés par deux architectes et un menuisier ; une inauguration festive clôt le projet.",
  transferability:
    "Il faut un espace public disponible et un bailleur ou une commune prêts à laisser le mobilier en place.",
};
const record = {
  organisationInCharge: {
    name: "Centre social du Mail",
    kind: "ASSOCIATION",
    siret: SIRET,
    url: "https://centre-social-mail.example.fr",
  },
  mainStakeholders: "Ville de Chenôve, Grand Dijon Habitat, collectif d'architectes « Bancs publics »",
  beneficiaries: "Habitants du quartier du Mail, en particulier les jeunes de 16 à 25 ans",
  inseeCode: "21166",
  coordinates: { latitude: 47.2906, longitude: 5.0072 },
  furtherInformationUrl: "https://www.ville-chenove.fr/mobilier-place-du-mail",
  images: [
    {
      url: "https://www.ville-chenove.fr/images/chantier-1.jpg",
      altText: "Des habitants assemblent un banc en bois sur la place du Mail",
      credit: "Ville de Chenôve",
      licence: "CC-BY-4.0",
    },
  ],
  fundingSources: [
    { funder: "ANCT", programme: "Contrat de ville", amount: 12500.5 },
    { funder: "Grand Dijon Habitat" },
  ],
  policyInstrument: "Contrat de ville de Dijon Métropole 2024-2030",
};

describe("the good-practice record", () => {
  it("stores every field of the form and reads it back through the graph; null clears", async () => {
    const created = await knowledge.request<{ createPractice: { practice: Record<string, unknown> } }>(
      CREATE,
      { input: { title: "Mobilier de la place du Mail", pillar: "NEIGHBOURHOOD", ...texts, ...record } },
      await territory(CHENOVE_MAIL),
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createPractice.practice.id as string;
    const expected = {
      ...record,
      fundingSources: [
        { funder: "ANCT", programme: "Contrat de ville", amount: 12500.5 },
        { funder: "Grand Dijon Habitat", programme: null, amount: null },
      ],
    };
    expect(created.data!.createPractice.practice).toMatchObject(expected);
    const [row] = await knowledge.dataSource.query(`SELECT funding_sources FROM practice WHERE id = $1`, [
      id,
    ]);
    expect(row.funding_sources[0].amountCents).toBe(1250050);
    const read = await knowledge.request<{ practice: Record<string, unknown> }>(READ, { id }, await staff());
    expect(read.data!.practice).toMatchObject(expected);

    const cleared = await knowledge.request<{ updatePractice: { practice: Record<string, unknown> } }>(
      UPDATE,
      {
        input: {
          id,
          coordinates: null,
          images: null,
          organisationInCharge: null,
          furtherInformationUrl: null,
        },
      },
      await territory(CHENOVE_MAIL),
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updatePractice.practice).toMatchObject({
      coordinates: null,
      images: [],
      organisationInCharge: null,
      furtherInformationUrl: null,
      fundingSources: expected.fundingSources,
    });
  });

  it("answers empty lists and nulls for a practice created without the new fields", async () => {
    const created = await knowledge.request<{ createPractice: { practice: Record<string, unknown> } }>(
      CREATE,
      { input: { title: "Fiche minimale", summary: "Résumé.", pillar: "NEIGHBOURHOOD" } },
      await territory(CHENOVE_MAIL),
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPractice.practice).toMatchObject({
      organisationInCharge: null,
      coordinates: null,
      images: [],
      fundingSources: [],
      furtherInformationUrl: null,
      policyInstrument: null,
    });
  });

  it("refuses bad values, naming every field at once", async () => {
    const result = await knowledge.request(
      CREATE,
      {
        input: {
          title: "Mauvaises valeurs",
          summary: "Résumé.",
          pillar: "NEIGHBOURHOOD",
          organisationInCharge: { name: "", siret: "12345678901234", url: "javascript:alert(1)" },
          coordinates: { latitude: 91, longitude: -181 },
          furtherInformationUrl: "http://www.ville-chenove.fr/page",
          images: [
            { url: "https://exemple.fr/a.jpg", altText: "" },
            { url: "http://exemple.fr/b.jpg", altText: "Une image" },
          ],
          fundingSources: [{ funder: "ANCT", amount: -10 }],
        },
      },
      await staff(),
    );
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(pathsOf(result)).toEqual(
      expect.arrayContaining([
        ["input.organisationInCharge.name", "required"],
        ["input.organisationInCharge.siret", "format"],
        ["input.organisationInCharge.url", "format"],
        ["input.coordinates.latitude", "range"],
        ["input.coordinates.longitude", "range"],
        ["input.furtherInformationUrl", "format"],
        ["input.images.0.altText", "required"],
        ["input.images.1.url", "format"],
        ["input.fundingSources.0.amount", "range"],
      ]),
    );
    expect(pathsOf(result)).toHaveLength(9);
    const tooMany = await knowledge.request(
      CREATE,
      {
        input: {
          title: "Trop d'images",
          summary: "Résumé.",
          pillar: "NEIGHBOURHOOD",
          images: Array.from({ length: 11 }, (_, i) => ({
            url: `https://exemple.fr/${i}.jpg`,
            altText: `Image ${i}`,
          })),
        },
      },
      await staff(),
    );
    expect(pathsOf(tooMany)).toEqual([["input.images", "count"]]);
    const noAltText = await knowledge.request(
      `mutation { createPractice(input: { title: "Sans texte", summary: "Résumé.", pillar: NEIGHBOURHOOD,
        images: [{ url: "https://exemple.fr/a.jpg" }] }) { practice { id } } }`,
      {},
      await staff(),
    );
    expect(noAltText.errors?.[0]?.message).toMatch(/altText/);
  });

  it("imports the new fields, and an import run again with them is unchanged", async () => {
    const token = await territory(CHENOVE_MAIL);
    const input = {
      practices: [
        { externalId: "MOB-1", title: "Mobilier (import)", pillar: "NEIGHBOURHOOD", ...texts, ...record },
      ],
    };
    const IMPORT = `mutation($input: ImportPracticesInput!) { importPractices(input: $input) { results { outcome practice { ${RECORD_FIELDS} } } } }`;
    const first = await knowledge.request<{
      importPractices: { results: { outcome: string; practice: unknown }[] };
    }>(IMPORT, { input }, token);
    expect(first.errors).toBeUndefined();
    expect(first.data!.importPractices.results[0]).toMatchObject({
      outcome: "CREATED",
      practice: { coordinates: record.coordinates },
    });
    const again = await knowledge.request<{ importPractices: { results: { outcome: string }[] } }>(
      IMPORT,
      { input },
      token,
    );
    expect(again.data!.importPractices.results[0].outcome).toBe("UNCHANGED");
    const bad = await knowledge.request(
      IMPORT,
      { input: { practices: [{ ...input.practices[0], coordinates: { latitude: 91, longitude: 0 } }] } },
      token,
    );
    expect(pathsOf(bad)).toEqual([["input.practices.0.coordinates.latitude", "range"]]);
  });
});

describe("review comments", () => {
  it("keeps the reviewer's comment for staff and the practice's territory, never for others", async () => {
    const own = await territory(GRESILLES);
    const created = await knowledge.request<{ createPractice: { practice: { id: string } } }>(
      `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id } } }`,
      { input: { title: "Visites du chantier", pillar: "KNOWLEDGE_SHARING", status: "IN_REVIEW", ...texts } },
      own,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createPractice.practice.id;
    const returned = await knowledge.request(
      `mutation($input: ReturnPracticeToDraftInput!) { returnPracticeToDraft(input: $input) { practice { id status reviewComments { comment authorRole createdAt } } } }`,
      { input: { id, comment: "  Précisez le budget et les partenaires.  " } },
      await staff(),
    );
    expect(returned.errors).toBeUndefined();
    expect(returned.data).toMatchObject({
      returnPracticeToDraft: {
        practice: {
          status: "DRAFT",
          reviewComments: [{ comment: "Précisez le budget et les partenaires.", authorRole: "staff" }],
        },
      },
    });
    const audit = await knowledge.dataSource.query(
      `SELECT record_type FROM audit_entry WHERE operation = 'returnPracticeToDraft' AND occurred_at > now() - interval '1 minute' ORDER BY record_type`,
    );
    expect(audit.map((row: { record_type: string }) => row.record_type)).toEqual([
      "Practice",
      "PracticeReviewComment",
    ]);

    // Submitted again and published: everyone reads the practice, only staff and its territory the comments.
    for (const [mutation, token] of [
      ["submitPractice", own],
      ["publishPractice", await staff()],
    ] as const) {
      const type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
      const step = await knowledge.request(
        `mutation($input: ${type}!) { ${mutation}(input: $input) { practice { id } } }`,
        { input: { id } },
        token,
      );
      expect(step.errors).toBeUndefined();
    }
    const commentsFor = async (token?: string) =>
      (
        await knowledge.request<{ practice: { reviewComments: { comment: string }[] | null } }>(
          `query($id: ID!) { practice(id: $id) { reviewComments { comment } } }`,
          { id },
          token,
        )
      ).data!.practice.reviewComments;
    expect(await commentsFor(await staff())).toHaveLength(1);
    expect(await commentsFor(own)).toHaveLength(1);
    expect(await commentsFor()).toBeNull();
    expect(await commentsFor(await territory(CHALON_TILLEULS))).toBeNull();
    expect(await commentsFor(await tokenFor({ role: "council" }))).toBeNull();
  });
});

describe("review checks beyond « filled »", () => {
  it("refuses to submit texts shorter than their minimum, naming each field and the minimum", async () => {
    const token = await territory(GRESILLES);
    const created = await knowledge.request<{ createPractice: { practice: { id: string } } }>(
      `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id } } }`,
      {
        input: {
          title: "Trop courte",
          pillar: "NEIGHBOURHOOD",
          ...texts,
          challenge: "À compléter.",
          transferability: "Partout.",
        },
      },
      token,
    );
    const id = created.data!.createPractice.practice.id;
    const submitted = await knowledge.request(
      `mutation($input: SubmitPracticeInput!) { submitPractice(input: $input) { practice { id } } }`,
      { input: { id } },
      token,
    );
    expect(codeOf(submitted)).toBe("BAD_USER_INPUT");
    expect(fieldErrorsOf(submitted)).toEqual([
      {
        path: ["challenge"],
        rule: "length",
        message: "must be at least 60 characters long before review (it has 12)",
      },
      {
        path: ["transferability"],
        rule: "length",
        message: "must be at least 60 characters long before review (it has 8)",
      },
    ]);
    // Publication checks again: a text shortened behind the review's back is refused there too.
    await knowledge.dataSource.query(
      `UPDATE practice SET status = 'IN_REVIEW', challenge = $2, transferability = $3, description = 'Court.' WHERE id = $1`,
      [id, texts.challenge, texts.transferability],
    );
    const published = await knowledge.request(
      `mutation($input: PublishPracticeInput!) { publishPractice(input: $input) { practice { id } } }`,
      { input: { id } },
      await staff(),
    );
    expect(fieldErrorsOf(published).map((e) => [e.path.join("."), e.rule])).toEqual([
      ["description", "length"],
    ]);
  });

  it("lets every sample practice in review or published pass the minimums", () => {
    const reviewed = samplePractices.filter((p) => p.status !== PracticeStatus.DRAFT);
    expect(reviewed.length).toBeGreaterThan(3);
    for (const practice of reviewed) {
      expect(() =>
        assertReadyForReview({
          summary: practice.summary,
          challenge: practice.challenge ?? null,
          description: practice.description ?? null,
          transferability: practice.transferability ?? null,
        }),
      ).not.toThrow();
    }
    expect(REVIEW_MIN_LENGTHS).toEqual({
      summary: 100,
      challenge: 60,
      description: 150,
      transferability: 60,
    });
  });
});

describe("transfers between territories", () => {
  const CREATE_TRANSFER = `mutation($input: CreateTransferInput!) { createTransfer(input: $input) {
    transfer { id origin fromTerritory { id } territory { id } } } }`;
  const transfer = (extra: Record<string, unknown>) => ({
    kind: "KNOW_HOW_TRANSFER",
    title: "Les chantiers de mobilier, racontés à Chenôve",
    heldOn: "2024-05-14",
    audience: "agents du centre social",
    audienceKind: "NEIGHBOURHOOD_OPERATORS",
    participantCount: 9,
    ...extra,
  });

  it("lets a territory record a transfer it gave to another territory, both may change it, a third may not", async () => {
    const chalon = await territory(CHALON_TILLEULS);
    const created = await knowledge.request<{ createTransfer: { transfer: { id: string } } }>(
      CREATE_TRANSFER,
      { input: transfer({ fromTerritoryId: CHALON_TILLEULS, territoryId: CHENOVE_MAIL }) },
      chalon,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createTransfer.transfer).toMatchObject({
      origin: "PARTNER_TERRITORY",
      fromTerritory: { id: CHALON_TILLEULS },
      territory: { id: CHENOVE_MAIL },
    });
    const id = created.data!.createTransfer.transfer.id;
    const UPDATE_TRANSFER = `mutation($input: UpdateTransferInput!) { updateTransfer(input: $input) { transfer { id participantCount } } }`;
    for (const [token, count] of [
      [chalon, 10],
      [await territory(CHENOVE_MAIL), 11],
    ] as const) {
      const updated = await knowledge.request(
        UPDATE_TRANSFER,
        { input: { id, participantCount: count } },
        token,
      );
      expect(updated.errors).toBeUndefined();
    }
    expect(
      codeOf(
        await knowledge.request(
          UPDATE_TRANSFER,
          { input: { id, participantCount: 1 } },
          await territory(GRESILLES),
        ),
      ),
    ).toBe("FORBIDDEN");
    // The giver cannot move it to other territories.
    expect(
      codeOf(await knowledge.request(UPDATE_TRANSFER, { input: { id, fromTerritoryId: null } }, chalon)),
    ).toBe("FORBIDDEN");
    const listed = await knowledge.request<{ transfers: { edges: { node: { id: string } }[] } }>(
      `query($from: ID!) { transfers(filter: { fromTerritoryId: $from }) { edges { node { id } } } }`,
      { from: CHALON_TILLEULS },
    );
    expect(listed.data!.transfers.edges.map((e) => e.node.id)).toEqual([id]);
  });

  it("refuses a territory a transfer between two others, or to itself, and says whose work staff record", async () => {
    const chalon = await territory(CHALON_TILLEULS);
    expect(
      codeOf(
        await knowledge.request(CREATE_TRANSFER, { input: transfer({ territoryId: CHENOVE_MAIL }) }, chalon),
      ),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        await knowledge.request(
          CREATE_TRANSFER,
          { input: transfer({ fromTerritoryId: GRESILLES, territoryId: CHENOVE_MAIL }) },
          chalon,
        ),
      ),
    ).toBe("FORBIDDEN");
    const toItself = await knowledge.request(
      CREATE_TRANSFER,
      { input: transfer({ fromTerritoryId: CHALON_TILLEULS, territoryId: CHALON_TILLEULS }) },
      chalon,
    );
    expect(pathsOf(toItself)).toEqual([["input.fromTerritoryId", "consistency"]]);
    const byStaff = await knowledge.request<{ createTransfer: { transfer: { origin: string } } }>(
      CREATE_TRANSFER,
      { input: transfer({ fromTerritoryId: CHALON_TILLEULS, territoryId: CHENOVE_MAIL }) },
      await staff(),
    );
    expect(byStaff.data!.createTransfer.transfer.origin).toBe("PARTNER_TERRITORY");
    const fromPole = await knowledge.request<{
      createTransfer: { transfer: { origin: string; fromTerritory: null } };
    }>(CREATE_TRANSFER, { input: transfer({ territoryId: CHENOVE_MAIL }) }, await staff());
    expect(fromPole.data!.createTransfer.transfer).toMatchObject({ origin: "POLE", fromTerritory: null });
  });
});
