import { planWithoutSeqScan, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { NeighbourhoodAction } from "../src/neighbourhood-action/neighbourhood-action.entity";
import { applyActionFilter } from "../src/neighbourhood-action/neighbourhood-action.query";
import { ESPLANADE_BOUTARIC, sampleActions, sampleProject } from "../src/sample-data/sample-actions";
import { newestFirst, startNeighbourhood } from "./neighbourhood-harness";

let neighbourhood: SubgraphUnderTest;
beforeAll(async () => {
  neighbourhood = await startNeighbourhood();
});
afterAll(() => neighbourhood.stop());

const ACTIONS = `query($filter: NeighbourhoodActionFilter) {
  neighbourhoodActions(first: 100, filter: $filter) { totalCount edges { node { id title } } }
}`;

interface ActionsPage {
  neighbourhoodActions: { totalCount: number; edges: { node: { id: string; title: string } }[] };
}

async function titlesFor(filter: Record<string, unknown>): Promise<string[]> {
  const result = await neighbourhood.request<ActionsPage>(ACTIONS, { filter });
  expect(result.errors).toBeUndefined();
  return result.data!.neighbourhoodActions.edges.map((edge) => edge.node.title);
}

/** Case and accents folded the way a French reader ignores them (what `pole_fold` does for French). */
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

describe("text filters on neighbourhood actions", () => {
  it.each([
    "GRESILLES",
    "cine",
    "ecole",
    "Résidence",
    "fete de l'esplanade",
    "REENCHANTEZ",
    "jardin partage",
  ])("titleContains %s matches the titles containing it, ignoring case and accents", async (text) => {
    const expected = newestFirst(sampleActions.filter((action) => fold(action.title).includes(fold(text))));
    expect(await titlesFor({ titleContains: text })).toEqual(expected.map((action) => action.title));
  });

  it("finds the issue's examples", async () => {
    expect(await titlesFor({ titleContains: "GRESILLES" })).toContain(
      "Scène ouverte des Grésilles (exemple)",
    );
    expect(await titlesFor({ titleContains: "cine" })).toEqual([
      "Cinéma en plein air sur l'Esplanade (exemple)",
    ]);
  });

  it("matches the place's whole name ignoring case and accents, and only the whole name", async () => {
    const onEsplanade = sampleActions.filter((action) => action.place === ESPLANADE_BOUTARIC).length;
    expect(await titlesFor({ place: "ÉSPLANADE boutaric" })).toHaveLength(onEsplanade);
    expect(await titlesFor({ place: "esplanade" })).toEqual([]);
  });

  it("matches a participatory project's place ignoring case and accents", async () => {
    const result = await neighbourhood.request<{
      participatoryProjects: { edges: { node: { title: string } }[] };
    }>(
      `query($place: String) { participatoryProjects(filter: { place: $place }) { edges { node { title } } } }`,
      { place: fold(sampleProject.place).toUpperCase() },
    );
    expect(result.data?.participatoryProjects.edges.map((edge) => edge.node.title)).toEqual([
      sampleProject.title,
    ]);
  });

  it("matches wildcards literally", async () => {
    expect(await titlesFor({ titleContains: "%" })).toEqual([]);
    expect(await titlesFor({ titleContains: "_" })).toEqual([]);
  });

  it("serves titleContains and place from the indexes on the folded text", async () => {
    const query = (filter: Record<string, string>) =>
      applyActionFilter(
        neighbourhood.dataSource.getRepository(NeighbourhoodAction).createQueryBuilder("action"),
        "action",
        filter,
      );
    expect(await planWithoutSeqScan(neighbourhood.dataSource, query({ titleContains: "gresilles" }))).toMatch(
      /IDX_neighbourhood_action_title_folded/,
    );
    expect(
      await planWithoutSeqScan(neighbourhood.dataSource, query({ place: "esplanade boutaric" })),
    ).toMatch(/IDX_neighbourhood_action_place_folded/);
  });
});
