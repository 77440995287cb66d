import { tokenFor, type GraphQLResult, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { GRESILLES, startKnowledge } from "./knowledge-harness";

// Issue 13, point 3: priority neighbourhoods of the 2024 geography (`QN…`, e.g. QN02501M) beside those of
// 2015 (`QP` + 6 digits), as a territory's digital team records its neighbourhoods and practices.

let knowledge: SubgraphUnderTest;
beforeAll(async () => {
  knowledge = await startKnowledge();
});
afterAll(() => knowledge.stop());

const staff = () => tokenFor({ role: "staff" });
const territory = (territoryId: string) => tokenFor({ role: "territory", territoryId });

const TERRITORY_FIELDS = `id name kind inseeCode qpvCode qpvCodes`;
const CREATE_TERRITORY = `mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { territory { ${TERRITORY_FIELDS} } } }`;
const UPDATE_TERRITORY = `mutation($input: UpdateTerritoryInput!) { updateTerritory(input: $input) { territory { ${TERRITORY_FIELDS} } } }`;
const TERRITORY = `query($id: ID!) { territory(id: $id) { ${TERRITORY_FIELDS} } }`;
const CREATE_PRACTICE = `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id qpvCode } } }`;
const UPDATE_PRACTICE = `mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { practice { id qpvCode } } }`;
const PRACTICE = `query($id: ID!) { practice(id: $id) { id qpvCode } }`;

/** Codes as they are written: the example, a 9-character one (QN + 7), Corsica, overseas, 2015. */
const WELL_FORMED = ["QN02501M", "QN025012M", "QN021012A", "QN02A01M", "QN97101M", "QP021003"];
/** Typing slips and codes of no geography. */
const MALFORMED = [
  "QN2501M",
  "qn02501M",
  "QN02501m",
  "QN 02501M",
  "QN02501MM",
  "QP21003",
  "QX021003",
  "QN0250",
];

const fieldErrorsOf = (result: GraphQLResult) =>
  (
    result.errors?.[0]?.extensions as
      { fieldErrors?: { path: (string | number)[]; rule: string; message: string }[] } | undefined
  )?.fieldErrors?.map(({ path, rule }) => [path.join("."), rule]);
const countOf = async (table: string) =>
  Number((await knowledge.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

describe("QPV codes of the 2024 geography", () => {
  it("adds a neighbourhood with a 2024 code and a commune listing codes of both geographies, stored and read back", async () => {
    const planoise = await knowledge.request<{ createTerritory: { territory: { id: string } } }>(
      CREATE_TERRITORY,
      {
        input: {
          name: "Planoise, Besançon (test)",
          inseeCode: "25056",
          kind: "COMMUNE",
          qpvCode: "QN02501M",
        },
      },
      await staff(),
    );
    expect(planoise.errors).toBeUndefined();
    const id = planoise.data!.createTerritory.territory.id;
    expect((await knowledge.request(TERRITORY, { id })).data!.territory).toEqual({
      id,
      name: "Planoise, Besançon (test)",
      kind: "COMMUNE",
      inseeCode: "25056",
      qpvCode: "QN02501M",
      qpvCodes: ["QN02501M"],
    });

    const commune = await knowledge.request<{ createTerritory: { territory: Record<string, unknown> } }>(
      CREATE_TERRITORY,
      { input: { name: "Commune (test)", inseeCode: "25057", kind: "COMMUNE", qpvCodes: WELL_FORMED } },
      await staff(),
    );
    expect(commune.errors).toBeUndefined();
    expect(commune.data!.createTerritory.territory.qpvCodes).toEqual(WELL_FORMED);
    const [row] = await knowledge.dataSource.query(`SELECT qpv_codes FROM territory WHERE id = $1`, [
      commune.data!.createTerritory.territory.id,
    ]);
    expect(row.qpv_codes).toEqual(WELL_FORMED);
  });

  it("lets staff move a neighbourhood from its 2015 code to a 2024 one (a made-up code)", async () => {
    const updated = await knowledge.request<{ updateTerritory: { territory: Record<string, unknown> } }>(
      UPDATE_TERRITORY,
      { input: { id: GRESILLES, qpvCode: "QN02190M", qpvCodes: [] } },
      await staff(),
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateTerritory.territory).toMatchObject({
      qpvCode: "QN02190M",
      qpvCodes: ["QN02190M"],
    });
  });

  it.each(MALFORMED)(
    "refuses the malformed code %s in every input, with fieldErrors, and writes nothing",
    async (code) => {
      const territories = await countOf("territory");
      const practices = await countOf("practice");
      const refusals: [GraphQLResult, string][] = [
        [
          await knowledge.request(
            CREATE_TERRITORY,
            { input: { name: "Ailleurs (test)", inseeCode: "71076", kind: "COMMUNE", qpvCode: code } },
            await staff(),
          ),
          "input.qpvCode",
        ],
        [
          await knowledge.request(
            CREATE_TERRITORY,
            {
              input: {
                name: "Ailleurs (test)",
                inseeCode: "71076",
                kind: "COMMUNE",
                qpvCodes: ["QN02501M", code],
              },
            },
            await staff(),
          ),
          "input.qpvCodes.1",
        ],
        [
          await knowledge.request(
            UPDATE_TERRITORY,
            { input: { id: GRESILLES, qpvCodes: [code] } },
            await staff(),
          ),
          "input.qpvCodes.0",
        ],
        [
          await knowledge.request(
            CREATE_PRACTICE,
            {
              input: { title: "Pratique (test)", summary: "Résumé.", pillar: "NEIGHBOURHOOD", qpvCode: code },
            },
            await territory(GRESILLES),
          ),
          "input.qpvCode",
        ],
      ];
      for (const [result, path] of refusals) {
        expect([path, result.errors?.[0]?.extensions?.code, fieldErrorsOf(result)]).toEqual([
          path,
          "BAD_USER_INPUT",
          [[path, "format"]],
        ]);
        expect(result.errors?.[0]?.message).toMatch(/QN then 6 or 7 characters .* or QP then 6 digits/);
      }
      expect([await countOf("territory"), await countOf("practice")]).toEqual([territories, practices]);
    },
  );

  it("records a practice in a 2024 neighbourhood and changes it to a 2015 code", async () => {
    const created = await knowledge.request<{
      createPractice: { practice: { id: string; qpvCode: string } };
    }>(
      CREATE_PRACTICE,
      {
        input: {
          title: "Pratique à Planoise (test)",
          summary: "Résumé.",
          pillar: "NEIGHBOURHOOD",
          qpvCode: "QN025012M",
        },
      },
      await territory(GRESILLES),
    );
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createPractice.practice;
    expect((await knowledge.request(PRACTICE, { id }, await staff())).data!.practice).toEqual({
      id,
      qpvCode: "QN025012M",
    });
    const updated = await knowledge.request(
      UPDATE_PRACTICE,
      { input: { id, qpvCode: "QP021003" } },
      await staff(),
    );
    expect(updated.errors).toBeUndefined();
    expect((await knowledge.request(PRACTICE, { id }, await staff())).data!.practice).toEqual({
      id,
      qpvCode: "QP021003",
    });
  });

  it("has the database refuse a malformed code and accept a 2024 one, whatever writes", async () => {
    await knowledge.dataSource.query(
      `UPDATE practice SET qpv_code = 'QN025012M' WHERE id = (SELECT min(id::text)::uuid FROM practice)`,
    );
    for (const [sql, code] of [
      [`UPDATE practice SET qpv_code = $1`, "QN2501M"],
      [`UPDATE practice SET qpv_code = $1`, "QN02501MM"],
      [`UPDATE territory SET qpv_codes = ARRAY[$1]::varchar[] WHERE qpv_code IS NULL`, "QN02501m"],
      [`UPDATE territory SET qpv_code = $1, qpv_codes = ARRAY[$1]::varchar[]`, "QP21003"],
    ]) {
      await expect(knowledge.dataSource.query(sql, [code])).rejects.toThrow(
        /CHK_(practice|territory)_qpv_code/,
      );
    }
  });
});
