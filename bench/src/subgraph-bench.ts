// `npm run -s bench:subgraphs [-- --duration S --connections N --profile DIR --subgraph NAME]`: each
// subgraph alone, with the fetch our gateway sends it for the README's member page (the query plan gives
// each subgraph one fetch), under autocannon with a distinct council token per request, the gateway's
// headers (subgraph secret, request id, client address). Prints CPU ms per fetch of each subgraph process
// (utime + stime from /proc over the run divided by the 2xx answers) and requests/s. With --profile DIR,
// each subgraph runs under `node --cpu-prof` and leaves its .cpuprofile in DIR. Starts an embedded
// PostgreSQL in a temporary folder; everything it started is stopped by PID at the end.
import autocannon from "autocannon";
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { authConfigFromEnv, authEnvShape, parseEnv, signToken } from "@pole/subgraph-kit";
import { freePort } from "@pole/stack/testing";
import { z } from "zod";
import { parseProcStat } from "./stats";
import { serviceNodeArguments, startEmbeddedCluster, stopProcess, type EmbeddedCluster } from "@pole/stack";

const REPO_ROOT = join(__dirname, "..", "..");
const MEMBER_ID = "a0000000-0000-4000-8000-000000000001";
const REPRESENTATIONS = { representations: [{ __typename: "Member", id: MEMBER_ID }] };

/** The member page's fetch to each subgraph, as @apollo/gateway's query plan writes it. */
const FETCHES: Record<string, { query: string; variables?: unknown }> = {
  economic: {
    query: `query MemberPage__economic__0{member(id:"${MEMBER_ID}"){__typename id name legalForm activities membershipKind officeLeases{room areaSqm}}}`,
  },
  neighbourhood: {
    query:
      "query MemberPage__neighbourhood__2($representations:[_Any!]!){_entities(representations:$representations){...on Member{neighbourhoodActions(first:3){totalCount edges{node{title kind startsOn place}}}}}}",
    variables: REPRESENTATIONS,
  },
  knowledge: {
    query:
      "query MemberPage__knowledge__1($representations:[_Any!]!){_entities(representations:$representations){...on Member{practices(first:3){totalCount edges{node{title publishedOn}}}}}}",
    variables: REPRESENTATIONS,
  },
};

const { values: options } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    profile: { type: "string" },
    // perf record of each subgraph during its measured run (on-CPU samples only), into DIR/<name>.perf.data.
    perf: { type: "string" },
    subgraph: { type: "string", multiple: true },
    // Decomposes the cost: `{ __typename }` instead of the member page's fetch, and/or no token.
    typename: { type: "boolean", default: false },
    anonymous: { type: "boolean", default: false },
  },
});
const duration = Number(options.duration);
const connections = Number(options.connections);
const names = options.subgraph?.length ? options.subgraph : Object.keys(FETCHES);
const profileDir = options.profile ? resolve(options.profile) : undefined;
const progress = (line: string) => process.stderr.write(`[subgraph-bench] ${line}\n`);

const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
const ticksOf = (pid: number) => {
  const stat = parseProcStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
  return { total: stat.utime + stat.stime, system: stat.stime };
};

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "pole-subgraph-bench-"));
  const pgDir = mkdtempSync(join(tmpdir(), "pole-subgraph-bench-pg-"));
  let cluster: EmbeddedCluster | undefined;
  const children: ChildProcess[] = [];
  try {
    const auth = authConfigFromEnv(parseEnv(z.object(authEnvShape)));
    const config = { secret: auth.secret!, issuer: auth.issuer, audience: auth.audience };
    const tokens: string[] = [];
    for (let i = 0; i < 5000; i += 1)
      tokens.push(await signToken(config, { role: "council", subject: `bench-council-${i}` }, "2h"));
    cluster = await startEmbeddedCluster({ dir: pgDir, port: await freePort(), log: progress });
    const rows: string[] = [];
    for (const name of names) {
      const port = await freePort();
      const secret = randomBytes(32).toString("base64url");
      const log = openSync(join(dir, `${name}.log`), "a");
      const child = spawn(
        process.execPath,
        [
          ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []),
          // Names for perf's JIT frames; V8's log goes with the run's logs, not into the service's folder.
          ...(options.perf
            ? ["--perf-basic-prof", "--no-logfile-per-isolate", `--logfile=${join(dir, `${name}-v8.log`)}`]
            : []),
          ...serviceNodeArguments("main"),
        ],
        {
          cwd: join(REPO_ROOT, "services", name),
          env: {
            ...process.env,
            PORT: String(port),
            HOST: "127.0.0.1",
            DATABASE_URL: cluster.serverUrl,
            [`${name.toUpperCase()}_DATABASE_URL`]: "",
            SAMPLE_DATA: "load-if-empty",
            SUBGRAPH_SECRET: secret,
          },
          stdio: ["ignore", log, log, "ipc"],
        },
      );
      closeSync(log);
      children.push(child);
      const deadline = Date.now() + 120_000;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`${name} exited: see ${join(dir, `${name}.log`)}`);
        const ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
          (r) => r.ok,
          () => false,
        );
        if (ready) break;
        if (Date.now() > deadline) throw new Error(`${name} not ready`);
        await new Promise((r) => setTimeout(r, 250));
      }
      let next = 0;
      const run = (seconds: number) =>
        autocannon({
          url: `http://127.0.0.1:${port}`,
          connections,
          duration: seconds,
          requests: [
            {
              method: "POST",
              path: "/graphql",
              body: JSON.stringify(options.typename ? { query: "{ __typename }" } : FETCHES[name]),
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                headers: {
                  "content-type": "application/json",
                  accept: "application/graphql-response+json, application/json",
                  "x-pole-subgraph-secret": secret,
                  "x-pole-client-ip": "127.0.0.1",
                  "x-request-id": randomUUID(),
                  ...(options.anonymous
                    ? {}
                    : { authorization: `Bearer ${tokens[(next = (next + 1) % tokens.length)]}` }),
                },
              }),
            },
          ],
        });
      const idleBefore = ticksOf(child.pid!);
      await new Promise((done) => setTimeout(done, 3000));
      const idleMsPerSecond = ((ticksOf(child.pid!).total - idleBefore.total) * 1000) / CLOCK_TICKS / 3;
      progress(`${name} idle: ${idleMsPerSecond.toFixed(1)} ms of CPU per second`);
      const check = await run(1);
      if (check.non2xx || check.errors)
        throw new Error(`${name}: ${check.non2xx} non-2xx, ${check.errors} errors`);
      const perf = options.perf
        ? spawn(
            "perf",
            [
              "record",
              "-F",
              "997",
              "-g",
              "-p",
              String(child.pid),
              "-o",
              join(resolve(options.perf), `${name}.perf.data`),
              "--",
              "sleep",
              String(duration),
            ],
            { stdio: "ignore" },
          )
        : undefined;
      const before = ticksOf(child.pid!);
      const result = await run(duration);
      const after = ticksOf(child.pid!);
      const perFetch = (ticks: number) => (ticks * 1000) / CLOCK_TICKS / result["2xx"];
      const cpuMs = perFetch(after.total - before.total);
      const systemMs = perFetch(after.system - before.system);
      const failed = result.non2xx + result.errors + result.timeouts;
      rows.push(
        `| ${name} | ${(result["2xx"] / result.duration).toFixed(0)} | ${cpuMs.toFixed(3)} | ${systemMs.toFixed(3)} | ${failed} |`,
      );
      progress(rows.at(-1)!);
      if (perf && perf.exitCode === null) await new Promise((done) => perf.once("exit", done));
      await stopProcess(child);
    }
    process.stdout.write(
      [
        `${duration} s per subgraph, ${connections} connections; load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(" ")}`,
        "",
        "| subgraph | fetches/s | CPU ms per fetch | of which kernel | failed |",
        "| --- | ---: | ---: | ---: | ---: |",
        ...rows,
        "",
      ].join("\n"),
    );
  } finally {
    await Promise.all(children.map((child) => stopProcess(child)));
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(pgDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
