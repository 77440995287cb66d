// The records other territories feed: transfers, adoptions and their own territory, written with a
// territory token for their own territory only.
import { tokenFor, type GraphQLResult, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import {
  ADOPTION_CHALON_BUREAUX,
  CHALON_TILLEULS,
  CHENOVE_MAIL,
  COMPAGNIE_DES_GRESILLES,
  FORMATION_IN_SITU_CHALON,
  GRAND_DIJON,
  GRESILLES,
  MUTUALISATION_DE_BUREAUX,
  PARCOURS_INSERTION_DRAFT,
  RADIO_DE_QUARTIER,
  RESIDENCES_AVEC_HABITANTS,
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
const messageOf = (result: GraphQLResult) => result.errors?.[0]?.message ?? "";
const countOf = async (table: string) =>
  Number((await knowledge.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
const auditOf = async (id: string) =>
  (
    await knowledge.dataSource.query<{ operation: string; record_type: string }[]>(
      `SELECT operation, record_type FROM audit_entry WHERE record_id = $1 ORDER BY occurred_at, id`,
      [id],
    )
  ).map((entry) => `${entry.operation} ${entry.record_type}`);

const TRANSFER_FIELDS = `id kind title heldOn audience audienceKind participantCount territory { id }
  practices { id } facilitatingMembers { id }`;
const CREATE_TRANSFER = `mutation($input: CreateTransferInput!) { createTransfer(input: $input) { transfer { ${TRANSFER_FIELDS} } } }`;
const UPDATE_TRANSFER = `mutation($input: UpdateTransferInput!) { updateTransfer(input: $input) { transfer { ${TRANSFER_FIELDS} } } }`;
const DELETE_TRANSFER = `mutation($input: DeleteTransferInput!) { deleteTransfer(input: $input) { deletedTransferId } }`;

const ADOPTION_FIELDS = `id status startedOn completedOn outcome practice { id } territory { id } transfer { id }`;
const CREATE_ADOPTION = `mutation($input: CreateAdoptionInput!) { createAdoption(input: $input) { adoption { ${ADOPTION_FIELDS} } } }`;
const UPDATE_ADOPTION = `mutation($input: UpdateAdoptionInput!) { updateAdoption(input: $input) { adoption { ${ADOPTION_FIELDS} } } }`;
const DELETE_ADOPTION = `mutation($input: DeleteAdoptionInput!) { deleteAdoption(input: $input) { deletedAdoptionId } }`;

const TERRITORY_FIELDS = `id name inseeCode kind qpvCode qpvCodes`;
const CREATE_TERRITORY = `mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { territory { ${TERRITORY_FIELDS} } } }`;
const UPDATE_TERRITORY = `mutation($input: UpdateTerritoryInput!) { updateTerritory(input: $input) { territory { ${TERRITORY_FIELDS} } } }`;

const transferInput = {
  kind: "KNOW_HOW_TRANSFER",
  title: "Transfert de savoir-faire : la résidence d'artistes",
  heldOn: "2014-10-02",
  audience: "équipes artistiques et centre social",
  audienceKind: "CULTURAL_OPERATORS",
  participantCount: 11,
  practiceIds: [RESIDENCES_AVEC_HABITANTS],
  facilitatingMemberIds: [COMPAGNIE_DES_GRESILLES],
};

/** A transfer to `territoryId`, inserted with SQL. */
let insertedTransfers = 0;
async function insertTransfer(territoryId: string): Promise<string> {
  insertedTransfers += 1;
  const id = `c3000000-0000-4000-8000-0000000b${String(insertedTransfers).padStart(4, "0")}`;
  await knowledge.dataSource.query(
    `INSERT INTO transfer (id, kind, title, held_on, territory_id, audience, audience_kind, participant_count, origin)
     VALUES ($1, 'IN_SITU_TRAINING', 'Transfert de test', '2014-02-01', $2, 'élus', 'ELECTED_OFFICIALS', 5, 'POLE')`,
    [id, territoryId],
  );
  return id;
}

describe("createTransfer", () => {
  it("lets a territory record a transfer to itself, with the practices used and the facilitating members", async () => {
    const result = await knowledge.request<{
      createTransfer: { transfer: Record<string, unknown> & { id: string } };
    }>(CREATE_TRANSFER, { input: transferInput }, await territory(CHENOVE_MAIL));
    expect(result.errors).toBeUndefined();
    const { practiceIds: _p, facilitatingMemberIds: _m, ...fields } = transferInput;
    const transfer = result.data!.createTransfer.transfer;
    expect(transfer).toEqual({
      ...fields,
      id: expect.any(String),
      territory: { id: CHENOVE_MAIL },
      practices: [{ id: RESIDENCES_AVEC_HABITANTS }],
      facilitatingMembers: [{ id: COMPAGNIE_DES_GRESILLES }],
    });
    expect(await auditOf(transfer.id)).toEqual(["createTransfer Transfer"]);
  });

  it("lets staff record a transfer to any territory, which it must name", async () => {
    const named = await knowledge.request(
      CREATE_TRANSFER,
      { input: { ...transferInput, territoryId: GRESILLES } },
      await staff(),
    );
    expect(named.errors).toBeUndefined();
    const unnamed = await knowledge.request(CREATE_TRANSFER, { input: transferInput }, await staff());
    expect(codeOf(unnamed)).toBe("BAD_USER_INPUT");
    expect(messageOf(unnamed)).toMatch(/input\.territoryId/);
  });

  it("refuses a territory a transfer to another territory with FORBIDDEN, and writes nothing", async () => {
    const before = await countOf("transfer");
    const result = await knowledge.request(
      CREATE_TRANSFER,
      { input: { ...transferInput, territoryId: CHALON_TILLEULS } },
      await territory(CHENOVE_MAIL),
    );
    expect(codeOf(result)).toBe("FORBIDDEN");
    expect(await countOf("transfer")).toBe(before);
  });

  it("refuses practices the caller may not see with NOT_FOUND", async () => {
    const before = await countOf("transfer");
    const draft = await knowledge.request(
      CREATE_TRANSFER,
      { input: { ...transferInput, practiceIds: [RESIDENCES_AVEC_HABITANTS, PARCOURS_INSERTION_DRAFT] } },
      await territory(CHENOVE_MAIL),
    );
    expect(codeOf(draft)).toBe("NOT_FOUND");
    expect(messageOf(draft)).toContain(PARCOURS_INSERTION_DRAFT);
    const unknown = await knowledge.request(
      CREATE_TRANSFER,
      {
        input: {
          ...transferInput,
          territoryId: GRESILLES,
          practiceIds: ["c2000000-0000-4000-8000-0000000000ff"],
        },
      },
      await staff(),
    );
    expect(codeOf(unknown)).toBe("NOT_FOUND");
    expect(await countOf("transfer")).toBe(before);
  });

  it("refuses bad values with BAD_USER_INPUT, anonymous callers with UNAUTHENTICATED, members with FORBIDDEN", async () => {
    const token = await territory(CHENOVE_MAIL);
    const negative = await knowledge.request(
      CREATE_TRANSFER,
      { input: { ...transferInput, participantCount: -1 } },
      token,
    );
    expect(codeOf(negative)).toBe("BAD_USER_INPUT");
    expect(messageOf(negative)).toMatch(/\bparticipantCount: /);
    const blank = await knowledge.request(CREATE_TRANSFER, { input: { ...transferInput, title: "" } }, token);
    expect(codeOf(blank)).toBe("BAD_USER_INPUT");
    const badId = await knowledge.request(
      CREATE_TRANSFER,
      { input: { ...transferInput, practiceIds: ["p1"] } },
      token,
    );
    expect(messageOf(badId)).toMatch(/input\.practiceIds\[0\]/);
    const emptyTerritory = await knowledge.request(
      CREATE_TRANSFER,
      { input: { ...transferInput, territoryId: "" } },
      await staff(),
    );
    expect(codeOf(emptyTerritory)).toBe("BAD_USER_INPUT");
    expect(messageOf(emptyTerritory)).toMatch(/input\.territoryId: must be a UUID/);
    expect(codeOf(await knowledge.request(CREATE_TRANSFER, { input: transferInput }))).toBe(
      "UNAUTHENTICATED",
    );
    const member = await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES });
    expect(codeOf(await knowledge.request(CREATE_TRANSFER, { input: transferInput }, member))).toBe(
      "FORBIDDEN",
    );
  });

  it("answers NOT_FOUND when the territory does not exist", async () => {
    const ghost = "c1000000-0000-4000-8000-0000000000ff";
    const result = await knowledge.request(CREATE_TRANSFER, { input: transferInput }, await territory(ghost));
    expect(codeOf(result)).toBe("NOT_FOUND");
  });
});

describe("updateTransfer and deleteTransfer", () => {
  it("lets a territory change its own transfer; omitted fields stay, lists are replaced", async () => {
    const id = await insertTransfer(CHENOVE_MAIL);
    const result = await knowledge.request<{ updateTransfer: { transfer: Record<string, unknown> } }>(
      UPDATE_TRANSFER,
      { input: { id, participantCount: 8, practiceIds: [RADIO_DE_QUARTIER, MUTUALISATION_DE_BUREAUX] } },
      await territory(CHENOVE_MAIL),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateTransfer.transfer).toMatchObject({
      participantCount: 8,
      kind: "IN_SITU_TRAINING",
      audienceKind: "ELECTED_OFFICIALS",
      territory: { id: CHENOVE_MAIL },
      // Most recently published first.
      practices: [{ id: MUTUALISATION_DE_BUREAUX }, { id: RADIO_DE_QUARTIER }],
    });
    expect(await auditOf(id)).toEqual(["updateTransfer Transfer"]);
  });

  it("refuses a territory another territory's transfer, or giving its own away, with FORBIDDEN; staff may move it", async () => {
    const theirs = await insertTransfer(CHALON_TILLEULS);
    const token = await territory(CHENOVE_MAIL);
    expect(
      codeOf(await knowledge.request(UPDATE_TRANSFER, { input: { id: theirs, participantCount: 1 } }, token)),
    ).toBe("FORBIDDEN");
    expect(codeOf(await knowledge.request(DELETE_TRANSFER, { input: { id: theirs } }, token))).toBe(
      "FORBIDDEN",
    );
    const ours = await insertTransfer(CHENOVE_MAIL);
    const away = await knowledge.request(
      UPDATE_TRANSFER,
      { input: { id: ours, territoryId: CHALON_TILLEULS } },
      token,
    );
    expect(codeOf(away)).toBe("FORBIDDEN");
    const [row] = await knowledge.dataSource.query(
      `SELECT territory_id, participant_count FROM transfer WHERE id = $1`,
      [ours],
    );
    expect(row).toEqual({ territory_id: CHENOVE_MAIL, participant_count: 5 });
    const moved = await knowledge.request(
      UPDATE_TRANSFER,
      { input: { id: ours, territoryId: CHALON_TILLEULS } },
      await staff(),
    );
    expect(moved.errors).toBeUndefined();
    expect(await auditOf(theirs)).toEqual([]);
  });

  it("refuses a null kind with BAD_USER_INPUT and an unknown transfer with NOT_FOUND", async () => {
    const id = await insertTransfer(CHENOVE_MAIL);
    const nullKind = await knowledge.request(UPDATE_TRANSFER, { input: { id, kind: null } }, await staff());
    expect(codeOf(nullKind)).toBe("BAD_USER_INPUT");
    const unknown = { id: "c3000000-0000-4000-8000-0000000000ff" };
    expect(codeOf(await knowledge.request(UPDATE_TRANSFER, { input: unknown }, await staff()))).toBe(
      "NOT_FOUND",
    );
    expect(codeOf(await knowledge.request(DELETE_TRANSFER, { input: unknown }, await staff()))).toBe(
      "NOT_FOUND",
    );
  });

  it("lets a territory delete its own transfer; adoptions that named it stay, unlinked and audited", async () => {
    const id = await insertTransfer(CHENOVE_MAIL);
    await knowledge.dataSource.query(
      `INSERT INTO adoption (id, practice_id, territory_id, status, started_on, transfer_id)
       VALUES ('c4000000-0000-4000-8000-0000000000b1', $1, $2, 'PLANNED', '2014-03-01', $3)`,
      [RESIDENCES_AVEC_HABITANTS, CHENOVE_MAIL, id],
    );
    const result = await knowledge.request(DELETE_TRANSFER, { input: { id } }, await territory(CHENOVE_MAIL));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ deleteTransfer: { deletedTransferId: id } });
    expect(await knowledge.dataSource.query(`SELECT id FROM transfer WHERE id = $1`, [id])).toEqual([]);
    const [adoption] = await knowledge.dataSource.query(
      `SELECT transfer_id FROM adoption WHERE id = 'c4000000-0000-4000-8000-0000000000b1'`,
    );
    expect(adoption).toEqual({ transfer_id: null });
    expect(await auditOf(id)).toEqual(["deleteTransfer Transfer"]);
    expect(await auditOf("c4000000-0000-4000-8000-0000000000b1")).toEqual(["deleteTransfer Adoption"]);
    await knowledge.dataSource.query(
      `DELETE FROM adoption WHERE id = 'c4000000-0000-4000-8000-0000000000b1'`,
    );
  });
});

describe("createAdoption", () => {
  it("lets a territory record that it adopts another territory's published practice", async () => {
    const result = await knowledge.request<{
      createAdoption: { adoption: Record<string, unknown> & { id: string } };
    }>(
      CREATE_ADOPTION,
      {
        input: {
          practiceId: RESIDENCES_AVEC_HABITANTS,
          status: "IN_PROGRESS",
          startedOn: "2014-04-01",
          outcome: "Première résidence prévue à l'automne.",
        },
      },
      await territory(CHENOVE_MAIL),
    );
    expect(result.errors).toBeUndefined();
    const adoption = result.data!.createAdoption.adoption;
    expect(adoption).toEqual({
      id: expect.any(String),
      status: "IN_PROGRESS",
      startedOn: "2014-04-01",
      completedOn: null,
      outcome: "Première résidence prévue à l'automne.",
      practice: { id: RESIDENCES_AVEC_HABITANTS },
      territory: { id: CHENOVE_MAIL },
      transfer: null,
    });
    expect(await auditOf(adoption.id)).toEqual(["createAdoption Adoption"]);
    // Once per practice and territory.
    const again = await knowledge.request(
      CREATE_ADOPTION,
      { input: { practiceId: RESIDENCES_AVEC_HABITANTS, startedOn: "2014-05-01" } },
      await territory(CHENOVE_MAIL),
    );
    expect(codeOf(again)).toBe("CONFLICT");
  });

  it("lets staff record an adoption for a territory, finished, linked to the transfer that led to it", async () => {
    const result = await knowledge.request<{ createAdoption: { adoption: Record<string, unknown> } }>(
      CREATE_ADOPTION,
      {
        input: {
          practiceId: RESIDENCES_AVEC_HABITANTS,
          territoryId: CHALON_TILLEULS,
          status: "ADOPTED",
          startedOn: "2013-06-01",
          completedOn: "2014-01-15",
          transferId: FORMATION_IN_SITU_CHALON,
        },
      },
      await staff(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createAdoption.adoption).toMatchObject({
      status: "ADOPTED",
      completedOn: "2014-01-15",
      territory: { id: CHALON_TILLEULS },
      transfer: { id: FORMATION_IN_SITU_CHALON },
    });
  });

  it("refuses a territory an adoption for another territory with FORBIDDEN", async () => {
    const before = await countOf("adoption");
    const result = await knowledge.request(
      CREATE_ADOPTION,
      { input: { practiceId: RADIO_DE_QUARTIER, territoryId: CHALON_TILLEULS, startedOn: "2014-01-01" } },
      await territory(CHENOVE_MAIL),
    );
    expect(codeOf(result)).toBe("FORBIDDEN");
    expect(await countOf("adoption")).toBe(before);
  });

  it("refuses a practice that is not published: NOT_FOUND when hidden from the caller, CONFLICT for staff", async () => {
    const hidden = await knowledge.request(
      CREATE_ADOPTION,
      { input: { practiceId: VISITES_APPRENANTES_IN_REVIEW, startedOn: "2014-01-01" } },
      await territory(CHENOVE_MAIL),
    );
    expect(codeOf(hidden)).toBe("NOT_FOUND");
    const staffTry = await knowledge.request(
      CREATE_ADOPTION,
      {
        input: {
          practiceId: VISITES_APPRENANTES_IN_REVIEW,
          territoryId: CHENOVE_MAIL,
          startedOn: "2014-01-01",
        },
      },
      await staff(),
    );
    expect(codeOf(staffTry)).toBe("CONFLICT");
    expect(messageOf(staffTry)).toMatch(/this one is IN_REVIEW/);
  });

  it.each([
    ["its own practice", { practiceId: RESIDENCES_AVEC_HABITANTS }, GRESILLES, /own practice/],
    [
      "ADOPTED without an end date",
      { status: "ADOPTED" },
      CHENOVE_MAIL,
      /input\.completedOn: is required when the status is ADOPTED/,
    ],
    ["an end date while PLANNED", { completedOn: "2014-02-01" }, CHENOVE_MAIL, /input\.completedOn: only/],
    [
      "an end before the start",
      { status: "ABANDONED", completedOn: "2013-12-31" },
      CHENOVE_MAIL,
      /must not be before startedOn/,
    ],
    ["a malformed practice id", { practiceId: "practice-2" }, CHENOVE_MAIL, /input\.practiceId/],
  ])("refuses %s with BAD_USER_INPUT", async (_case, change, territoryId, message) => {
    const before = await countOf("adoption");
    const result = await knowledge.request(
      CREATE_ADOPTION,
      { input: { practiceId: MUTUALISATION_DE_BUREAUX, startedOn: "2014-01-01", ...change } },
      await territory(territoryId),
    );
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(messageOf(result)).toMatch(message);
    expect(await countOf("adoption")).toBe(before);
  });

  it("refuses anonymous callers with UNAUTHENTICATED and the council with FORBIDDEN", async () => {
    const input = {
      practiceId: MUTUALISATION_DE_BUREAUX,
      territoryId: CHENOVE_MAIL,
      startedOn: "2014-01-01",
    };
    expect(codeOf(await knowledge.request(CREATE_ADOPTION, { input }))).toBe("UNAUTHENTICATED");
    expect(
      codeOf(await knowledge.request(CREATE_ADOPTION, { input }, await tokenFor({ role: "council" }))),
    ).toBe("FORBIDDEN");
  });
});

describe("updateAdoption and deleteAdoption", () => {
  it("lets the adopting territory complete its adoption, then refuses another territory with FORBIDDEN", async () => {
    const created = await knowledge.request<{ createAdoption: { adoption: { id: string } } }>(
      CREATE_ADOPTION,
      { input: { practiceId: RADIO_DE_QUARTIER, startedOn: "2014-04-01" } },
      await territory(GRAND_DIJON),
    );
    const id = created.data!.createAdoption.adoption.id;
    const missingEnd = await knowledge.request(
      UPDATE_ADOPTION,
      { input: { id, status: "ADOPTED" } },
      await territory(GRAND_DIJON),
    );
    expect(codeOf(missingEnd)).toBe("BAD_USER_INPUT");
    const done = await knowledge.request<{ updateAdoption: { adoption: Record<string, unknown> } }>(
      UPDATE_ADOPTION,
      { input: { id, status: "ADOPTED", completedOn: "2014-11-30", outcome: "Émission lancée." } },
      await territory(GRAND_DIJON),
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.updateAdoption.adoption).toMatchObject({
      status: "ADOPTED",
      startedOn: "2014-04-01",
      completedOn: "2014-11-30",
      outcome: "Émission lancée.",
    });
    const other = await territory(CHALON_TILLEULS);
    expect(codeOf(await knowledge.request(UPDATE_ADOPTION, { input: { id, outcome: "Pris" } }, other))).toBe(
      "FORBIDDEN",
    );
    expect(codeOf(await knowledge.request(DELETE_ADOPTION, { input: { id } }, other))).toBe("FORBIDDEN");
    expect(await auditOf(id)).toEqual(["createAdoption Adoption", "updateAdoption Adoption"]);
  });

  it("lets the adopting territory delete its adoption; an unknown one is NOT_FOUND", async () => {
    const created = await knowledge.request<{ createAdoption: { adoption: { id: string } } }>(
      CREATE_ADOPTION,
      { input: { practiceId: MUTUALISATION_DE_BUREAUX, startedOn: "2014-04-01" } },
      await territory(GRAND_DIJON),
    );
    const id = created.data!.createAdoption.adoption.id;
    const deleted = await knowledge.request(DELETE_ADOPTION, { input: { id } }, await territory(GRAND_DIJON));
    expect(deleted.data).toEqual({ deleteAdoption: { deletedAdoptionId: id } });
    expect(await knowledge.dataSource.query(`SELECT id FROM adoption WHERE id = $1`, [id])).toEqual([]);
    expect(codeOf(await knowledge.request(DELETE_ADOPTION, { input: { id } }, await staff()))).toBe(
      "NOT_FOUND",
    );
    // The sample adoption is untouched.
    expect(
      await knowledge.dataSource.query(`SELECT id FROM adoption WHERE id = $1`, [ADOPTION_CHALON_BUREAUX]),
    ).toHaveLength(1);
  });
});

describe("territories", () => {
  it("lets staff add a territory; a neighbourhood's own QPV code joins its list", async () => {
    const result = await knowledge.request<{
      createTerritory: { territory: Record<string, unknown> & { id: string } };
    }>(
      CREATE_TERRITORY,
      {
        input: {
          name: "Fontaine d'Ouche, Dijon (exemple)",
          inseeCode: "21231",
          kind: "COMMUNE",
          qpvCode: "QP021902",
        },
      },
      await staff(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createTerritory.territory).toEqual({
      id: expect.any(String),
      name: "Fontaine d'Ouche, Dijon (exemple)",
      inseeCode: "21231",
      kind: "COMMUNE",
      qpvCode: "QP021902",
      qpvCodes: ["QP021902"],
    });
    expect(await auditOf(result.data!.createTerritory.territory.id)).toEqual(["createTerritory Territory"]);
  });

  it("refuses to add a territory to a territory token with FORBIDDEN, and bad codes with BAD_USER_INPUT", async () => {
    const before = await countOf("territory");
    const input = { name: "Ailleurs", inseeCode: "71076", kind: "COMMUNE" };
    expect(codeOf(await knowledge.request(CREATE_TERRITORY, { input }, await territory(CHENOVE_MAIL)))).toBe(
      "FORBIDDEN",
    );
    const badQpv = await knowledge.request(
      CREATE_TERRITORY,
      { input: { ...input, qpvCodes: ["QP1"] } },
      await staff(),
    );
    expect(codeOf(badQpv)).toBe("BAD_USER_INPUT");
    expect(messageOf(badQpv)).toMatch(
      /\binput\.qpvCodes\[0\]: must be a QPV code: QN then 6 or 7 characters/,
    );
    const badInsee = await knowledge.request(
      CREATE_TERRITORY,
      { input: { ...input, inseeCode: "7107" } },
      await staff(),
    );
    expect(codeOf(badInsee)).toBe("BAD_USER_INPUT");
    expect(await countOf("territory")).toBe(before);
  });

  it("lets a territory ask for a change of its own record (pending until staff approve) and refuses it another's with FORBIDDEN", async () => {
    const own = await knowledge.request<{
      updateTerritory: { territory: Record<string, unknown>; pendingChange: Record<string, unknown> };
    }>(
      `mutation($input: UpdateTerritoryInput!) { updateTerritory(input: $input) {
        territory { ${TERRITORY_FIELDS} } pendingChange { status changedFields qpvCode qpvCodes } } }`,
      { input: { id: CHENOVE_MAIL, qpvCodes: ["QP021903"] } },
      await territory(CHENOVE_MAIL),
    );
    expect(own.errors).toBeUndefined();
    // Not applied yet; its own code stays in the list it would have.
    expect(own.data!.updateTerritory.territory).toMatchObject({ qpvCodes: ["QP021901"] });
    expect(own.data!.updateTerritory.pendingChange).toEqual({
      status: "PENDING",
      changedFields: ["qpvCodes"],
      qpvCode: "QP021901",
      qpvCodes: ["QP021901", "QP021903"],
    });
    const approved = await knowledge.request<{
      approveTerritoryChange: { territory: Record<string, unknown> };
    }>(
      `mutation($input: ApproveTerritoryChangeInput!) { approveTerritoryChange(input: $input) { territory { ${TERRITORY_FIELDS} } } }`,
      { input: { territoryId: CHENOVE_MAIL } },
      await staff(),
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveTerritoryChange.territory).toMatchObject({
      qpvCode: "QP021901",
      qpvCodes: ["QP021901", "QP021903"],
    });
    const other = await knowledge.request(
      UPDATE_TERRITORY,
      { input: { id: CHALON_TILLEULS, name: "Pris" } },
      await territory(CHENOVE_MAIL),
    );
    expect(codeOf(other)).toBe("FORBIDDEN");
    const [row] = await knowledge.dataSource.query(`SELECT name FROM territory WHERE id = $1`, [
      CHALON_TILLEULS,
    ]);
    expect(row.name).not.toBe("Pris");
  });
});

describe("a territory's identifiers fit its kind", () => {
  const TERRITORY = `query($id: ID!) { territory(id: $id) { name kind inseeCode siren } }`;
  const CREATE = `mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { territory { id kind inseeCode siren } } }`;
  const fieldErrorsOf = (result: GraphQLResult) =>
    (
      result.errors?.[0]?.extensions as { fieldErrors?: { path: string[]; rule: string }[] } | undefined
    )?.fieldErrors?.map(({ path, rule }) => [path.join("."), rule]);

  it("identifies Grand Dijon, an intercommunality, by its SIREN, not a made-up INSEE code", async () => {
    const result = await knowledge.request<{ territory: Record<string, unknown> }>(TERRITORY, {
      id: GRAND_DIJON,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.territory).toMatchObject({
      kind: "INTERCOMMUNALITY",
      inseeCode: null,
      siren: "242100410",
    });
  });

  it("adds an intercommunality with its SIREN, and refuses one with an INSEE code, without SIREN or a bad check digit", async () => {
    const before = await countOf("territory");
    const epci = { name: "Communauté de communes (test)", kind: "INTERCOMMUNALITY" };
    for (const [input, expected] of [
      [{ ...epci, inseeCode: "21E02", siren: "242100410" }, [["input.inseeCode", "consistency"]]],
      [epci, [["input.siren", "required"]]],
      [{ ...epci, siren: "242100411" }, [["input.siren", "format"]]],
      [{ name: "Commune (test)", kind: "COMMUNE", siren: "212102313" }, [["input.inseeCode", "required"]]],
    ] as const) {
      const refused = await knowledge.request(CREATE, { input }, await staff());
      expect([input, codeOf(refused), fieldErrorsOf(refused)]).toEqual([input, "BAD_USER_INPUT", expected]);
    }
    expect(await countOf("territory")).toBe(before);
    // The database refuses the same, whatever writes.
    await expect(
      knowledge.dataSource.query(
        `INSERT INTO territory (name, insee_code, kind) VALUES ('EPCI sans SIREN', '21E03', 'INTERCOMMUNALITY')`,
      ),
    ).rejects.toThrow(/CHK_territory_identifier/);
    const created = await knowledge.request<{ createTerritory: { territory: { id: string } } }>(
      CREATE,
      { input: { ...epci, siren: "200070589" } },
      await staff(),
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createTerritory.territory).toMatchObject({ inseeCode: null, siren: "200070589" });
    // Turning it into a commune needs an INSEE code.
    const toCommune = await knowledge.request(
      UPDATE_TERRITORY,
      { input: { id: created.data!.createTerritory.territory.id, kind: "COMMUNE" } },
      await staff(),
    );
    expect(fieldErrorsOf(toCommune)).toEqual([["input.inseeCode", "required"]]);
    await knowledge.dataSource.query(`DELETE FROM territory WHERE id = $1`, [
      created.data!.createTerritory.territory.id,
    ]);
  });
});
