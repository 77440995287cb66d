import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { sampleAdoptions } from "../src/sample-data/sample-adoptions";
import { sampleTerritories } from "../src/sample-data/sample-territories";
import {
  ADOPTION_CHALON_BUREAUX,
  CHALON_TILLEULS,
  CHENOVE_MAIL,
  FORMATION_IN_SITU_CHALON,
  GRESILLES,
  MUTUALISATION_DE_BUREAUX,
  RADIO_DE_QUARTIER,
  RESIDENCES_AVEC_HABITANTS,
  samplePractice,
  startKnowledge,
} from "./knowledge-harness";

let knowledge: SubgraphUnderTest;
beforeAll(async () => {
  knowledge = await startKnowledge();
  // A second adoption, in progress, so that lists and filters have something to tell apart.
  await knowledge.dataSource.query(
    `INSERT INTO adoption (id, practice_id, territory_id, status, started_on, outcome)
     VALUES ($1, $2, $3, 'IN_PROGRESS', '2014-04-01', NULL)`,
    [RADIO_IN_CHALON, RADIO_DE_QUARTIER, CHALON_TILLEULS],
  );
});
afterAll(() => knowledge.stop());

const RADIO_IN_CHALON = "c4000000-0000-4000-8000-0000000000c1";

const ADOPTIONS = `query($filter: AdoptionFilter, $first: Int) { adoptions(filter: $filter, first: $first) {
  totalCount edges { node { id status startedOn completedOn outcome isSample
    practice { id title } territory { id name } transfer { id } } } } }`;

interface AdoptionsPage {
  adoptions: { totalCount: number; edges: { node: Record<string, unknown> & { id: string } }[] };
}

async function adoptionIds(filter?: Record<string, unknown>, token?: string): Promise<string[]> {
  const result = await knowledge.request<AdoptionsPage>(ADOPTIONS, { filter, first: 100 }, token);
  expect(result.errors).toBeUndefined();
  expect(result.data!.adoptions.totalCount).toBe(result.data!.adoptions.edges.length);
  return result.data!.adoptions.edges.map((edge) => edge.node.id);
}

describe("adoptions", () => {
  it("shows anonymous callers the sample adoption with its practice, territory and transfer", async () => {
    const result = await knowledge.request<AdoptionsPage>(ADOPTIONS, { filter: { status: "ADOPTED" } });
    expect(result.errors).toBeUndefined();
    const [sample] = sampleAdoptions;
    const { practiceId, territoryId, transferId, ...fields } = sample;
    expect(result.data!.adoptions.edges.map((edge) => edge.node)).toEqual([
      {
        ...fields,
        isSample: true,
        practice: { id: practiceId, title: samplePractice(practiceId).title },
        territory: { id: territoryId, name: sampleTerritories.find((t) => t.id === territoryId)!.name },
        transfer: { id: transferId },
      },
    ]);
    expect(sample).toMatchObject({ id: ADOPTION_CHALON_BUREAUX, transferId: FORMATION_IN_SITU_CHALON });
  });

  it("lists adoptions most recently started first and filters them by practice, territory and status", async () => {
    expect(await adoptionIds()).toEqual([RADIO_IN_CHALON, ADOPTION_CHALON_BUREAUX]);
    expect(await adoptionIds({ practiceId: RADIO_DE_QUARTIER })).toEqual([RADIO_IN_CHALON]);
    expect(await adoptionIds({ territoryId: CHALON_TILLEULS })).toEqual([
      RADIO_IN_CHALON,
      ADOPTION_CHALON_BUREAUX,
    ]);
    expect(await adoptionIds({ territoryId: CHENOVE_MAIL })).toEqual([]);
    expect(await adoptionIds({ status: "IN_PROGRESS", territoryId: CHALON_TILLEULS })).toEqual([
      RADIO_IN_CHALON,
    ]);
    const malformed = await knowledge.request(ADOPTIONS, { filter: { practiceId: "radio" } });
    expect(malformed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("gives a practice its adoptions, and an adoption by id; null when unknown", async () => {
    const practice = await knowledge.request<{
      practice: { adoptions: { id: string; territory: { id: string } }[] };
    }>(`query($id: ID!) { practice(id: $id) { adoptions { id territory { id } } } }`, {
      id: MUTUALISATION_DE_BUREAUX,
    });
    expect(practice.data?.practice.adoptions).toEqual([
      { id: ADOPTION_CHALON_BUREAUX, territory: { id: CHALON_TILLEULS } },
    ]);
    const byId = `query($id: ID!) { adoption(id: $id) { id status } }`;
    expect((await knowledge.request(byId, { id: ADOPTION_CHALON_BUREAUX.toUpperCase() })).data).toEqual({
      adoption: { id: ADOPTION_CHALON_BUREAUX, status: "ADOPTED" },
    });
    expect((await knowledge.request(byId, { id: "c4000000-0000-4000-8000-0000000000ff" })).data).toEqual({
      adoption: null,
    });
  });

  it("keeps the adoptions of a practice withdrawn after publication public, beside its tombstone", async () => {
    await knowledge.dataSource.query(
      `UPDATE practice SET status = 'WITHDRAWN', withdrawal_reason = 'test', withdrawn_on = '2014-06-01' WHERE id = $1`,
      [RADIO_DE_QUARTIER],
    );
    try {
      // The adoption is Chalon's record of its own work: it does not vanish with the practice's withdrawal.
      expect(await adoptionIds()).toEqual([RADIO_IN_CHALON, ADOPTION_CHALON_BUREAUX]);
      const byId = `query($id: ID!) { adoption(id: $id) { id practice { id status summary } } }`;
      expect((await knowledge.request(byId, { id: RADIO_IN_CHALON })).data).toEqual({
        adoption: {
          id: RADIO_IN_CHALON,
          practice: { id: RADIO_DE_QUARTIER, status: "WITHDRAWN", summary: null },
        },
      });
      expect(await adoptionIds(undefined, await tokenFor({ role: "staff" }))).toEqual([
        RADIO_IN_CHALON,
        ADOPTION_CHALON_BUREAUX,
      ]);
      const gresilles = await tokenFor({ role: "territory", territoryId: GRESILLES });
      expect(await adoptionIds(undefined, gresilles)).toEqual([RADIO_IN_CHALON, ADOPTION_CHALON_BUREAUX]);
      const entity = await knowledge.request(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Adoption { id } } }`,
        {
          r: [
            { __typename: "Adoption", id: RADIO_IN_CHALON },
            { __typename: "Adoption", id: ADOPTION_CHALON_BUREAUX },
          ],
        },
      );
      expect(entity.data).toEqual({ _entities: [{ id: RADIO_IN_CHALON }, { id: ADOPTION_CHALON_BUREAUX }] });
      // A practice withdrawn before it was ever published takes its adoptions out of public view.
      await knowledge.dataSource.query(`UPDATE practice SET published_on = NULL WHERE id = $1`, [
        RADIO_DE_QUARTIER,
      ]);
      expect(await adoptionIds()).toEqual([ADOPTION_CHALON_BUREAUX]);
      expect((await knowledge.request(byId, { id: RADIO_IN_CHALON })).data).toEqual({ adoption: null });
    } finally {
      await knowledge.dataSource.query(
        `UPDATE practice SET status = 'PUBLISHED', withdrawal_reason = NULL, withdrawn_on = NULL,
                             published_on = $2 WHERE id = $1`,
        [RADIO_DE_QUARTIER, "2012-06-14"],
      );
    }
  });

  it("shows anonymous callers the practices used in a transfer only when published", async () => {
    await knowledge.dataSource.query(
      `INSERT INTO transfer_practice (transfer_id, practice_id) VALUES ($1, 'c2000000-0000-4000-8000-000000000004')`,
      [FORMATION_IN_SITU_CHALON],
    );
    try {
      const query = `query($id: ID!) { transfer(id: $id) { practices { id } } }`;
      const anonymous = await knowledge.request(query, { id: FORMATION_IN_SITU_CHALON });
      expect(anonymous.data).toEqual({
        transfer: { practices: [{ id: RESIDENCES_AVEC_HABITANTS }, { id: MUTUALISATION_DE_BUREAUX }] },
      });
      const asStaff = await knowledge.request(
        query,
        { id: FORMATION_IN_SITU_CHALON },
        await tokenFor({ role: "staff" }),
      );
      expect(asStaff.data).toEqual({
        transfer: {
          practices: [
            { id: RESIDENCES_AVEC_HABITANTS },
            { id: MUTUALISATION_DE_BUREAUX },
            { id: "c2000000-0000-4000-8000-000000000004" },
          ],
        },
      });
    } finally {
      await knowledge.dataSource.query(
        `DELETE FROM transfer_practice WHERE transfer_id = $1 AND practice_id = 'c2000000-0000-4000-8000-000000000004'`,
        [FORMATION_IN_SITU_CHALON],
      );
    }
  });
});
