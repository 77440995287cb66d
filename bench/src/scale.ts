// `npm run bench -- --scale N`: the bench on N× the sample data (`npm run seed -- --scale N` into the bench's
// cluster before the subgraphs start), and, for one operation, its p95 through our gateway beside the
// summed time of the SQL statements it makes the subgraphs run, each run directly against PostgreSQL.
// The statements are captured from PostgreSQL's own log (log_min_duration_statement = 0 during one
// request), so the comparison follows whatever SQL the subgraphs really send.
import { spawn } from "node:child_process";
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { databaseUrlOn, parseSeedScale } from "@pole/subgraph-kit";

const REPO_ROOT = join(__dirname, "..", "..");

/** Parses `--scale` (undefined when not given: the bench then uses the plain sample data). */
export const benchScale = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : parseSeedScale(text);

/** Runs `npm run seed -- --scale N` against the server at `serverUrl`; resolves with the seconds it took. */
export function seedScaled(
  serverUrl: string,
  scale: number,
  progress: (line: string) => void,
): Promise<number> {
  const started = Date.now();
  progress(`seeding ${scale}× the sample data`);
  const child = spawn(
    process.execPath,
    ["-r", require.resolve("@swc-node/register"), "services/stack/src/seed.ts", "--scale", String(scale)],
    { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: serverUrl }, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => {
      const seconds = (Date.now() - started) / 1000;
      if (code === 0) {
        progress(`seeded ${scale}× in ${seconds.toFixed(1)} s`);
        resolve(seconds);
      } else reject(new Error(`seed --scale ${scale} failed (exit ${code}):\n${stderr}`));
    });
  });
}

/** One SQL statement as PostgreSQL logged it: database, text and parameters. */
export interface CapturedStatement {
  database: string;
  sql: string;
  parameters: (string | null)[];
}

const ENTRY_START = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[\d+\] db=/;
const LOG_PREFIX = "%m [%p] db=%d ";

/**
 * The SELECT statements of a PostgreSQL log excerpt written with LOG_PREFIX and
 * log_min_duration_statement = 0: each `execute` (extended protocol) or `statement` entry, with the
 * parameters of the DETAIL line that follows it.
 */
export function parseStatementLog(text: string): CapturedStatement[] {
  const entries: string[] = [];
  for (const line of text.split("\n")) {
    if (ENTRY_START.test(line)) entries.push(line);
    else if (entries.length > 0) entries[entries.length - 1] += `\n${line}`;
  }
  const statements: CapturedStatement[] = [];
  // Per backend, the statement its previous entry logged: a DETAIL entry right after it holds its
  // parameters (backends running at once interleave their entries).
  const previousOf = new Map<string, CapturedStatement | undefined>();
  for (const entry of entries) {
    const pid = entry.match(/ \[(\d+)\] /)![1];
    const previous = previousOf.get(pid);
    const detail = entry.match(/DETAIL: {2}Parameters: ([\s\S]*)$/);
    if (detail && previous) {
      for (const match of detail[1].matchAll(/\$(\d+) = (NULL|'((?:[^']|'')*)')/g)) {
        previous.parameters[Number(match[1]) - 1] = match[2] === "NULL" ? null : match[3].replace(/''/g, "'");
      }
    }
    previousOf.set(pid, undefined);
    const logged = entry.match(
      /db=(\S*) LOG: {2}duration: [\d.]+ ms {2}(?:execute [^:]*|statement): ([\s\S]*)$/,
    );
    // The `postgres` database is only this module's own (its settings changes), never a subgraph's.
    if (logged && logged[1] !== "postgres" && /^(WITH|SELECT)\b/i.test(logged[2].trim())) {
      const statement: CapturedStatement = { database: logged[1], sql: logged[2].trim(), parameters: [] };
      previousOf.set(pid, statement);
      statements.push(statement);
    }
  }
  return statements;
}

function readFrom(file: string, offset: number): string {
  const size = statSync(file).size;
  const buffer = Buffer.alloc(Math.max(0, size - offset));
  const fd = openSync(file, "r");
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString("utf8");
}

async function onServer<T>(
  serverUrl: string,
  database: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: databaseUrlOn(serverUrl, database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Logs every statement with its parameters while `work` runs, then returns the SELECTs logged. */
async function captureStatements(
  serverUrl: string,
  logFile: string,
  work: () => Promise<void>,
): Promise<CapturedStatement[]> {
  const setLogging = (on: boolean) =>
    onServer(serverUrl, "postgres", async (client) => {
      for (const [name, value] of [
        ["log_min_duration_statement", "0"],
        ["log_line_prefix", LOG_PREFIX],
        ["lc_messages", "C"],
      ]) {
        await client.query(on ? `ALTER SYSTEM SET ${name} = '${value}'` : `ALTER SYSTEM RESET ${name}`);
      }
      await client.query("SELECT pg_reload_conf()");
    });
  await setLogging(true);
  // pg_reload_conf signals the backends; give them a moment to read the new settings.
  await new Promise((done) => setTimeout(done, 500));
  const offset = statSync(logFile).size;
  try {
    await work();
    await new Promise((done) => setTimeout(done, 300));
  } finally {
    await setLogging(false);
  }
  return parseStatementLog(readFrom(logFile, offset));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export interface SqlVersusGatewayOptions {
  /** Server URL of the cluster (database `postgres`); each statement runs on the database it was logged in. */
  serverUrl: string;
  /** The cluster's log file (the embedded cluster's `postgres.log`). */
  logFile: string;
  /** Our gateway's origin. */
  origin: string;
  query: string;
  /** A token per request. */
  nextToken: () => string;
  /** Requests made one at a time for the p95 (after as many unmeasured ones, a fifth of them). */
  requests: number;
  /** Direct runs of each statement (median taken). */
  runs: number;
}

export interface SqlVersusGateway {
  p50Ms: number;
  p95Ms: number;
  statements: { database: string; sql: string; medianMs: number }[];
  sqlSumMs: number;
}

async function post(origin: string, query: string, token: string): Promise<void> {
  const response = await fetch(`${origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (!response.ok || body.errors)
    throw new Error(`${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
}

/**
 * The operation's latency through our gateway (requests one at a time, so it is the operation's own time,
 * not queueing behind the bench's load) beside the sum, over the statements one request runs, of each
 * statement's median time run directly with `pg` (round trip included, as the subgraphs see it).
 */
export async function sqlVersusGateway(options: SqlVersusGatewayOptions): Promise<SqlVersusGateway> {
  const { origin, query, nextToken } = options;
  const statements = await captureStatements(options.serverUrl, options.logFile, () =>
    post(origin, query, nextToken()),
  );
  if (statements.length === 0) throw new Error("no SQL statement logged for the operation");
  for (let i = 0; i < Math.ceil(options.requests / 5); i += 1) await post(origin, query, nextToken());
  const latencies: number[] = [];
  for (let i = 0; i < options.requests; i += 1) {
    const started = performance.now();
    await post(origin, query, nextToken());
    latencies.push(performance.now() - started);
  }
  const timed = [];
  for (const statement of statements) {
    const times = await onServer(options.serverUrl, statement.database, async (client) => {
      const values: number[] = [];
      for (let run = 0; run < options.runs + 1; run += 1) {
        const started = performance.now();
        await client.query(statement.sql, statement.parameters);
        if (run > 0) values.push(performance.now() - started); // the first run warms the plan and cache
      }
      return values;
    });
    timed.push({ database: statement.database, sql: statement.sql, medianMs: median(times) });
  }
  return {
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    statements: timed,
    sqlSumMs: timed.reduce((sum, s) => sum + s.medianMs, 0),
  };
}

/** The comparison as printed lines. */
export function sqlVersusGatewayReport(
  label: string,
  scale: number,
  result: SqlVersusGateway,
  requests: number,
) {
  const oneLine = (sql: string) => sql.replace(/\s+/g, " ").slice(0, 90);
  return [
    `${label} on ${scale}× the sample data: p95 ${result.p95Ms.toFixed(1)} ms (p50 ${result.p50Ms.toFixed(1)} ms) ` +
      `over ${requests} requests one at a time through our gateway; its ${result.statements.length} SQL ` +
      `statements run directly: ${result.sqlSumMs.toFixed(1)} ms summed (median of each); ` +
      `p95 / SQL = ${(result.p95Ms / result.sqlSumMs).toFixed(2)} (target ≤ 3).`,
    "",
    "| database | median ms | statement |",
    "|---|---|---|",
    ...result.statements.map((s) => `| ${s.database} | ${s.medianMs.toFixed(2)} | ${oneLine(s.sql)} |`),
    "",
  ].join("\n");
}
