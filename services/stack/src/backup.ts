// `npm run backup -- [--out DIR] [subgraph…]`: backs up each subgraph's database (all three by default) into
// a new timestamped folder, DIR/<time>/ (DIR by default POLE_DATA_DIR/backups), one <subgraph>.polebackup
// file each. The databases are those the services use (see backup/backup-targets.ts). The folder is
// written as <time>.partial and renamed once every file is whole: a failed run leaves nothing behind.
// BACKUP_METHOD: auto (default: pg_dump when on PATH at a version ≥ the server's, else COPY), copy, pg_dump.
import "./check-node";
import "reflect-metadata";
import { mkdir, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Client } from "pg";
import { z } from "zod";
import { ConfigError, logLine, parseEnv, redactUrl } from "@pole/subgraph-kit";
import { ARCHIVE_EXTENSION } from "./backup/archive-format";
import { openBackupTargets, type BackupTargets } from "./backup/backup-targets";
import { serverVersionNum } from "./backup/database-catalog";
import { dumpDatabase, type DumpSummary } from "./backup/dump-database";
import { dumpWithPgDump, usablePgDump } from "./backup/pg-dump";
import { SUBGRAPHS } from "./services";

const log = (message: string) => logLine("backup", message);
const USAGE = `usage: npm run backup -- [--out DIR] [${SUBGRAPHS.map((s) => s.name).join("|")}…]`;

function parseArgs(args: string[]): { out?: string; subgraphs: string[] } | undefined {
  let out: string | undefined;
  const subgraphs: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === "--out") {
      out = args[++i];
      if (!out) return undefined;
    } else if (arg.startsWith("--out=")) out = arg.slice("--out=".length);
    else if (SUBGRAPHS.some((s) => s.name === arg)) subgraphs.push(arg);
    else return undefined;
  }
  return { out, subgraphs: subgraphs.length > 0 ? [...new Set(subgraphs)] : SUBGRAPHS.map((s) => s.name) };
}

/** 2026-12-03T06-35-23Z: sorts by time, valid in any file system. */
const timestamp = () =>
  new Date()
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");

const methodEnv = z.object({ BACKUP_METHOD: z.enum(["auto", "copy", "pg_dump"]).default("auto") });

async function backUp(subgraph: string, url: string, file: string, method: string): Promise<DumpSummary> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new ConfigError([
      `cannot reach the ${subgraph} database at ${redactUrl(url)} (${error instanceof Error ? error.message : String(error)})`,
    ]);
  }
  const version = await serverVersionNum(client).finally(() => client.end());
  const pgDump = method === "copy" ? undefined : usablePgDump(version);
  if (method === "pg_dump" && !pgDump)
    throw new ConfigError([
      `BACKUP_METHOD: pg_dump and pg_restore of PostgreSQL ${Math.floor(version / 10000)} or later are not on PATH`,
    ]);
  return pgDump ? dumpWithPgDump(url, subgraph, file, pgDump) : dumpDatabase(url, subgraph, file);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let targets: BackupTargets | undefined;
  let partial: string | undefined;
  try {
    const { BACKUP_METHOD } = parseEnv(methodEnv);
    targets = await openBackupTargets(args.subgraphs, log, true);
    const folder = join(resolve(args.out ?? targets.backupsDir), timestamp());
    partial = `${folder}.partial`;
    await mkdir(partial, { recursive: true, mode: 0o700 });
    for (const subgraph of args.subgraphs) {
      const file = join(partial, `${subgraph}${ARCHIVE_EXTENSION}`);
      const summary = await backUp(subgraph, targets.urls[subgraph]!, file, BACKUP_METHOD);
      log(
        `${subgraph}: ${summary.tables} tables, ${summary.rows} rows, ${summary.bytes} bytes, ${summary.seconds.toFixed(2)} s (${summary.manifest.method})`,
      );
    }
    await rename(partial, folder);
    partial = undefined;
    log(`backup written to ${folder}`);
    process.stdout.write(`${folder}\n`);
    return 0;
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    log("backup failed: nothing was written");
    return 1;
  } finally {
    if (partial) await rm(partial, { recursive: true, force: true });
    await targets?.release();
  }
}

void main().then((code) => process.exit(code));
