// `npm run bench [-- --quick]`: our gateway against a stock @apollo/gateway and Hive Gateway on the same
// subgraphs and supergraph. Starts, on free ports of 127.0.0.1 only, an embedded PostgreSQL cluster in a
// temporary folder, the three subgraphs with the sample data, our gateway (gateway/src/main.ts, every
// protection on), bench/src/stock-gateway.ts and bench/src/hive-gateway.ts; runs each scenario with
// autocannon, gateways interleaved (A B C A B C…) over rounds, and prints on stdout the medians
// (requests/s, p50/p99, CPU ms per request of each process from /proc/<pid>/stat) and the ratios of ours
// to each peer. Progress lines go to stderr. Everything it started is stopped by PID at the end, on Ctrl-C
// and on error. Options: --quick, --duration S, --rounds N, --warmup S, --connections N;
// --baseline REF also runs that git ref's subgraphs and gateway (on databases of their own in the same
// cluster), interleaved with today's; --use-running URL measures the gateway already serving at URL and the
// subgraphs and PostgreSQL on their ports (ECONOMIC_PORT…, EMBEDDED_PG_PORT or DATABASE_URL's port, the
// `npm start` defaults otherwise) instead of starting a stack; --scale N runs on N× the sample data, and
// prints the annual reports' p95 beside their SQL run directly (scale.ts).
import autocannon from "autocannon";
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { authConfigFromEnv, authEnvShape, databaseUrlOn, parseEnv, signToken } from "@pole/subgraph-kit";
import { z } from "zod";
import { startEmbeddedCluster, stopProcess, type EmbeddedCluster } from "@pole/stack";
import { freePort } from "@pole/stack/testing";
import { prepareBaseline, resolveCommit } from "./baseline";
import { pidListeningOn } from "./listening";
import {
  childrenOf,
  cpuMsPerRequest,
  cpuTicksBetween,
  parseProcStat,
  ratioTable,
  resultsTable,
  summarise,
  type CpuSample,
  type ProcStat,
  type RunResult,
} from "./stats";
import { measureWorstOperationRss, memoryLine, watchRss, worstAcceptedOperation } from "./memory";
import { benchScale, seedScaled, sqlVersusGateway, sqlVersusGatewayReport } from "./scale";

const REPO_ROOT = join(__dirname, "..", "..");
const SUBGRAPH_NAMES = ["economic", "neighbourhood", "knowledge"] as const;
const PEERS = ["stock", "hive"] as const;
const PROCESSES = ["gateway", ...SUBGRAPH_NAMES, "postgres", "autocannon"];
const TOKEN_COUNT = 5000;

const progress = (message: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

const { values: options } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    duration: { type: "string" },
    rounds: { type: "string" },
    warmup: { type: "string" },
    connections: { type: "string", default: "10" },
    baseline: { type: "string" },
    "use-running": { type: "string" },
    scale: { type: "string" },
  },
});
const quick = options.quick!;
const durationSeconds = Number(options.duration ?? (quick ? 2 : 10));
const rounds = Number(options.rounds ?? (quick ? 1 : 3));
const warmupSeconds = Number(options.warmup ?? (quick ? 0 : 3));
const connections = Number(options.connections);
const scale = (() => {
  try {
    return benchScale(options.scale);
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
})();
for (const [name, value] of Object.entries({ durationSeconds, rounds, warmupSeconds, connections })) {
  if (!Number.isFinite(value) || value < 0 || (name !== "warmupSeconds" && value === 0)) {
    process.stderr.write(`bench: bad value for ${name}\n`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------- scenarios

interface Scenario {
  name: string;
  query: string;
  /** A distinct council token per request; anonymous otherwise. */
  tokens: boolean;
}

const readmeMemberPage = readFileSync(join(REPO_ROOT, "README.md"), "utf8").match(
  /query MemberPage \{[\s\S]*?\n\}\n/,
)?.[0];
if (!readmeMemberPage) throw new Error("README.md: the MemberPage example query is not found");
const homePage = readFileSync(join(REPO_ROOT, "web/src/pages/public/home.graphql"), "utf8");

const SCENARIOS: Scenario[] = [
  { name: "member page", query: readmeMemberPage, tokens: true },
  {
    name: "members directory",
    query: `query MembersDirectory {
  members(first: 20, sort: { field: NAME, direction: ASC }) {
    edges { node { id name neighbourhoodActions(first: 1) { totalCount } practices(first: 1) { totalCount } } }
  }
}`,
    tokens: true,
  },
  {
    name: "annualReports 2004-2013",
    query: `query AnnualReports {
  annualReports(from: 2004, to: 2013) {
    year
    economy { memberCount fte changeFromPreviousYear { memberCount fte } }
    neighbourhood { actionCount inhabitantsReached }
    knowledge { practiceCount transferCount }
  }
}`,
    tokens: true,
  },
  { name: "public home page (anonymous)", query: homePage, tokens: false },
];

// ---------------------------------------------------------------- processes

const dir = mkdtempSync(join(tmpdir(), "pole-bench-"));
// Its own folder: startEmbeddedCluster hands it to the postgres user, who could not enter `dir`.
const pgDir = mkdtempSync(join(tmpdir(), "pole-bench-pg-"));
let cluster: EmbeddedCluster | undefined;
const children: { name: string; child: ChildProcess; log: string }[] = [];
let stopping: Promise<void> | undefined;

/** Starts a TypeScript entry point under @swc-node/register, its output to a log file of the run. */
function spawnNode(name: string, cwd: string, entry: string, env: Record<string, string>): ChildProcess {
  const log = join(dir, `${name}.log`);
  const fd = openSync(log, "a");
  try {
    const child = spawn(process.execPath, ["-r", require.resolve("@swc-node/register"), entry], {
      cwd,
      env: { ...process.env, ...env },
      // With an IPC channel: our services stop themselves when it closes (the bench died, even by SIGKILL).
      stdio: ["ignore", fd, fd, "ipc"],
    });
    children.push({ name, child, log });
    progress(`${name} started (pid ${child.pid})`);
    return child;
  } finally {
    closeSync(fd);
  }
}

const tail = (file: string, lines = 20) => {
  try {
    return readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
};

/** Resolves once `check` answers true, or rejects when the process exits or the time runs out. */
async function waitUntil(
  name: string,
  child: ChildProcess,
  check: () => Promise<boolean>,
  timeoutMs = 120_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const log = children.find((c) => c.child === child)?.log ?? "";
      throw new Error(
        `${name} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${tail(log)}`,
      );
    }
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} was not ready within ${timeoutMs / 1000} s`);
}

const answers200 = (url: string) => async () => (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;

/** Stops the gateways, then the subgraphs, then PostgreSQL; removes the run's folder. Once. */
function stopAll(): Promise<void> {
  stopping ??= (async () => {
    progress("stopping everything");
    const gateways = children.filter((c) => c.name.endsWith("gateway"));
    await Promise.all(gateways.map((c) => stopProcess(c.child)));
    await Promise.all(children.filter((c) => !gateways.includes(c)).map((c) => stopProcess(c.child)));
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(pgDir, { recursive: true, force: true });
    const alive = [...children.map((c) => c.child.pid!), ...(cluster ? [cluster.pid] : [])].filter(isAlive);
    progress(alive.length ? `still running: ${alive.join(", ")}` : "all stopped");
  })();
  return stopping;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- CPU from /proc

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

function statOf(pid: number): ProcStat | undefined {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return undefined; // gone
  }
}

function allStats(): ProcStat[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => statOf(Number(entry)))
    .filter((stat): stat is ProcStat => stat !== undefined);
}

/** Ticks by PID of each measured process: a gateway, the subgraphs, the cluster (postmaster and children). */
function sampleCpu(
  pids: Record<string, number | undefined>,
  postmaster: number | undefined,
): Record<string, CpuSample | undefined> {
  // undefined for a process the bench could not find (--use-running): its figures read n/a.
  const one = (pid: number | undefined): CpuSample | undefined => {
    if (pid === undefined) return undefined;
    const stat = statOf(pid);
    return new Map(stat ? [[pid, stat.utime + stat.stime]] : []);
  };
  const stats = allStats();
  const cluster =
    postmaster === undefined ? undefined : new Set([postmaster, ...childrenOf(postmaster, stats)]);
  const postgres: CpuSample | undefined =
    cluster &&
    new Map(stats.filter((stat) => cluster.has(stat.pid)).map((stat) => [stat.pid, stat.utime + stat.stime]));
  return { ...Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, one(pid)])), postgres };
}

/** Runs `work` while sampling the resident set of `pid` (memory.ts); its result and the peak in MB, NaN unread. */
async function withPeakRss<T>(pid: number | undefined, work: () => Promise<T>): Promise<[T, number]> {
  if (pid === undefined) return [await work(), Number.NaN];
  const watch = watchRss(pid);
  try {
    const result = await work();
    return [result, watch.stop() / 1024 || Number.NaN];
  } finally {
    watch.stop();
  }
}

// ---------------------------------------------------------------- runs

async function mintTokens(): Promise<string[]> {
  // The services' own reading of JWT_SECRET, JWT_ISSUER and JWT_AUDIENCE (the dev ones when unset).
  const auth = authConfigFromEnv(parseEnv(z.object(authEnvShape)));
  if (!auth.secret) throw new Error("JWT_JWKS_URL is set: the bench signs its tokens with JWT_SECRET");
  const config = { secret: auth.secret, issuer: auth.issuer, audience: auth.audience };
  const tokens: string[] = [];
  for (let i = 0; i < TOKEN_COUNT; i += 1)
    tokens.push(await signToken(config, { role: "council", subject: `bench-council-${i}` }, "2h"));
  return tokens;
}

/** One request per scenario and gateway: the answer must be 200 with data and no error. */
async function checkAnswers(origin: string, gateway: string, token: string) {
  for (const scenario of SCENARIOS) {
    const response = await fetch(`${origin}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(scenario.tokens ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: scenario.query }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    if (response.status !== 200 || !body.data || body.errors?.length)
      throw new Error(
        `${gateway} gateway, ${scenario.name}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 400)}`,
      );
  }
}

/** A gateway the bench loads, and the processes whose CPU counts for it. */
interface Target {
  /** Its name in the tables: ours, stock, hive, or baseline <commit>. */
  name: string;
  origin: string;
  /** The gateway's process and its subgraphs' (a baseline has its own subgraphs). */
  pids: Record<string, number | undefined>;
  /** Our gateways answer /health; the peers only GraphQL. */
  healthPath?: string;
  child?: ChildProcess;
}

/** A set of subgraphs, started by the bench from `root` (today's tree or a baseline's). */
interface Subgraphs {
  ports: Record<string, number>;
  secrets: Record<string, string>;
  pids: Record<string, number>;
  ready: Promise<void>[];
}

async function startSubgraphs(root: string, label: string, databasePrefix: string): Promise<Subgraphs> {
  const result: Subgraphs = { ports: {}, secrets: {}, pids: {}, ready: [] };
  for (const name of SUBGRAPH_NAMES) {
    const port = await freePort();
    result.ports[name] = port;
    result.secrets[name] = randomBytes(32).toString("base64url");
    const child = spawnNode(`${label}${name}`, join(root, "services", name), "src/main.ts", {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: "",
      [`${name.toUpperCase()}_DATABASE_URL`]: databaseUrlOn(cluster!.serverUrl, `${databasePrefix}${name}`),
      SAMPLE_DATA: "load-if-empty",
      SUBGRAPH_SECRET: result.secrets[name],
    });
    result.pids[name] = child.pid!;
    result.ready.push(waitUntil(`${label}${name}`, child, answers200(`http://127.0.0.1:${port}/ready`)));
  }
  return result;
}

/** The gateways' variables for reaching `subgraphs`: each URL and secret. */
const routesTo = (subgraphs: Pick<Subgraphs, "ports" | "secrets">) =>
  Object.fromEntries(
    SUBGRAPH_NAMES.flatMap((name) => [
      [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${subgraphs.ports[name]}/graphql`],
      [`${name.toUpperCase()}_SUBGRAPH_SECRET`, subgraphs.secrets[name] ?? ""],
    ]),
  );

/** Starts our gateway of `root` on a free port, every protection on. */
async function startOurGateway(root: string, name: string, subgraphs: Subgraphs): Promise<Target> {
  const port = await freePort();
  const child = spawnNode(`${name} gateway`, join(root, "gateway"), "src/main.ts", {
    ...routesTo(subgraphs),
    PORT: String(port),
    HOST: "127.0.0.1",
    // Every protection stays on; the per-address ceiling is raised above what one bench client sends
    // (every request comes from 127.0.0.1), so the limiter runs without refusing.
    RATE_LIMIT_PER_IP: "100000000",
  });
  return {
    name,
    origin: `http://127.0.0.1:${port}`,
    pids: { gateway: child.pid, ...subgraphs.pids },
    healthPath: "/health",
    child,
  };
}

/** Starts a peer gateway (stock or Hive) of today's tree on `subgraphs`. */
async function startPeer(peer: (typeof PEERS)[number], subgraphs: Omit<Subgraphs, "ready">): Promise<Target> {
  const port = await freePort();
  const child = spawnNode(`${peer} gateway`, join(REPO_ROOT, "bench"), `src/${peer}-gateway.ts`, {
    ...routesTo(subgraphs),
    PORT: String(port),
    HOST: "127.0.0.1",
    SUPERGRAPH_PATH: join(REPO_ROOT, "schema", "supergraph.graphql"),
  });
  return {
    name: peer,
    origin: `http://127.0.0.1:${port}`,
    pids: { gateway: child.pid, ...subgraphs.pids },
    child,
  };
}

/** Whether `target` is up: /health for ours, a `{ __typename }` query for the peers. */
const targetAnswers = (target: Target) => async () => {
  if (target.healthPath) return answers200(`${target.origin}${target.healthPath}`)();
  const response = await fetch(`${target.origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ __typename }" }),
    signal: AbortSignal.timeout(2000),
  });
  return response.ok;
};

/** The running stack of `--use-running URL`: its gateway, and its subgraphs and PostgreSQL by their ports. */
function runningTargets(url: string): {
  ours: Target;
  subgraphs: Omit<Subgraphs, "ready">;
  postmaster?: number;
} {
  let origin: URL;
  try {
    origin = new URL(url);
  } catch {
    throw new Error(`--use-running: "${url}" is not a URL (e.g. http://127.0.0.1:4000)`);
  }
  if (!["127.0.0.1", "localhost", "[::1]"].includes(origin.hostname))
    throw new Error("--use-running: the bench only sends traffic to this machine (127.0.0.1)");
  const portOf = (variable: string, fallback: number) => Number(process.env[variable] || fallback);
  const ports = Object.fromEntries(
    SUBGRAPH_NAMES.map((name, i) => [name, portOf(`${name.toUpperCase()}_PORT`, 4001 + i)]),
  );
  const databasePort = process.env.DATABASE_URL
    ? Number(new URL(process.env.DATABASE_URL).port || 5432)
    : portOf("EMBEDDED_PG_PORT", 54329);
  const secrets = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      process.env[`${name.toUpperCase()}_SUBGRAPH_SECRET`] ?? process.env.SUBGRAPH_SECRET ?? "",
    ]),
  );
  const pids = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, pidListeningOn(ports[name])]));
  const gatewayPid = pidListeningOn(Number(origin.port || 80));
  for (const [name, pid] of Object.entries({ gateway: gatewayPid, ...pids }))
    if (pid === undefined)
      progress(`--use-running: no process of ours found listening for ${name}: its CPU is n/a`);
  return {
    ours: {
      name: "ours",
      origin: origin.origin,
      pids: { gateway: gatewayPid, ...pids },
      healthPath: "/health",
    },
    subgraphs: { ports, secrets, pids: pids as Record<string, number> },
    postmaster: pidListeningOn(databasePort),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  if (options.baseline && options["use-running"])
    throw new Error("--baseline starts a stack of its own: it cannot be combined with --use-running");
  if (scale !== undefined && (options.baseline || options["use-running"]))
    throw new Error(
      "--scale seeds the bench's own cluster for today's subgraphs: not with --baseline or --use-running",
    );
  progress(
    `${quick ? "quick: " : ""}${rounds} round(s) of ${durationSeconds} s per run, ${connections} connections, warm-up ${warmupSeconds} s; folder ${dir}`,
  );
  const baselineCommit = options.baseline ? resolveCommit(REPO_ROOT, options.baseline) : undefined;
  const tokens = await mintTokens();
  const targets: Target[] = [];
  const ready: Promise<void>[] = [];
  let postmaster: number | undefined;
  if (options["use-running"]) {
    const running = runningTargets(options["use-running"]);
    postmaster = running.postmaster;
    targets.push(running.ours);
    // The peers reach the running subgraphs only with their secrets (SUBGRAPH_SECRET or <NAME>_SUBGRAPH_SECRET).
    if (SUBGRAPH_NAMES.every((name) => running.subgraphs.secrets[name]))
      for (const peer of PEERS) targets.push(await startPeer(peer, running.subgraphs));
    else progress("--use-running: no SUBGRAPH_SECRET in the environment, so no peer gateway: ours alone");
  } else {
    const pgPort = await freePort();
    cluster = await startEmbeddedCluster({ dir: pgDir, port: pgPort, log: progress });
    postmaster = cluster.pid;
    if (scale !== undefined) await seedScaled(cluster.serverUrl, scale, progress);
    // Started now, awaited with the gateways: theirs is a static supergraph, they need no subgraph to start.
    const subgraphs = await startSubgraphs(REPO_ROOT, "", "pole_");
    ready.push(...subgraphs.ready);
    targets.push(await startOurGateway(REPO_ROOT, "ours", subgraphs));
    for (const peer of PEERS) targets.push(await startPeer(peer, subgraphs));
    if (baselineCommit) {
      const root = join(dir, "baseline");
      const how = prepareBaseline(REPO_ROOT, baselineCommit, root, progress);
      const name = `baseline ${baselineCommit.slice(0, 7)}`;
      progress(`${name}: extracted in ${root}, dependencies ${how}`);
      const baseline = await startSubgraphs(root, "baseline ", "baseline_");
      ready.push(...baseline.ready);
      targets.push(await startOurGateway(root, name, baseline));
    }
  }
  await Promise.all([
    ...ready,
    ...targets.map((target) =>
      target.child
        ? waitUntil(`${target.name} gateway`, target.child, targetAnswers(target))
        : Promise.resolve(),
    ),
  ]);
  for (const target of targets) await checkAnswers(target.origin, target.name, tokens[0]);
  progress(
    `gateways ready and answering every scenario (start-up ${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );

  let next = 0;
  const nextToken = () => tokens[(next = (next + 1) % tokens.length)];
  const load = (target: Target, scenario: Scenario, seconds: number) =>
    autocannon({
      url: target.origin,
      connections,
      duration: seconds,
      requests: [
        {
          method: "POST",
          path: "/graphql",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: scenario.query }),
          ...(scenario.tokens
            ? {
                setupRequest: (request: autocannon.Request) => ({
                  ...request,
                  headers: { ...request.headers, authorization: `Bearer ${nextToken()}` },
                }),
              }
            : {}),
        },
      ],
    });

  if (warmupSeconds > 0) {
    for (const scenario of SCENARIOS)
      for (const target of targets) {
        progress(`warm-up: ${target.name}, ${scenario.name}`);
        await load(target, scenario, warmupSeconds);
      }
  }

  const results: RunResult[] = [];
  const loadBefore = loadavg()[0];
  for (let round = 1; round <= rounds; round += 1) {
    for (const scenario of SCENARIOS) {
      for (const target of targets) {
        const before = sampleCpu(target.pids, postmaster);
        const ownBefore = process.cpuUsage();
        const [result, peakRssMb] = await withPeakRss(target.pids.gateway, () =>
          load(target, scenario, durationSeconds),
        );
        const own = process.cpuUsage(ownBefore);
        const after = sampleCpu(target.pids, postmaster);
        const ok = result["2xx"];
        const cpuMs: Record<string, number> = Object.fromEntries(
          Object.keys(after).map((name) => [
            name,
            after[name]
              ? cpuMsPerRequest(cpuTicksBetween(before[name]!, after[name]), CLOCK_TICKS, ok)
              : Number.NaN,
          ]),
        );
        cpuMs.autocannon = ok > 0 ? (own.user + own.system) / 1000 / ok : Number.NaN;
        const run: RunResult = {
          gateway: target.name,
          scenario: scenario.name,
          round,
          requestsPerSecond: ok / result.duration,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          okRequests: ok,
          failures: result.non2xx + result.errors + result.timeouts,
          cpuMs,
          peakRssMb,
        };
        results.push(run);
        progress(
          `round ${round}/${rounds}, ${scenario.name}, ${target.name}: ${run.requestsPerSecond.toFixed(0)} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, gateway ${cpuMs.gateway.toFixed(2)} ms CPU/req, RSS ≤ ${peakRssMb.toFixed(0)} MB${run.failures ? `, ${run.failures} FAILED` : ""}`,
        );
      }
    }
  }

  const summaries = summarise(results);
  const model = cpus()[0]?.model ?? "unknown";
  process.stdout.write(
    [
      `Run of ${new Date().toISOString()}: ${cpus().length} cores (${model}), Node ${process.version}; ` +
        `${quick ? "--quick, " : ""}${rounds} round(s) × ${durationSeconds} s per gateway and scenario, ` +
        `${connections} connections, ${warmupSeconds} s warm-up; medians of the rounds. ` +
        `Load average (1 min) ${loadBefore.toFixed(1)} before the runs, ${loadavg()[0].toFixed(1)} after` +
        (Math.max(loadBefore, loadavg()[0]) > cpus().length
          ? ": above the core count, more runnable processes than cores (the bench's own stacks, or other work)."
          : "."),
      "",
      resultsTable(summaries, PROCESSES),
      "",
      ...targets
        .slice(1)
        .flatMap(({ name: other }) => [
          `Ratios ours / ${other} (requests/s: above 1 is faster; latency and CPU: below 1 is better):`,
          "",
          ratioTable(summaries, PROCESSES, "ours", other),
          "",
        ]),
    ].join("\n"),
  );
  if (scale !== undefined) {
    const annual = SCENARIOS.find((scenario) => scenario.name.startsWith("annualReports"))!;
    progress(`${annual.name}: p95 one request at a time, and its SQL run directly`);
    const requests = quick ? 40 : 200;
    const comparison = await sqlVersusGateway({
      serverUrl: cluster!.serverUrl,
      logFile: join(pgDir, "postgres.log"),
      origin: targets[0].origin,
      query: annual.query,
      nextToken,
      requests,
      runs: quick ? 5 : 11,
    });
    process.stdout.write(`\n${sqlVersusGatewayReport(annual.name, scale, comparison, requests)}`);
  }
  // After the annual reports' SQL capture, so that none of these requests' statements falls into it.
  // Item 5 of issue 16: how far the worst operation the limits accept can raise each gateway's memory,
  // one repeated text and then a text of its own per request (which fills the document and plan caches).
  const worst = worstAcceptedOperation(REPO_ROOT);
  const memoryLines: string[] = [];
  for (const distinct of [false, true])
    for (const target of targets) {
      const pid = target.pids.gateway;
      if (pid === undefined) continue;
      progress(
        `memory: ${target.name}, the worst accepted operation${distinct ? ", each request its own text" : ""}`,
      );
      const bound = await measureWorstOperationRss({
        origin: target.origin,
        operation: worst,
        pid,
        nextToken,
        connections,
        seconds: quick ? 3 : 10,
        distinct,
      }).catch((error: unknown) => {
        memoryLines.push(`- ${target.name}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      });
      if (bound) memoryLines.push(`- ${memoryLine(target.name, bound)}`);
    }
  process.stdout.write(
    `\nGateway memory under the worst operation the limits accept (RSS from /proc/<pid>/status):\n\n${memoryLines.join("\n")}\n`,
  );
  progress(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));
process.once("SIGTERM", () => void stopAll().then(() => process.exit(143)));

main()
  .then(() => stopAll())
  .catch(async (error: unknown) => {
    progress(`failed: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll();
    process.exit(1);
  });
