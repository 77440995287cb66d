// The real pg_dump/pg_restore, used when they are on PATH at a major version at least the server's (pg_dump
// refuses a newer server): e.g. Debian's PostgreSQL 15 client with DATABASE_URL on a PostgreSQL 15 server.
// The embedded PostgreSQL 18 ships neither, so archives of it are made by COPY (dump-database.ts).
import { execFileSync, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { Client } from "pg";
import { databaseNameOf } from "@pole/subgraph-kit";
import { ARCHIVE_FORMAT_VERSION, ArchiveWriter, readFrames, type Manifest } from "./archive-format";
import {
  appliedMigrations,
  listSequences,
  listTables,
  qualified,
  serverVersionNum,
} from "./database-catalog";
import { finishArchive, type DumpSummary } from "./dump-database";

/** The version of a PostgreSQL client program on PATH ("15.20"), or undefined when it is not there. */
function clientVersion(program: string): string | undefined {
  try {
    const out = execFileSync(program, ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return /\(PostgreSQL\) (\d+(?:\.\d+)?)/.exec(out)?.[1];
  } catch {
    return undefined;
  }
}

/** pg_dump's version when pg_dump and pg_restore on PATH can serve a server of `serverVersionNum`. */
export function usablePgDump(serverVersionNum: number): string | undefined {
  const dump = clientVersion("pg_dump");
  const restore = clientVersion("pg_restore");
  if (!dump || !restore) return undefined;
  const major = (version: string) => Number(version.split(".")[0]);
  const serverMajor = Math.floor(serverVersionNum / 10000);
  return major(dump) >= serverMajor && major(restore) >= serverMajor ? dump : undefined;
}

/** libpq variables for a URL, so no password shows on a command line. */
function libpqEnv(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url);
  return {
    ...process.env,
    PGHOST: parsed.hostname,
    PGPORT: parsed.port || "5432",
    PGUSER: decodeURIComponent(parsed.username),
    PGPASSWORD: decodeURIComponent(parsed.password),
    PGDATABASE: databaseNameOf(url),
    PGAPPNAME: "pole-backup",
  };
}

/** pg_dump's or pg_restore's error lines, without the SQL they quote ("Command was: …"). */
const errorLines = (stderr: string) =>
  stderr
    .split("\n")
    .filter((line) => line.trim() && !/^\s*(Command was|LINE \d+|DETAIL|\^)/.test(line))
    .slice(-2)
    .join(" ");

function waitForExit(child: ReturnType<typeof spawn>, program: string, stderr: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${program} failed (exit code ${code}): ${errorLines(stderr())}`)),
    );
  });
}

/**
 * Backs up with `pg_dump --format=custom`, on the snapshot of our own transaction (pg_export_snapshot) so
 * the row counts in the manifest are those of the dump. The pg_dump file goes into the archive's pgdump
 * frames; written to `<file>.partial`, renamed at the end.
 */
export async function dumpWithPgDump(
  url: string,
  subgraph: string,
  file: string,
  version: string,
): Promise<DumpSummary> {
  const started = process.hrtime.bigint();
  const partial = `${file}.partial`;
  const client = new Client({ connectionString: url, application_name: "pole-backup" });
  await client.connect();
  let writer: ArchiveWriter | undefined;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshot = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]!.id;
    const migrations = await appliedMigrations(client);
    const tables = [];
    for (const table of await listTables(client)) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(table)}`);
      tables.push({ ...table, rows: Number(rows[0]!.n), sha256: "" });
    }
    const sequences = await listSequences(client);
    const versionNum = await serverVersionNum(client);

    writer = new ArchiveWriter(partial);
    const hash = createHash("sha256");
    let bytes = 0;
    let stderr = "";
    const child = spawn("pg_dump", ["--format=custom", `--snapshot=${snapshot}`], {
      env: libpqEnv(url),
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = waitForExit(child, "pg_dump", () => stderr);
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.length;
      await writer.frame("pgdump", chunk);
    }
    await exited;
    await client.query("COMMIT");

    const manifest: Manifest = {
      format: "pole-backup",
      formatVersion: ARCHIVE_FORMAT_VERSION,
      method: "pg_dump",
      subgraph,
      database: databaseNameOf(url),
      createdAt: new Date().toISOString(),
      serverVersionNum: versionNum,
      migrations,
      tables,
      sequences,
      pgDump: { sha256: hash.digest("hex"), bytes, version },
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

/** Restores an archive's pg_dump file into the (new, empty) database at `url`, in one transaction. */
export async function restorePgDump(file: string, url: string): Promise<void> {
  if (!clientVersion("pg_restore"))
    throw new Error("this archive was made by pg_dump: restoring it needs pg_restore on PATH");
  const dir = await mkdtemp(join(tmpdir(), "pole-restore-"));
  const dumpFile = join(dir, "data.pgdump");
  try {
    const out = createWriteStream(dumpFile, { mode: 0o600 });
    for await (const frame of readFrames(file)) {
      if (frame.kind === "pgdump" && !out.write(frame.payload)) await once(out, "drain");
    }
    out.end();
    await once(out, "close");
    let stderr = "";
    const child = spawn(
      "pg_restore",
      ["--no-owner", "--exit-on-error", "--single-transaction", `--dbname=${databaseNameOf(url)}`, dumpFile],
      { env: { ...libpqEnv(url), PGAPPNAME: "pole-restore" }, stdio: ["ignore", "ignore", "pipe"] },
    );
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    await waitForExit(child, "pg_restore", () => stderr);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
