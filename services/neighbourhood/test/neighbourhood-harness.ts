import { startSubgraphUnderTest, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { createNeighbourhoodDataSource } from "../src/data-source";
import { loadSampleData } from "../src/sample-data/load-sample-data";
import type { SampleAction } from "../src/sample-data/sample-actions";
import { createServer } from "../src/server";

/** The neighbourhood subgraph on a fresh database of its own, with the sample data unless told otherwise. */
export function startNeighbourhood(options?: { sampleData?: boolean }): Promise<SubgraphUnderTest> {
  return startSubgraphUnderTest(
    {
      label: "neighbourhood",
      createDataSource: createNeighbourhoodDataSource,
      createServer,
      loadSampleData,
    },
    options,
  );
}

/** Ids of sample actions used across the tests. */
export const PORTRAITS_DE_L_IMMEUBLE = "b0000000-0000-4000-8000-000000000001";
/** The only open-ended sample action (no end date). */
export const VERS_UN_PARCOURS_D_INSERTION = "b0000000-0000-4000-8000-000000000017";
/** The sample action with the most lead members (four). */
export const INAUGURATION_DE_L_ESPLANADE = "b0000000-0000-4000-8000-000000000019";
export const UNKNOWN_ACTION = "b0000000-0000-4000-8000-0000000000ff";

/** Id of the sample participatory project « Réenchantez l'Esplanade Boutaric ». */
export const REENCHANTEZ_L_ESPLANADE = "b1000000-0000-4000-8000-000000000001";

/** Ids of the economic subgraph's sample members (services/economic/src/sample-data/sample-members.ts). */
export const COMPAGNIE_DES_GRESILLES = "a0000000-0000-4000-8000-000000000001";
export const UNKNOWN_MEMBER = "a0000000-0000-4000-8000-0000000000ff";
/** The economic subgraph's sample members 1 to 15; six of them lead no neighbourhood action. */
export const FIFTEEN_MEMBERS = Array.from(
  { length: 15 },
  (_, index) => `a0000000-0000-4000-8000-${String(index + 1).padStart(12, "0")}`,
);

/** Sample actions in the API's list order: newest first (start date descending), then by id. */
export function newestFirst(actions: SampleAction[]): SampleAction[] {
  return [...actions].sort((a, b) =>
    a.startsOn === b.startsOn ? a.id.localeCompare(b.id) : b.startsOn.localeCompare(a.startsOn),
  );
}
