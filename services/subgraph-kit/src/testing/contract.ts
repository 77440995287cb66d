import type { DataSource, Logger } from "typeorm";
import { createTestDatabase, dropTestDatabase } from "./test-database";

/**
 * What `typeorm migration:generate --check` would find: the SQL still needed to make a database migrated
 * from scratch match the entities. Empty when migrations and entities agree.
 */
export async function schemaDriftAfterMigrations(
  label: string,
  createDataSource: (url: string, logger?: Logger) => DataSource,
): Promise<string[]> {
  const url = await createTestDatabase(`${label}_migrations`);
  const dataSource = await createDataSource(url).initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });
    const log = await dataSource.driver.createSchemaBuilder().log();
    return log.upQueries.map((query) => query.query);
  } finally {
    await dataSource.destroy();
    await dropTestDatabase(url);
  }
}

/** Migrates up, reverts every migration, and returns the tables left in `public` (should be none). */
export async function tablesLeftAfterRevertingAll(
  label: string,
  createDataSource: (url: string, logger?: Logger) => DataSource,
): Promise<string[]> {
  const url = await createTestDatabase(`${label}_revert`);
  const dataSource = await createDataSource(url).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: "each" });
    for (let i = 0; i < applied.length; i += 1) await dataSource.undoLastMigration({ transaction: "each" });
    const rows: { tablename: string }[] = await dataSource.query(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'",
    );
    return rows.map((row) => row.tablename);
  } finally {
    await dataSource.destroy();
    await dropTestDatabase(url);
  }
}
