import type { DataSource } from "typeorm";
import { createEconomicDataSource } from "@pole/economic";
import { createKnowledgeDataSource } from "@pole/knowledge";
import { createNeighbourhoodDataSource } from "@pole/neighbourhood";

/** Each subgraph's DataSource factory: a restore rebuilds the schema with the subgraph's own migrations. */
export const SUBGRAPH_DATA_SOURCES: Record<string, (url: string) => DataSource> = {
  economic: createEconomicDataSource,
  neighbourhood: createNeighbourhoodDataSource,
  knowledge: createKnowledgeDataSource,
};

type MigrationClass = new () => { name?: string };

/** A subgraph's migrations as this code knows them, oldest first, with the names TypeORM records. */
export function knownMigrations(subgraph: string): { name: string; migration: MigrationClass }[] {
  const dataSource = SUBGRAPH_DATA_SOURCES[subgraph]!("postgres://unused@127.0.0.1/unused");
  const classes = dataSource.options.migrations as MigrationClass[];
  return classes.map((migration) => ({ name: new migration().name ?? migration.name, migration }));
}
