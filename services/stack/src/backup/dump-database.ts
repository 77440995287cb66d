import { rename, rm, stat } from "node:fs/promises";
import { Client } from "pg";
import { to as copyTo } from "pg-copy-streams";
import {
  ARCHIVE_FORMAT_VERSION,
  ArchiveWriter,
  TableTally,
  type Manifest,
  type TableEntry,
} from "./archive-format";
import {
  appliedMigrations,
  applyCopySettings,
  columnList,
  listSequences,
  listTables,
  qualified,
  serverVersionNum,
} from "./database-catalog";
import { databaseNameOf } from "@pole/subgraph-kit";

/** What a backup of one database wrote. */
export interface DumpSummary {
  file: string;
  tables: number;
  rows: number;
  /** Size of the archive file. */
  bytes: number;
  seconds: number;
  manifest: Manifest;
}

/**
 * Ends an archive: its manifest last, then `<file>.partial` renamed to `file`, so `file` is whole or
 * absent; says what was written (`started`: process.hrtime.bigint() when the backup began).
 */
export async function finishArchive(
  writer: ArchiveWriter,
  partial: string,
  file: string,
  manifest: Manifest,
  started: bigint,
): Promise<DumpSummary> {
  await writer.frame("manifest", JSON.stringify(manifest));
  await writer.close();
  await rename(partial, file);
  return {
    file,
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
    bytes: (await stat(file)).size,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    manifest,
  };
}

/** Rows frames are cut at about this size, so a large table never sits whole in memory. */
const FRAME_BYTES = 1 << 20;

/**
 * Backs up the database at `url` into the archive `file` (see archive-format.ts), by COPY of every table
 * inside one read-only REPEATABLE READ transaction: one consistent snapshot while the services keep
 * running. Written to `<file>.partial` and renamed at the end, so `file` is whole or absent.
 */
export async function dumpDatabase(url: string, subgraph: string, file: string): Promise<DumpSummary> {
  const started = process.hrtime.bigint();
  const partial = `${file}.partial`;
  const client = new Client({ connectionString: url, application_name: "pole-backup" });
  await client.connect();
  let writer: ArchiveWriter | undefined;
  try {
    await applyCopySettings(client);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = await appliedMigrations(client);
    const tables = await listTables(client);
    const sequences = await listSequences(client);
    const versionNum = await serverVersionNum(client);

    writer = new ArchiveWriter(partial);
    const entries: TableEntry[] = [];
    for (const table of tables) {
      await writer.frame("table", JSON.stringify(table));
      const tally = new TableTally();
      const stream = client.query(copyTo(`COPY ${qualified(table)} (${columnList(table)}) TO STDOUT`));
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const flush = async () => {
        if (pendingBytes === 0) return;
        const chunk = Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
        tally.add(chunk);
        await writer!.frame("rows", chunk);
      };
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= FRAME_BYTES) await flush();
      }
      await flush();
      entries.push({ ...table, rows: tally.rows, sha256: tally.digest() });
    }
    await client.query("COMMIT");

    const manifest: Manifest = {
      format: "pole-backup",
      formatVersion: ARCHIVE_FORMAT_VERSION,
      method: "copy",
      subgraph,
      database: databaseNameOf(url),
      createdAt: new Date().toISOString(),
      serverVersionNum: versionNum,
      migrations,
      tables: entries,
      sequences,
    };
    return await finishArchive(writer, partial, file, manifest, started);
  } catch (error) {
    writer?.abort();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
