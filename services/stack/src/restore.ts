// `npm run restore -- DIR [subgraph…] [--force]`: restores the backups in DIR (a folder `npm run backup`
// wrote) into the databases the services use, every subgraph with a file there by default. Each one is
// checked whole, rebuilt in a new database and renamed over the old one only once its row counts (and
// checksums) match: a failure leaves the database as it was. Refuses a database that holds data unless
// --force, and a database in use (stop the services first).
import "./check-node";
import "reflect-metadata";
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { isPortInUse, logLine, parseEnv, portVar } from "@pole/subgraph-kit";
import { ARCHIVE_EXTENSION } from "./backup/archive-format";
import { openBackupTargets, type BackupTargets } from "./backup/backup-targets";
import { restoreDatabase, RestoreError } from "./backup/restore-database";
import { verifyArchive } from "./backup/verify-archive";
import { SUBGRAPHS } from "./services";

const log = (message: string) => logLine("restore", message);
const USAGE = `usage: npm run restore -- DIR [${SUBGRAPHS.map((s) => s.name).join("|")}…] [--force]`;

function parseArgs(args: string[]): { dir: string; subgraphs: string[]; force: boolean } | undefined {
  const force = args.includes("--force");
  const rest = args.filter((arg) => arg !== "--force");
  const [dir, ...names] = rest;
  if (!dir || dir.startsWith("--")) return undefined;
  if (names.some((name) => !SUBGRAPHS.some((s) => s.name === name))) return undefined;
  return { dir: resolve(dir), subgraphs: [...new Set(names)], force };
}

/**
 * A subgraph answering on its port (<NAME>_PORT on HOST, as `npm start` runs it) may hold no connection
 * to its database at this instant (its pool closes idle ones), so the check of the database's sessions
 * alone could miss it: refuse while the port is taken.
 */
async function refuseWhileServicesListen(subgraphs: string[]): Promise<void> {
  const env = parseEnv(
    z.object({
      HOST: z.string().min(1).default("127.0.0.1"),
      ...Object.fromEntries(SUBGRAPHS.map((s) => [s.portVariable, portVar(s.defaultPort)])),
    }),
  ) as Record<string, number> & { HOST: string };
  for (const service of SUBGRAPHS.filter((s) => subgraphs.includes(s.name))) {
    const port = env[service.portVariable]!;
    if (await isPortInUse(port, env.HOST))
      throw new RestoreError(
        `${service.name} seems to be running (${service.portVariable}: port ${port} on ${env.HOST} is in use): stop the services, then restore`,
      );
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!existsSync(args.dir) || !statSync(args.dir).isDirectory()) {
    log(`${args.dir}: no such backup folder`);
    return 1;
  }
  const fileOf = (name: string) => join(args.dir, `${name}${ARCHIVE_EXTENSION}`);
  const subgraphs =
    args.subgraphs.length > 0
      ? args.subgraphs
      : SUBGRAPHS.map((s) => s.name).filter((name) => existsSync(fileOf(name)));
  const missing = subgraphs.filter((name) => !existsSync(fileOf(name)));
  if (subgraphs.length === 0 || missing.length > 0) {
    log(
      `${args.dir}: no backup file for ${missing.length > 0 ? missing.join(", ") : "any subgraph"} (expected <subgraph>${ARCHIVE_EXTENSION})`,
    );
    return 1;
  }
  let targets: BackupTargets | undefined;
  const restored: string[] = [];
  try {
    // Every archive checked before any database is touched (each is checked again as it is restored).
    for (const subgraph of subgraphs) await verifyArchive(fileOf(subgraph), subgraph);
    await refuseWhileServicesListen(subgraphs);
    targets = await openBackupTargets(subgraphs, log, false);
    for (const subgraph of subgraphs) {
      const summary = await restoreDatabase({
        targetUrl: targets.urls[subgraph]!,
        subgraph,
        file: fileOf(subgraph),
        force: args.force,
      });
      restored.push(subgraph);
      log(
        `${subgraph}: ${summary.tables} tables, ${summary.rows} rows restored into ${summary.database} (migration ${summary.manifest.migrations.at(-1) ?? "none"}), ${summary.seconds.toFixed(2)} s`,
      );
    }
    log("restore done");
    return 0;
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    const left = subgraphs.filter((name) => !restored.includes(name));
    log(
      `restore failed: ${left.join(", ")} left as ${left.length === 1 ? "it was" : "they were"}${restored.length > 0 ? `; ${restored.join(", ")} restored` : ""}`,
    );
    return 1;
  } finally {
    await targets?.release();
  }
}

void main().then((code) => process.exit(code));
