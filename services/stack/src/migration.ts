// `npm run migration:generate -- <subgraph> <kebab-name>`: writes the TypeORM migration that brings a database
// migrated up to now in line with the subgraph's entities, into services/<subgraph>/src/migrations/. It works
// on a scratch database (embedded PostgreSQL unless DATABASE_URL is set), dropped afterwards.
// `npm run migration:run -- <subgraph>`: applies pending migrations to the subgraph's database (services
// also do it when they start).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { Client } from "pg";
import {
  databaseUrlOn,
  defaultDatabaseName,
  ensureDatabase,
  logLine,
  ownDatabaseVariable,
  quoteIdentifier,
} from "@pole/subgraph-kit";
import { openDatabaseServer, type DatabaseServer } from "./database-server";
import { REPO_ROOT, SUBGRAPHS } from "./services";

const log = (message: string) => logLine("migration", message);
const USAGE = `usage: npm run migration:generate -- <${SUBGRAPHS.map((s) => s.name).join("|")}> <kebab-name>
       npm run migration:run -- <subgraph>`;

function typeorm(
  subgraphDir: string,
  databaseUrl: string,
  variable: string,
  args: string[],
): Promise<number> {
  const cli = require.resolve("typeorm/cli.js");
  const child = spawn(
    process.execPath,
    ["-r", require.resolve("@swc-node/register"), cli, ...args, "-d", "src/cli-data-source.ts"],
    {
      cwd: join(REPO_ROOT, subgraphDir),
      env: { ...process.env, [variable]: databaseUrl },
      stdio: "inherit",
    },
  );
  return new Promise((done) => child.once("exit", (code) => done(code ?? 1)));
}

async function main(): Promise<number> {
  const [command, name, migrationName, ...rest] = process.argv.slice(2);
  const subgraph = SUBGRAPHS.find((s) => s.name === name);
  const generating = command === "generate";
  if (!subgraph || rest.length > 0 || (generating && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(migrationName ?? ""))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const variable = ownDatabaseVariable(subgraph.name);
  let server: DatabaseServer | undefined;
  try {
    server = await openDatabaseServer(log);
    if (!generating) {
      const url = databaseUrlOn(server.serverUrl, defaultDatabaseName(subgraph.name));
      await ensureDatabase(url, "DATABASE_URL");
      return await typeorm(subgraph.dir, url, variable, ["migration:run"]);
    }
    const scratch = `pole_migration_${subgraph.name}_${randomBytes(4).toString("hex")}`;
    const admin = new Client({ connectionString: server.serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${quoteIdentifier(scratch)}`);
    try {
      const url = databaseUrlOn(server.serverUrl, scratch);
      const ran = await typeorm(subgraph.dir, url, variable, ["migration:run"]);
      if (ran !== 0) return ran;
      const code = await typeorm(subgraph.dir, url, variable, [
        "migration:generate",
        `src/migrations/${migrationName}`,
        "--pretty",
      ]);
      if (code === 0)
        log(`now list the new class in services/${subgraph.name}/src/migrations/index.ts and read the SQL`);
      return code;
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(scratch)} WITH (FORCE)`);
      await admin.end();
    }
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await server?.stop();
  }
}

void main().then((code) => process.exit(code));
