import { tokenFor, type GraphQLResult, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { COMPAGNIE_DES_GRESILLES, startNeighbourhood } from "./neighbourhood-harness";

// Issue 13, point 3: an action recorded in a priority neighbourhood of the 2024 geography (`QN…`, e.g.
// QN02501M) beside those of 2015 (`QP` + 6 digits): created, read back, found by its code, counted in the
// council's report under it.

let neighbourhood: SubgraphUnderTest;
let staff: string;
beforeAll(async () => {
  neighbourhood = await startNeighbourhood();
  staff = await tokenFor({ role: "staff" });
});
afterAll(() => neighbourhood.stop());

const CREATE = `mutation($input: CreateNeighbourhoodActionInput!) {
  createNeighbourhoodAction(input: $input) { action { id qpvCode } }
}`;
const UPDATE = `mutation($input: UpdateNeighbourhoodActionInput!) {
  updateNeighbourhoodAction(input: $input) { action { id qpvCode } }
}`;
const ACTION = `query($id: ID!) { neighbourhoodAction(id: $id) { id qpvCode } }`;
const BY_QPV = `query($qpvCode: String) {
  neighbourhoodActions(first: 100, filter: { qpvCode: $qpvCode }) { totalCount edges { node { id qpvCode } } }
}`;
const REPORT = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on AnnualReport { year neighbourhood { actionCount actionsByQpvCode { key label value } } }
} }`;

/** A valid action of 2022 (a year without sample actions) in `qpvCode`. */
const action = (qpvCode: string | null, title = "Atelier d'écriture (test)") => ({
  kind: "CULTURAL_ARTISTIC",
  title,
  description: "Ateliers d'écriture avec les habitants.",
  startsOn: "2022-02-03",
  endsOn: "2022-03-28",
  place: "Maison de quartier",
  placeKind: "ELSEWHERE_IN_NEIGHBOURHOOD",
  qpvCode,
  leadMemberIds: [COMPAGNIE_DES_GRESILLES],
  partners: [],
  inhabitantsReached: 12,
  sessionCount: 4,
  hours: 8,
  status: "DONE",
});

const fieldErrorsOf = (result: GraphQLResult<unknown>) =>
  (
    result.errors?.[0]?.extensions as
      { fieldErrors?: { path: (string | number)[]; rule: string }[] } | undefined
  )?.fieldErrors?.map(({ path, rule }) => [path.join("."), rule]);

async function created(qpvCode: string | null, title?: string): Promise<string> {
  const result = await neighbourhood.request<{
    createNeighbourhoodAction: { action: { id: string; qpvCode: string } };
  }>(CREATE, { input: action(qpvCode, title) }, staff);
  expect(result.errors).toBeUndefined();
  expect(result.data!.createNeighbourhoodAction.action.qpvCode).toBe(qpvCode);
  return result.data!.createNeighbourhoodAction.action.id;
}

describe("QPV codes of the 2024 geography on neighbourhood actions", () => {
  let planoise: string;
  let planoiseToo: string;
  let longCode: string;
  let gresilles2015: string;
  beforeAll(async () => {
    planoise = await created("QN02501M", "Atelier à Planoise (test)");
    planoiseToo = await created("QN02501M", "Second atelier à Planoise (test)");
    longCode = await created("QN025012M");
    gresilles2015 = await created("QP021003");
    await created(null, "Atelier hors quartier prioritaire (test)");
  });

  it("stores and reads back a 2024 code, of 8 or 9 characters, and changes a 2015 code to a 2024 one", async () => {
    for (const [id, qpvCode] of [
      [planoise, "QN02501M"],
      [longCode, "QN025012M"],
    ]) {
      expect((await neighbourhood.request(ACTION, { id })).data).toEqual({
        neighbourhoodAction: { id, qpvCode },
      });
    }
    const updated = await neighbourhood.request(
      UPDATE,
      { input: { id: gresilles2015, qpvCode: "QN02190M" } },
      staff,
    );
    expect(updated.errors).toBeUndefined();
    expect((await neighbourhood.request(ACTION, { id: gresilles2015 })).data).toEqual({
      neighbourhoodAction: { id: gresilles2015, qpvCode: "QN02190M" },
    });
    await neighbourhood.request(UPDATE, { input: { id: gresilles2015, qpvCode: "QP021003" } }, staff);
  });

  it("finds the actions of one neighbourhood by its code, of either geography", async () => {
    const of = async (qpvCode: string) =>
      (
        await neighbourhood.request<{
          neighbourhoodActions: { totalCount: number; edges: { node: { id: string; qpvCode: string } }[] };
        }>(BY_QPV, { qpvCode })
      ).data!.neighbourhoodActions;
    const inPlanoise = await of("QN02501M");
    expect(inPlanoise.edges.map((edge) => edge.node.id).sort()).toEqual([planoise, planoiseToo].sort());
    expect(inPlanoise.totalCount).toBe(2);
    const in2015 = await of("QP021003");
    expect(in2015.edges.map((edge) => edge.node.id)).toContain(gresilles2015);
    expect(in2015.edges.every((edge) => edge.node.qpvCode === "QP021003")).toBe(true);
  });

  it.each(["QN2501M", "qn02501M", "QN02501MM", "QP21003"])(
    "refuses the malformed code %s in the inputs and the filter, with fieldErrors, and writes nothing",
    async (code) => {
      const [{ n: before }] = await neighbourhood.dataSource.query(
        `SELECT count(*)::int AS n FROM neighbourhood_action`,
      );
      for (const [result, path] of [
        [await neighbourhood.request(CREATE, { input: action(code) }, staff), "input.qpvCode"],
        [
          await neighbourhood.request(UPDATE, { input: { id: planoise, qpvCode: code } }, staff),
          "input.qpvCode",
        ],
        [await neighbourhood.request(BY_QPV, { qpvCode: code }), "filter.qpvCode"],
      ] as const) {
        expect([path, result.errors?.[0]?.extensions?.code, fieldErrorsOf(result)]).toEqual([
          path,
          "BAD_USER_INPUT",
          [[path, "format"]],
        ]);
      }
      const [{ n: after }] = await neighbourhood.dataSource.query(
        `SELECT count(*)::int AS n FROM neighbourhood_action`,
      );
      expect(after).toBe(before);
      expect((await neighbourhood.request(ACTION, { id: planoise })).data).toEqual({
        neighbourhoodAction: { id: planoise, qpvCode: "QN02501M" },
      });
    },
  );

  it("counts the year's actions under their 2024 codes in the council's report", async () => {
    const council = await tokenFor({ role: "council" });
    const result = await neighbourhood.request<{
      _entities: { neighbourhood: { actionCount: number; actionsByQpvCode: unknown[] } }[];
    }>(REPORT, { representations: [{ __typename: "AnnualReport", year: 2022 }] }, council);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].neighbourhood).toEqual({
      actionCount: 5,
      actionsByQpvCode: [
        { key: "QN025012M", label: "Quartier prioritaire QN025012M", value: 1 },
        { key: "QN02501M", label: "Quartier prioritaire QN02501M", value: 2 },
        { key: "QP021003", label: "Les Grésilles (Dijon)", value: 1 },
        { key: "OUTSIDE_QPV", label: "Hors quartier prioritaire", value: 1 },
      ],
    });
  });

  it("has the database refuse a malformed code, whatever writes", async () => {
    for (const code of ["QN2501M", "QN02501m", "QN02501MMM"]) {
      await expect(
        neighbourhood.dataSource.query(`UPDATE neighbourhood_action SET qpv_code = $1 WHERE id = $2`, [
          code,
          planoise,
        ]),
      ).rejects.toThrow(/CHK_neighbourhood_action_qpv_code|too long/);
    }
  });
});
