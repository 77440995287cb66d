import type { EntityManager } from "typeorm";
import type { SubgraphContext } from "./subgraph-server";

/**
 * A subgraph that loaded the Pôle's illustrative sample data says so in its own database: one row in this
 * table, written in the same transaction as the sample rows. Reports built on such a database carry a
 * visible marker, so an illustrative figure is never mistaken for a real one.
 */
export const SAMPLE_DATA_TABLE = "sample_data_load";

/** The table's DDL, for each subgraph's migration. */
export const CREATE_SAMPLE_DATA_TABLE_SQL = `CREATE TABLE "${SAMPLE_DATA_TABLE}" (
  "loaded_at" timestamptz NOT NULL DEFAULT now(),
  "description" text NOT NULL
)`;

export const DROP_SAMPLE_DATA_TABLE_SQL = `DROP TABLE "${SAMPLE_DATA_TABLE}"`;

/** Records, inside the sample data's own transaction, that this database now holds sample data. */
export async function recordSampleDataLoad(manager: EntityManager, description: string): Promise<void> {
  await manager.query(`INSERT INTO "${SAMPLE_DATA_TABLE}" (description) VALUES ($1)`, [description]);
}

/** Whether this subgraph's database holds sample data: one statement per request, whatever asks. */
export function holdsSampleData({ loaders, dataSource }: SubgraphContext): Promise<boolean> {
  return loaders
    .get<"sample", boolean>("holdsSampleData", async (keys) => {
      const rows = await dataSource.query<unknown[]>(`SELECT 1 FROM "${SAMPLE_DATA_TABLE}" LIMIT 1`);
      return keys.map(() => rows.length > 0);
    })
    .load("sample");
}
