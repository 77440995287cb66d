import { Client } from "pg";
import {
  readWhileChanging,
  STABLE_PAGES,
  tokenFor,
  type GraphQLResult,
  type PageOfIds,
  type SubgraphUnderTest,
} from "@pole/subgraph-kit/testing";
import {
  ADOPTION_CHALON_BUREAUX,
  CHALON_TILLEULS,
  CHENOVE_MAIL,
  COMPAGNIE_DES_GRESILLES,
  GRAND_DIJON,
  GRESILLES,
  MUTUALISATION_DE_BUREAUX,
  RADIO_DE_QUARTIER,
  SAVOIR_FAIRE_RADIO_CHENOVE,
  startKnowledge,
  VISITES_APPRENANTES_IN_REVIEW,
} from "./knowledge-harness";

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
  }[];

type Change = { id: string; status: string; updatedAt: string; title: string };
type Changes = Omit<PageOfIds, "edges"> & { edges: { cursor: string; node: Change }[] };

const PRACTICE_CHANGES = `query($since: DateTimeISO!, $first: Int, $after: String) {
  practices(filter: { updatedSince: $since }, first: $first, after: $after) {
    edges { cursor node { id status updatedAt title } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }`;

async function changesPage(
  since: string,
  page: { first?: number; after?: string },
  token?: string,
): Promise<Changes> {
  const result = await knowledge.request<{ practices: Changes }>(PRACTICE_CHANGES, { since, ...page }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.practices;
}

/** A harvester's round: every page since `since`, 2 at a time; the changes and the latest updatedAt seen. */
async function harvest(since: string, token?: string): Promise<{ changes: Change[]; latest: string }> {
  const changes: Change[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await changesPage(since, { first: 2, after }, token);
    changes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor!;
  }
  const latest = changes.reduce((max, c) => (c.updatedAt > max ? c.updatedAt : max), since);
  return { changes, latest };
}

const updatedAtOf = async (table: string, id: string): Promise<string> =>
  (
    await knowledge.dataSource.query(
      `SELECT to_char(updated_at, 'YYYY-MM-DD HH24:MI:SS.US') AS t FROM ${table} WHERE id = $1`,
      [id],
    )
  )[0].t;

const EPOCH = "2000-01-01T00:00:00.000Z";

describe("updatedAt", () => {
  it("moves on every write of a practice: its fields, its workflow steps, its links, and only then", async () => {
    const created = await knowledge.request<{
      createPractice: { practice: { id: string; updatedAt: string } };
    }>(
      `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id updatedAt } } }`,
      { input: { title: "Fiche qui bouge", summary: "Résumé.", pillar: "NEIGHBOURHOOD" } },
      await territory(GRESILLES),
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createPractice.practice.id;
    expect(new Date(created.data!.createPractice.practice.updatedAt).getTime()).toBeGreaterThan(
      Date.now() - 60_000,
    );
    // The payload's updatedAt is the database's stamp (to the millisecond the API shows).
    const [{ ms }] = await knowledge.dataSource.query(
      `SELECT floor(extract(epoch FROM updated_at) * 1000)::bigint AS ms FROM practice WHERE id = $1`,
      [id],
    );
    expect(new Date(created.data!.createPractice.practice.updatedAt).getTime()).toBe(Number(ms));
    const stamps = [await updatedAtOf("practice", id)];
    const write = async (query: string, input: Record<string, unknown>) => {
      const result = await knowledge.request(query, { input: { id, ...input } }, await staff());
      expect(result.errors).toBeUndefined();
      stamps.push(await updatedAtOf("practice", id));
    };
    await write(
      `mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { practice { id } } }`,
      {
        title: "Fiche qui bouge encore",
      },
    );
    // Only a link changes: the practice's row is touched by the child table's trigger.
    await write(
      `mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { practice { id } } }`,
      {
        contributingMemberIds: [COMPAGNIE_DES_GRESILLES],
      },
    );
    await write(
      `mutation($input: WithdrawPracticeInput!) { withdrawPractice(input: $input) { practice { id } } }`,
      {
        reason: "doublon",
      },
    );
    for (let i = 1; i < stamps.length; i += 1) expect(stamps[i] > stamps[i - 1]).toBe(true);
    // A write that changes nothing keeps the time.
    await knowledge.dataSource.query(`UPDATE practice SET title = title WHERE id = $1`, [id]);
    expect(await updatedAtOf("practice", id)).toBe(stamps[stamps.length - 1]);
  });

  it("moves on a transfer when its practices change, and on an adoption when its transfer is deleted", async () => {
    const before = await updatedAtOf("transfer", SAVOIR_FAIRE_RADIO_CHENOVE);
    const result = await knowledge.request(
      `mutation($input: UpdateTransferInput!) { updateTransfer(input: $input) { transfer { id updatedAt } } }`,
      {
        input: { id: SAVOIR_FAIRE_RADIO_CHENOVE, practiceIds: [RADIO_DE_QUARTIER, MUTUALISATION_DE_BUREAUX] },
      },
      await staff(),
    );
    expect(result.errors).toBeUndefined();
    expect((await updatedAtOf("transfer", SAVOIR_FAIRE_RADIO_CHENOVE)) > before).toBe(true);

    const [{ transfer_id: transferId }] = await knowledge.dataSource.query(
      `SELECT transfer_id FROM adoption WHERE id = $1`,
      [ADOPTION_CHALON_BUREAUX],
    );
    expect(transferId).not.toBeNull();
    const adoptionBefore = await updatedAtOf("adoption", ADOPTION_CHALON_BUREAUX);
    const deleted = await knowledge.request(
      `mutation($input: DeleteTransferInput!) { deleteTransfer(input: $input) { deletedTransferId } }`,
      { input: { id: transferId } },
      await staff(),
    );
    expect(deleted.errors).toBeUndefined();
    expect((await updatedAtOf("adoption", ADOPTION_CHALON_BUREAUX)) > adoptionBefore).toBe(true);
    const feed = await knowledge.request<{ adoptions: { edges: { node: { id: string } }[] } }>(
      `query($since: DateTimeISO!) { adoptions(filter: { updatedSince: $since }) { edges { node { id updatedAt } } } }`,
      { since: new Date(Date.now() - 60_000).toISOString() },
    );
    expect(feed.data!.adoptions.edges.map((e) => e.node.id)).toContain(ADOPTION_CHALON_BUREAUX);
  });
});

describe("practices(filter: { updatedSince })", () => {
  it("lets a harvester see each change once, a withdrawal as WITHDRAWN, and never a draft", async () => {
    const first = await harvest(EPOCH);
    const ids = first.changes.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(first.changes.every((c) => c.status === "PUBLISHED" || c.status === "WITHDRAWN")).toBe(true);
    const order = first.changes.map((c) => `${c.updatedAt}|${c.id}`);
    expect([...order].sort()).toEqual(order);

    // Staff publish the practice in review and withdraw a published one; a draft is changed.
    const token = await staff();
    for (const [mutation, input] of [
      ["publishPractice", { id: VISITES_APPRENANTES_IN_REVIEW }],
      ["withdrawPractice", { id: RADIO_DE_QUARTIER, reason: "remplacée par une fiche plus récente" }],
    ] as const) {
      const type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
      const result = await knowledge.request(
        `mutation($input: ${type}!) { ${mutation}(input: $input) { practice { id } } }`,
        { input },
        token,
      );
      expect(result.errors).toBeUndefined();
    }
    await knowledge.dataSource.query(
      `UPDATE practice SET title = title || ' (brouillon)' WHERE status = 'DRAFT'`,
    );

    const second = await harvest(first.latest);
    // "At or after": the practice changed at the latest instant seen comes again; dedup by id and time.
    const seenBefore = new Set(first.changes.map((c) => `${c.id}|${c.updatedAt}`));
    const fresh = second.changes.filter((c) => !seenBefore.has(`${c.id}|${c.updatedAt}`));
    expect(fresh.map((c) => [c.id, c.status])).toEqual([
      [VISITES_APPRENANTES_IN_REVIEW, "PUBLISHED"],
      [RADIO_DE_QUARTIER, "WITHDRAWN"],
    ]);
    // Asked again with nothing changed: only the overlap at the latest instant.
    const third = await harvest(second.latest);
    expect(third.changes.every((c) => c.updatedAt === second.latest)).toBe(true);
  });

  it("shows a territory its own drafts' changes and staff every change", async () => {
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const statusesFor = async (token?: string) =>
      new Set((await harvest(since, token)).changes.map((c) => c.status));
    expect(await statusesFor()).not.toContain("DRAFT");
    expect(await statusesFor(await territory(GRAND_DIJON))).toContain("DRAFT");
    expect(await statusesFor(await staff())).toContain("DRAFT");
  });

  it("pages stably while practices change and new ones are added between pages", async () => {
    const token = await staff();
    let added = 0;
    const report = await readWhileChanging({
      pageSize: 2,
      read: (page) => changesPage(EPOCH, page, token),
      change: async (page, seen) => {
        added += 1;
        await knowledge.dataSource.query(
          `INSERT INTO practice (title, summary, pillar) VALUES ($1, 'Résumé', 'NEIGHBOURHOOD')`,
          [`Ajoutée pendant la lecture ${added}`],
        );
        // A practice not read yet changes: it moves to the end of the feed and is read there, once.
        const all = await changesPage(EPOCH, { first: 100 }, token);
        const unseen = all.edges.map((e) => e.node.id).find((id) => !seen.includes(id));
        if (unseen) {
          await knowledge.dataSource.query(`UPDATE practice SET title = title || '.' WHERE id = $1`, [
            unseen,
          ]);
        }
        return [];
      },
    });
    expect(report).toMatchObject(STABLE_PAGES);
  });

  it("holds back changes made after a write still in progress began, so a late commit is not skipped", async () => {
    const token = await staff();
    const start = await harvest(EPOCH, token);
    const client = new Client({ connectionString: (knowledge.dataSource.options as { url: string }).url });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(`UPDATE practice SET title = title || ' (lent)' WHERE id = $1`, [
        MUTUALISATION_DE_BUREAUX,
      ]);
      // Another write commits after the slow one began.
      await knowledge.dataSource.query(`UPDATE practice SET title = title || ' (rapide)' WHERE id = $1`, [
        VISITES_APPRENANTES_IN_REVIEW,
      ]);
      const during = await harvest(start.latest, token);
      expect(during.changes.map((c) => c.id)).not.toContain(VISITES_APPRENANTES_IN_REVIEW);
      await client.query("COMMIT");
      const after = await harvest(during.latest, token);
      expect(after.changes.map((c) => c.id)).toEqual(
        expect.arrayContaining([MUTUALISATION_DE_BUREAUX, VISITES_APPRENANTES_IN_REVIEW]),
      );
    } finally {
      await client.end();
    }
  });

  it("gives a member's practices in the same change feed, tombstones included", async () => {
    // A member that contributed to the radio practice, withdrawn above.
    const [{ member_id: member }] = await knowledge.dataSource.query(
      `SELECT member_id FROM practice_member WHERE practice_id = $1 ORDER BY member_id LIMIT 1`,
      [RADIO_DE_QUARTIER],
    );
    const result = await knowledge.request<{
      _entities: { practices: { edges: { node: { id: string; status: string; updatedAt: string } }[] } }[];
    }>(
      `query($representations: [_Any!]!, $since: DateTimeISO!) { _entities(representations: $representations) {
        ... on Member { practices(filter: { updatedSince: $since }) { edges { node { id status updatedAt } } } } } }`,
      {
        representations: [{ __typename: "Member", id: member }],
        since: new Date(Date.now() - 3_600_000).toISOString(),
      },
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!._entities[0].practices.edges.map((e) => e.node);
    const ids = await knowledge.dataSource.query(
      `SELECT p.id FROM practice p JOIN practice_member m ON m.practice_id = p.id
        WHERE m.member_id = $1 AND p.updated_at > now() - interval '1 hour'
          AND (p.status = 'PUBLISHED' OR (p.status = 'WITHDRAWN' AND p.published_on IS NOT NULL))
        ORDER BY p.updated_at, p.id`,
      [member],
    );
    expect(nodes.map((n) => n.id)).toEqual(ids.map((row: { id: string }) => row.id));
    expect(nodes).toContainEqual(expect.objectContaining({ id: RADIO_DE_QUARTIER, status: "WITHDRAWN" }));
  });

  it("refuses a sort beside updatedSince, naming it", async () => {
    const result = await knowledge.request(
      `{ practices(filter: { updatedSince: "2020-01-01T00:00:00Z" }, sort: { field: TITLE }) { totalCount } }`,
    );
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(fieldErrorsOf(result)).toEqual([expect.objectContaining({ path: ["sort"], rule: "consistency" })]);
  });

  it("gives transfers changed since an instant, in the order they changed", async () => {
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const result = await knowledge.request<{
      transfers: { edges: { node: { id: string; updatedAt: string } }[] };
    }>(
      `query($since: DateTimeISO!) { transfers(filter: { updatedSince: $since }) { edges { node { id updatedAt } } } }`,
      { since },
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.transfers.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id)).toContain(SAVOIR_FAIRE_RADIO_CHENOVE);
    expect([...nodes].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))).toEqual(nodes);
  });
});

// ─── importPractices ──────────────────────────────────────────────────────────────────────────────────

const IMPORT = `mutation($input: ImportPracticesInput!) { importPractices(input: $input) {
  results { index externalId outcome practice { id status title externalId updatedAt territory { id } } } } }`;

type Imported = {
  index: number;
  externalId: string;
  outcome: string;
  practice: {
    id: string;
    status: string;
    title: string;
    externalId: string;
    updatedAt: string;
    territory: { id: string };
  };
};

const row = (n: number, extra: Record<string, unknown> = {}) => ({
  externalId: `PLAN-${n}`,
  title: `Pratique importée ${n}`,
  summary: `Résumé de la pratique importée ${n}.`,
  pillar: "NEIGHBOURHOOD",
  themes: ["import", `lot ${n % 3}`],
  results: [{ indicator: "participants", value: n, unit: "personnes" }],
  resources: { budget: 1000 + n, peopleCount: 2 },
  startedOn: "2015-01-01",
  contributingMemberIds: [COMPAGNIE_DES_GRESILLES],
  ...extra,
});

async function importAs(token: string, input: Record<string, unknown>) {
  return knowledge.request<{ importPractices: { results: Imported[] } }>(IMPORT, { input }, token);
}
const count = async (sql: string, params: unknown[] = []) =>
  Number((await knowledge.dataSource.query(sql, params))[0].n);
const practiceCount = () => count(`SELECT count(*) AS n FROM practice`);
const auditCount = () => count(`SELECT count(*) AS n FROM audit_entry WHERE operation = 'importPractices'`);

describe("importPractices", () => {
  it("creates a territory's practices as drafts, and run again changes nothing", async () => {
    const token = await territory(CHENOVE_MAIL);
    const input = { practices: [row(1), row(2), row(3)] };
    const first = await importAs(token, input);
    expect(first.errors).toBeUndefined();
    const created = first.data!.importPractices.results;
    expect(
      created.map((r) => [r.index, r.externalId, r.outcome, r.practice.status, r.practice.territory.id]),
    ).toEqual([
      [0, "PLAN-1", "CREATED", "DRAFT", CHENOVE_MAIL],
      [1, "PLAN-2", "CREATED", "DRAFT", CHENOVE_MAIL],
      [2, "PLAN-3", "CREATED", "DRAFT", CHENOVE_MAIL],
    ]);
    const audits = await auditCount();
    const stamps = await Promise.all(created.map((r) => updatedAtOf("practice", r.practice.id)));

    const again = await importAs(token, input);
    expect(again.errors).toBeUndefined();
    expect(again.data!.importPractices.results.map((r) => [r.outcome, r.practice.id])).toEqual(
      created.map((r) => ["UNCHANGED", r.practice.id]),
    );
    expect(await auditCount()).toBe(audits);
    expect(await Promise.all(created.map((r) => updatedAtOf("practice", r.practice.id)))).toEqual(stamps);

    // One row changed, one link changed: only those are written and audited.
    const third = await importAs(token, {
      practices: [
        row(1, { title: "Pratique importée 1, révisée" }),
        row(2, { contributingMemberIds: [] }),
        row(3),
      ],
    });
    expect(third.errors).toBeUndefined();
    expect(third.data!.importPractices.results.map((r) => r.outcome)).toEqual([
      "UPDATED",
      "UPDATED",
      "UNCHANGED",
    ]);
    expect(await auditCount()).toBe(audits + 2);
    expect(await updatedAtOf("practice", created[2].practice.id)).toBe(stamps[2]);
  });

  it("keeps each territory's externalIds apart", async () => {
    const chalon = await importAs(await territory(CHALON_TILLEULS), { practices: [row(1)] });
    const staffForDijon = await importAs(await staff(), { territoryId: GRAND_DIJON, practices: [row(1)] });
    expect(chalon.errors).toBeUndefined();
    expect(staffForDijon.errors).toBeUndefined();
    const [a] = chalon.data!.importPractices.results;
    const [b] = staffForDijon.data!.importPractices.results;
    expect([a.outcome, b.outcome]).toEqual(["CREATED", "CREATED"]);
    expect(a.practice.id).not.toBe(b.practice.id);
    expect([a.practice.territory.id, b.practice.territory.id]).toEqual([CHALON_TILLEULS, GRAND_DIJON]);
  });

  it("reports every row's problems by index and writes nothing", async () => {
    const before = await practiceCount();
    const rows = [
      row(10),
      row(11, { title: "" }),
      row(12),
      row(13, { title: "x".repeat(201), qpvCode: "QP12" }),
    ];
    const invalid = await importAs(await territory(GRESILLES), { practices: rows });
    expect(codeOf(invalid)).toBe("BAD_USER_INPUT");
    expect(fieldErrorsOf(invalid).map((e) => [e.path.join("."), e.rule])).toEqual(
      expect.arrayContaining([
        ["input.practices.1.title", "required"],
        ["input.practices.3.title", "length"],
        ["input.practices.3.qpvCode", "format"],
      ]),
    );
    // Rules checked by the resolver, on several rows at once.
    const checked = await importAs(await territory(GRESILLES), {
      practices: [
        row(20),
        row(21, { startedOn: "2016-01-01", endedOn: "2015-01-01" }),
        row(20),
        row(23, { sourceActionIds: ["pas-un-uuid"] }),
      ],
    });
    expect(codeOf(checked)).toBe("BAD_USER_INPUT");
    expect(fieldErrorsOf(checked).map((e) => [e.path.join("."), e.rule])).toEqual([
      ["input.practices.1.endedOn", "order"],
      ["input.practices.2.externalId", "unique"],
      ["input.practices.3.sourceActionIds.0", "format"],
    ]);
    expect(await practiceCount()).toBe(before);
  });

  it("writes nothing of 50 rows when row 37 is wrong, and all 50 when it is right", async () => {
    const token = await territory(GRESILLES);
    const rows = Array.from({ length: 50 }, (_, i) => row(100 + i));
    const before = await practiceCount();
    const audits = await auditCount();
    rows[37] = row(137, { startedOn: "2016-01-01", endedOn: "2015-01-01" });
    const refused = await importAs(token, { practices: rows });
    expect(fieldErrorsOf(refused).map((e) => e.path.join("."))).toEqual(["input.practices.37.endedOn"]);
    expect(await practiceCount()).toBe(before);
    expect(await auditCount()).toBe(audits);
    rows[37] = row(137);
    const accepted = await importAs(token, { practices: rows });
    expect(accepted.errors).toBeUndefined();
    expect(await practiceCount()).toBe(before + 50);
    expect(await auditCount()).toBe(audits + 50);
  });

  it("imports 5 and 50 new practices in the same number of SQL statements, and again unchanged too", async () => {
    const token = await territory(GRAND_DIJON);
    const statementsFor = async (count: number, from: number) => {
      const input = { practices: Array.from({ length: count }, (_, i) => row(from + i)) };
      knowledge.statements.reset();
      const created = await importAs(token, input);
      expect(created.errors).toBeUndefined();
      const creating = knowledge.statements.count;
      knowledge.statements.reset();
      const again = await importAs(token, input);
      expect(new Set(again.data!.importPractices.results.map((r) => r.outcome))).toEqual(
        new Set(["UNCHANGED"]),
      );
      return [creating, knowledge.statements.count];
    };
    const five = await statementsFor(5, 500);
    expect(await statementsFor(50, 600)).toEqual(five);
  });

  it("refuses 51 rows", async () => {
    const result = await importAs(await staff(), {
      territoryId: GRESILLES,
      practices: Array.from({ length: 51 }, (_, i) => row(200 + i)),
    });
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(fieldErrorsOf(result)).toEqual([
      expect.objectContaining({ path: ["input", "practices"], rule: "count" }),
    ]);
  });

  it("lets a territory import only for itself, and staff only for a territory that exists", async () => {
    const before = await practiceCount();
    const other = await importAs(await territory(GRESILLES), {
      territoryId: CHENOVE_MAIL,
      practices: [row(300)],
    });
    expect(codeOf(other)).toBe("FORBIDDEN");
    const perRow = await importAs(await territory(GRESILLES), {
      practices: [row(301), row(302, { territoryId: CHENOVE_MAIL })],
    });
    expect(codeOf(perRow)).toBe("FORBIDDEN");
    const anonymous = await knowledge.request(IMPORT, { input: { practices: [row(303)] } });
    expect(codeOf(anonymous)).toBe("UNAUTHENTICATED");
    const nowhere = await importAs(await staff(), {
      practices: [row(304), row(305, { territoryId: "c1000000-0000-4000-8000-0000000000ff" })],
    });
    expect(fieldErrorsOf(nowhere).map((e) => [e.path.join("."), e.rule])).toEqual([
      ["input.practices.0.territoryId", "required"],
      ["input.practices.1.territoryId", "exists"],
    ]);
    expect(await practiceCount()).toBe(before);
  });

  it("lets a published practice come again unchanged, and refuses to change it", async () => {
    const token = await territory(CHALON_TILLEULS);
    const texts = {
      challenge:
        "Un défi du territoire décrit avec assez de mots pour que la relecture l'accepte sans hésiter un seul instant.",
      description:
        "Une description pas à pas : qui fait quoi, quand, avec quels moyens et quels partenaires ; elle est assez longue pour la relecture, ".repeat(
          2,
        ),
      transferability:
        "Ce qu'il faut à un autre territoire pour l'adopter : un lieu, une équipe et un partenaire bailleur motivé.",
      summary:
        "Un résumé de la pratique assez long pour passer la relecture : ce qu'elle est, ce qu'elle a produit et pour qui, en quelques phrases.",
    };
    const first = await importAs(token, { practices: [row(400, texts)] });
    expect(first.errors).toBeUndefined();
    const id = first.data!.importPractices.results[0].practice.id;
    for (const [mutation, type] of [
      ["submitPractice", "SubmitPracticeInput"],
      ["publishPractice", "PublishPracticeInput"],
    ]) {
      const result = await knowledge.request(
        `mutation($input: ${type}!) { ${mutation}(input: $input) { practice { id } } }`,
        { input: { id } },
        mutation === "publishPractice" ? await staff() : token,
      );
      expect(result.errors).toBeUndefined();
    }
    const same = await importAs(token, { practices: [row(400, texts)] });
    expect(same.data!.importPractices.results[0]).toMatchObject({
      outcome: "UNCHANGED",
      practice: { status: "PUBLISHED" },
    });
    const changed = await importAs(token, { practices: [row(400, { ...texts, title: "Autre titre" })] });
    expect(fieldErrorsOf(changed).map((e) => [e.path.join("."), e.rule])).toEqual([
      ["input.practices.0.externalId", "consistency"],
    ]);
  });
});
