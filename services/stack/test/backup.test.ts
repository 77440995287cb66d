// `npm run backup` and `npm run restore` as an operator runs them (real processes, real PostgreSQL), on a
// knowledge database holding the sample data: its triggers restamp `updated_at`, so a restore that let them
// fire would not give the same rows back.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { Client } from "pg";
import { loadSampleData, createKnowledgeDataSource } from "@pole/knowledge";
import { quoteIdentifier } from "@pole/subgraph-kit";
import { createTestDatabase, dropTestDatabase } from "@pole/subgraph-kit/testing";
import { MIGRATIONS_TABLE, serverVersionNum } from "../src/backup/database-catalog";
import { usablePgDump } from "../src/backup/pg-dump";
import { REPO_ROOT } from "../src/services";
import { freePort } from "../src/testing/free-port";

function run(script: "backup" | "restore", args: string[], env: Record<string, string>) {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  return spawnSync(
    process.execPath,
    ["-r", require.resolve("@swc-node/register"), join("services", "stack", "src", `${script}.ts`), ...args],
    { cwd: REPO_ROOT, encoding: "utf8", env: { ...base, ...env } },
  );
}

/** Row count and md5 of the whole content of every table, by name. */
async function tableContents(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    const contents: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; sum: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum FROM ${quoteIdentifier(name)} t`,
      );
      contents[name] = `${rows[0]!.n} ${rows[0]!.sum}`;
    }
    return contents;
  } finally {
    await client.end();
  }
}

async function execute(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

describe("npm run backup / npm run restore", () => {
  let url: string;
  let out: string;
  let env: Record<string, string>;
  let original: Record<string, string>;
  let archive: string;

  beforeAll(async () => {
    url = await createTestDatabase("backup");
    const dataSource = createKnowledgeDataSource(url);
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: "each" });
    await loadSampleData(dataSource);
    await dataSource.destroy();
    out = mkdtempSync(join(tmpdir(), "pole-backup-test-"));
    // Ports of this test: restore refuses while a subgraph's port is taken (other runs may use the defaults).
    env = {
      KNOWLEDGE_DATABASE_URL: url,
      POLE_DATA_DIR: join(out, "data"),
      KNOWLEDGE_PORT: String(await freePort()),
      ECONOMIC_PORT: String(await freePort()),
      NEIGHBOURHOOD_PORT: String(await freePort()),
    };
    original = await tableContents(url);

    const backup = run("backup", ["--out", out, "knowledge"], env);
    // Every table of the database is in the archive but the migrations' own, which restore rebuilds.
    const tables = Object.keys(original).filter((name) => name !== MIGRATIONS_TABLE).length;
    expect(backup.stderr).toMatch(new RegExp(`knowledge: ${tables} tables, \\d+ rows, \\d+ bytes`));
    expect(backup.status).toBe(0);
    const folder = backup.stdout.trim();
    archive = join(folder, "knowledge.polebackup");
    expect(readdirSync(folder)).toEqual(["knowledge.polebackup"]);
  });

  afterAll(async () => {
    await dropTestDatabase(url);
    rmSync(out, { recursive: true, force: true });
  });

  it("gives back every table's exact content after rows were changed and deleted", async () => {
    expect(Number(original.practice!.split(" ")[0])).toBeGreaterThan(0);
    // A rename fires the triggers that copy names into practices and restamp updated_at.
    await execute(url, "UPDATE territory SET name = name || ' (renamed)'");
    await execute(url, "DELETE FROM practice_member");
    expect(await tableContents(url)).not.toEqual(original);

    const restore = run("restore", [join(archive, ".."), "knowledge", "--force"], env);
    expect(restore.stderr).toContain(
      `knowledge: ${Object.keys(original).length - 1} tables` /* all but the migrations table */,
    );
    expect(restore.status).toBe(0);
    expect(await tableContents(url)).toEqual(original);
  });

  it("refuses to replace a database holding data without --force, and changes nothing", async () => {
    await execute(url, "DELETE FROM practice_member");
    const changed = await tableContents(url);
    const restore = run("restore", [join(archive, "..")], env);
    expect(restore.status).toBe(1);
    expect(restore.stderr).toContain("holds data");
    expect(restore.stderr).toContain("--force");
    expect(await tableContents(url)).toEqual(changed);
  });

  it("refuses while a service is connected to the database, or listens on its port", async () => {
    const service = new Client({ connectionString: url, application_name: "pole-knowledge" });
    await service.connect();
    try {
      const restore = run("restore", [join(archive, ".."), "--force"], env);
      expect(restore.status).toBe(1);
      expect(restore.stderr).toContain("in use (pole-knowledge)");
    } finally {
      await service.end();
    }
    const listener = createServer();
    await new Promise<void>((done) => listener.listen(Number(env.KNOWLEDGE_PORT), "127.0.0.1", done));
    try {
      const restore = run("restore", [join(archive, ".."), "--force"], env);
      expect(restore.status).toBe(1);
      expect(restore.stderr).toContain(
        `knowledge seems to be running (KNOWLEDGE_PORT: port ${env.KNOWLEDGE_PORT}`,
      );
    } finally {
      await new Promise((done) => listener.close(done));
    }
  });

  it("leaves the database as it was when the archive is truncated, corrupt, of another subgraph or too new", async () => {
    await execute(url, "DELETE FROM practice_member");
    const before = await tableContents(url);
    const bytes = readFileSync(archive);
    const unzipped = gunzipSync(bytes);
    const manifestAt = unzipped.lastIndexOf("manifest ");
    const manifest = JSON.parse(unzipped.subarray(unzipped.indexOf(10, manifestAt) + 1).toString()) as {
      migrations: string[];
      subgraph: string;
    };
    const withManifest = (changed: object) => {
      const payload = Buffer.from(JSON.stringify({ ...manifest, ...changed }));
      return gzipSync(
        Buffer.concat([
          unzipped.subarray(0, manifestAt),
          Buffer.from(`manifest ${payload.length}\n`),
          payload,
        ]),
      );
    };
    // A row changed inside the data, gzipped again: the gzip is sound, the table's checksum is not.
    const tampered = Buffer.from(unzipped);
    tampered[unzipped.indexOf("\t") + 1] ^= 1;
    const cases: [string, Buffer, RegExp][] = [
      ["truncated", bytes.subarray(0, Math.floor(bytes.length / 2)), /truncated archive/],
      ["tampered", gzipSync(tampered), /does not match its checksum/],
      [
        "other subgraph",
        withManifest({ subgraph: "economic" }),
        /backup of the economic subgraph, not of knowledge/,
      ],
      [
        "newer migration",
        withManifest({ migrations: [...manifest.migrations, "FromTheFuture1999999999999"] }),
        /migration FromTheFuture1999999999999 is unknown to this code/,
      ],
      ["not an archive", Buffer.from("hello"), /corrupt or truncated archive/],
    ];
    for (const [label, content, message] of cases) {
      const dir = mkdtempSync(join(out, "bad-"));
      writeFileSync(join(dir, "knowledge.polebackup"), content);
      const restore = run("restore", [dir, "--force"], env);
      expect({ label, status: restore.status, message: message.test(restore.stderr) }).toEqual({
        label,
        status: 1,
        message: true,
      });
    }
    expect(await tableContents(url)).toEqual(before);
    expect(run("restore", [join(out, "missing")], env).stderr).toContain("no such backup folder");
  });

  // pg_dump serves only servers of its major version or older: Debian's 15 with CI's second run, on the
  // machine's PostgreSQL 15; with the embedded 18, BACKUP_METHOD=pg_dump must be refused, clearly.
  it("with BACKUP_METHOD=pg_dump, round-trips through pg_dump/pg_restore where they fit the server, else refuses", async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    const version = await serverVersionNum(client).finally(() => client.end());
    const pgDumpEnv = { ...env, BACKUP_METHOD: "pg_dump" };
    const backedUp = await tableContents(url);
    const backup = run("backup", ["--out", out, "knowledge"], pgDumpEnv);
    if (!usablePgDump(version)) {
      expect(backup.status).toBe(1);
      expect(backup.stderr).toContain("BACKUP_METHOD: pg_dump and pg_restore of PostgreSQL");
      return;
    }
    expect(backup.stderr).toContain("(pg_dump)");
    expect(backup.status).toBe(0);
    await execute(url, "UPDATE territory SET name = name || ' (renamed)'");
    const restore = run("restore", [backup.stdout.trim(), "--force"], pgDumpEnv);
    expect(restore.status).toBe(0);
    expect(await tableContents(url)).toEqual(backedUp);
  });

  it("writes nothing when a backup fails, even after a subgraph's file was written", async () => {
    const target = mkdtempSync(join(out, "failed-"));
    copyFileSync(archive, join(target, "unrelated")); // the folder's existing content stays
    const port = await freePort();
    const backup = run("backup", ["--out", target, "knowledge", "economic"], {
      ...env,
      ECONOMIC_DATABASE_URL: `postgres://nobody@127.0.0.1:${port}/nothing`,
    });
    expect(backup.status).toBe(1);
    expect(backup.stderr).toContain("nothing was written");
    expect(readdirSync(target)).toEqual(["unrelated"]);
  });
});
