import { startSubgraphUnderTest, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { createEconomicDataSource } from "../src/data-source";
import { loadSampleData } from "../src/sample-data/load-sample-data";
import { createServer } from "../src/server";

/** The economic subgraph on a fresh database of its own, with the sample data unless told otherwise. */
export function startEconomic(options?: { sampleData?: boolean }): Promise<SubgraphUnderTest> {
  return startSubgraphUnderTest(
    { label: "economic", createDataSource: createEconomicDataSource, createServer, loadSampleData },
    options,
  );
}

/** Ids of sample members used across the tests. */
export const COMPAGNIE_DES_GRESILLES = "a0000000-0000-4000-8000-000000000001";
export const ATELIER_BOUTARIC_IMAGES = "a0000000-0000-4000-8000-000000000002";
export const LUMIERE_COOP_LEFT_2012 = "a0000000-0000-4000-8000-000000000016";
