import { randomBytes } from "node:crypto";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { Client } from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { DataSource } from "typeorm";
import { databaseNameOf, databaseUrlOn, quoteIdentifier } from "@pole/subgraph-kit";
import { ArchiveError, readFrames, TableTally, type Manifest } from "./archive-format";
import {
  applyCopySettings,
  columnList,
  holdsData,
  listTables,
  qualified,
  serverVersionNum,
  type CatalogTable,
} from "./database-catalog";
import { knownMigrations, SUBGRAPH_DATA_SOURCES } from "./subgraph-databases";
import { verifyArchive } from "./verify-archive";
import { restorePgDump } from "./pg-dump";

/** A restore that was refused or failed; the target database is left as it was. */
export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreError";
  }
}

export interface RestoreOptions {
  /** URL of the database to restore into (created when missing). */
  targetUrl: string;
  subgraph: string;
  file: string;
  /** Replace a database that holds data. */
  force: boolean;
}

export interface RestoreSummary {
  database: string;
  tables: number;
  rows: number;
  seconds: number;
  manifest: Manifest;
}

/**
 * Restores an archive into the target database, atomically: the archive is checked whole first, the data
 * goes into a new database (schema by the subgraph's migrations up to the archive's, rows by COPY with
 * triggers and foreign-key checks off, sequences set back, counts and checksums verified), and only then
 * is that database renamed over the target. On any failure the target is untouched.
 */
export async function restoreDatabase(options: RestoreOptions): Promise<RestoreSummary> {
  const started = process.hrtime.bigint();
  const manifest = await verifyArchive(options.file, options.subgraph);
  const migrations = migrationsUpTo(options.file, options.subgraph, manifest.migrations);

  const target = databaseNameOf(options.targetUrl);
  const admin = new Client({
    connectionString: databaseUrlOn(options.targetUrl, "postgres"),
    application_name: "pole-restore",
  });
  await admin.connect();
  const scratch = `${target.slice(0, 44)}_restoring_${randomBytes(4).toString("hex")}`;
  let scratchCreated = false;
  try {
    const exists =
      (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [target])).rowCount! > 0;
    await refuseIfInUse(admin, target);
    if (exists && !options.force && (await databaseHoldsData(options.targetUrl)))
      throw new RestoreError(
        `database ${target} holds data: restoring would replace it; run again with --force to replace it`,
      );

    await admin.query(`CREATE DATABASE ${quoteIdentifier(scratch)}`);
    scratchCreated = true;
    const scratchUrl = databaseUrlOn(options.targetUrl, scratch);
    if (manifest.method === "pg_dump") {
      await restorePgDump(options.file, scratchUrl);
    } else {
      await runMigrations(options.subgraph, scratchUrl, migrations);
      await loadRows(options.file, scratchUrl, manifest);
    }
    await verifyRestored(scratchUrl, manifest);

    // The swap: both renames in one transaction, so the target is the old database or the new one.
    await refuseIfInUse(admin, target);
    const replaced = `${target.slice(0, 44)}_replaced_${randomBytes(4).toString("hex")}`;
    await admin.query("BEGIN");
    if (exists)
      await admin.query(`ALTER DATABASE ${quoteIdentifier(target)} RENAME TO ${quoteIdentifier(replaced)}`);
    await admin.query(`ALTER DATABASE ${quoteIdentifier(scratch)} RENAME TO ${quoteIdentifier(target)}`);
    await admin.query("COMMIT");
    scratchCreated = false;
    if (exists) await admin.query(`DROP DATABASE ${quoteIdentifier(replaced)}`);
    return {
      database: target,
      tables: manifest.tables.length,
      rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
      manifest,
    };
  } catch (error) {
    await admin.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    if (scratchCreated)
      await admin
        .query(`DROP DATABASE IF EXISTS ${quoteIdentifier(scratch)} WITH (FORCE)`)
        .catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
}

/** The code's migrations up to the archive's last one; refuses an archive this code cannot rebuild. */
function migrationsUpTo(
  file: string,
  subgraph: string,
  applied: string[],
): ReturnType<typeof knownMigrations> {
  const known = knownMigrations(subgraph);
  applied.forEach((name, index) => {
    if (known[index]?.name === name) return;
    if (!known.some((migration) => migration.name === name))
      throw new ArchiveError(
        file,
        `the archive comes from a newer version: migration ${name} is unknown to this code; restore it with the code that made it`,
      );
    throw new ArchiveError(file, `the archive's migrations are not in this code's order (at ${name})`);
  });
  return known.slice(0, applied.length);
}

/** Refuses while other sessions use the database: the services must be stopped for a restore. */
async function refuseIfInUse(admin: Client, database: string): Promise<void> {
  const { rows } = await admin.query<{ name: string }>(
    `SELECT DISTINCT coalesce(nullif(application_name, ''), 'a client') AS name
       FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
    [database],
  );
  if (rows.length > 0)
    throw new RestoreError(
      `database ${database} is in use (${rows.map((row) => row.name).join(", ")}): stop the services using it, then restore`,
    );
}

async function databaseHoldsData(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, application_name: "pole-restore" });
  await client.connect();
  try {
    return await holdsData(client);
  } finally {
    await client.end();
  }
}

async function runMigrations(
  subgraph: string,
  url: string,
  migrations: ReturnType<typeof knownMigrations>,
): Promise<void> {
  if (migrations.length === 0) return;
  const base = SUBGRAPH_DATA_SOURCES[subgraph]!(url);
  const dataSource = new DataSource({
    ...base.options,
    migrations: migrations.map((m) => m.migration),
    logging: false,
  } as typeof base.options);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Loads the archive's rows in one transaction with `session_replication_role = replica`: no trigger fires
 * (the knowledge subgraph's would restamp `updated_at`) and foreign keys are not checked row by row, so
 * tables load in any order. Rows a migration may have inserted are truncated first.
 */
async function loadRows(file: string, url: string, manifest: Manifest): Promise<void> {
  const client = new Client({ connectionString: url, application_name: "pole-restore" });
  await client.connect();
  try {
    await applyCopySettings(client);
    const tables = await listTables(client);
    assertSameTables(file, tables, manifest);
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL session_replication_role = replica");
    } catch (error) {
      if ((error as { code?: string }).code === "42501")
        throw new RestoreError(
          "the database role may not set session_replication_role: restoring needs a superuser (or that privilege)",
        );
      throw error;
    }
    if (tables.length > 0) await client.query(`TRUNCATE ${tables.map(qualified).join(", ")}`);
    let copy: Writable | undefined;
    const finish = async () => {
      if (!copy) return;
      const done = once(copy, "finish");
      copy.end();
      await done;
      copy = undefined;
    };
    for await (const frame of readFrames(file)) {
      if (frame.kind === "table") {
        await finish();
        const table = JSON.parse(frame.payload.toString("utf8")) as CatalogTable;
        copy = client.query(copyFrom(`COPY ${qualified(table)} (${columnList(table)}) FROM STDIN`));
      } else if (frame.kind === "rows" && copy) {
        if (!copy.write(frame.payload)) await once(copy, "drain");
      }
    }
    await finish();
    for (const sequence of manifest.sequences) {
      if (sequence.lastValue === null) continue;
      await client.query("SELECT setval($1::regclass, $2::bigint, true)", [
        qualified(sequence),
        sequence.lastValue,
      ]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function assertSameTables(file: string, tables: CatalogTable[], manifest: Manifest): void {
  const key = (table: { schema: string; name: string; columns: string[] }) =>
    `${table.schema}.${table.name}(${table.columns.join(",")})`;
  const have = new Set(tables.map(key));
  const missing = manifest.tables.filter((table) => !have.has(key(table)));
  if (missing.length > 0)
    throw new ArchiveError(
      file,
      `the schema rebuilt by the migrations has no table ${missing.map((t) => `${t.schema}.${t.name}`).join(", ")} as the archive holds it`,
    );
}

/**
 * Checks the new database against the manifest: every table's row count, and, when the server is of the
 * same major version as the one backed up (so COPY writes values the same way), every table's checksum.
 */
async function verifyRestored(url: string, manifest: Manifest): Promise<void> {
  const client = new Client({ connectionString: url, application_name: "pole-restore" });
  await client.connect();
  try {
    await applyCopySettings(client);
    const sameMajor =
      Math.floor((await serverVersionNum(client)) / 10000) === Math.floor(manifest.serverVersionNum / 10000);
    for (const table of manifest.tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(table)}`);
      const count = Number(rows[0]!.n);
      if (count !== table.rows)
        throw new RestoreError(
          `restored ${table.schema}.${table.name} holds ${count} rows, the archive ${table.rows}: nothing was replaced`,
        );
      if (!sameMajor || manifest.method !== "copy") continue;
      const tally = new TableTally();
      const stream = client.query(copyTo(`COPY ${qualified(table)} (${columnList(table)}) TO STDOUT`));
      for await (const chunk of stream as AsyncIterable<Buffer>) tally.add(chunk);
      if (tally.digest() !== table.sha256)
        throw new RestoreError(
          `restored ${table.schema}.${table.name} does not match the archive's checksum: nothing was replaced`,
        );
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
