import {
  startSubgraphUnderTest,
  type SubgraphUnderTest,
  type SubgraphUnderTestOptions,
} from "@pole/subgraph-kit/testing";
import { createEconomicDataSource } from "../src/data-source";
import { loadSampleData } from "../src/sample-data/load-sample-data";
import { createServer } from "../src/server";

/** The economic subgraph on a fresh database of its own, with the sample data unless told otherwise. */
export function startEconomic(options?: SubgraphUnderTestOptions): Promise<SubgraphUnderTest> {
  return startSubgraphUnderTest(
    { label: "economic", createDataSource: createEconomicDataSource, createServer, loadSampleData },
    options,
  );
}

/** Ids of sample members used across the tests. */
export const COMPAGNIE_DES_GRESILLES = "a0000000-0000-4000-8000-000000000001";
export const ATELIER_BOUTARIC_IMAGES = "a0000000-0000-4000-8000-000000000002";
export const LUMIERE_COOP_LEFT_2012 = "a0000000-0000-4000-8000-000000000016";

export const STUDIO_ESPLANADE = "a0000000-0000-4000-8000-000000000003";
export const FABRIQUE_WEB = "a0000000-0000-4000-8000-000000000004";
export const COOPERATIVE_CULTURE = "a0000000-0000-4000-8000-000000000011";
export const FESTIVAL_DES_QUARTIERS = "a0000000-0000-4000-8000-000000000012";

/** The `extensions.code` of a result's first error, or "OK" when there is none. */
export function codeOf(result: { errors?: { extensions?: { code?: string } }[] }): string {
  return result.errors?.[0]?.extensions?.code ?? "OK";
}

/** Row counts of tables, to check that a refused mutation wrote nothing. */
export async function rowCounts(
  economic: SubgraphUnderTest,
  tables: string[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [{ count }] = await economic.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
    counts[table] = count;
  }
  return counts;
}
