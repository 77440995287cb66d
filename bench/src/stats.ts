// The bench's pure parts: reading /proc/<pid>/stat, CPU deltas, medians and the tables it prints.

/** What the bench reads of one /proc/<pid>/stat line. */
export interface ProcStat {
  pid: number;
  /** The executable's name, as the kernel keeps it (up to 15 characters, may hold spaces or parentheses). */
  comm: string;
  ppid: number;
  /** User and system CPU time, in clock ticks (CLK_TCK a second). */
  utime: number;
  stime: number;
}

/**
 * Parses one /proc/<pid>/stat line (proc(5)): `pid (comm) state ppid …`, utime and stime being fields 14
 * and 15. comm may contain spaces and parentheses, so the fields are counted from the last `)`.
 */
export function parseProcStat(line: string): ProcStat {
  const open = line.indexOf("(");
  const close = line.lastIndexOf(")");
  if (open < 0 || close < open) throw new Error(`not a /proc/<pid>/stat line: ${line.slice(0, 80)}`);
  const pid = Number(line.slice(0, open).trim());
  // After ") ": field 3 (state) is rest[0], so field n is rest[n - 3].
  const rest = line
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const field = (n: number) => {
    const value = Number(rest[n - 3]);
    if (!Number.isFinite(value)) throw new Error(`/proc/<pid>/stat: field ${n} is not a number`);
    return value;
  };
  return { pid, comm: line.slice(open + 1, close), ppid: field(4), utime: field(14), stime: field(15) };
}

/** CPU ticks (utime + stime) by PID. */
export type CpuSample = Map<number, number>;

/**
 * Ticks spent between two samples of a group of processes: for a PID in both, the difference; for one
 * born after `before`, all it has; one that ended before `after` is lost (its ticks are gone with it).
 */
export function cpuTicksBetween(before: CpuSample, after: CpuSample): number {
  let ticks = 0;
  for (const [pid, now] of after) ticks += Math.max(0, now - (before.get(pid) ?? 0));
  return ticks;
}

/** The PIDs whose parent is `parent`, among parsed stat lines (a PostgreSQL cluster's backends). */
export function childrenOf(parent: number, stats: ProcStat[]): number[] {
  return stats.filter((stat) => stat.ppid === parent).map((stat) => stat.pid);
}

/** The median (mean of the two middle values for an even count); NaN for none. */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** CPU milliseconds per request from ticks: ticks × 1000 / CLK_TCK / requests (NaN without requests). */
export function cpuMsPerRequest(ticks: number, clockTicksPerSecond: number, requests: number): number {
  return requests > 0 ? (ticks * 1000) / clockTicksPerSecond / requests : Number.NaN;
}

/** One measured run: a gateway, a scenario, a round. */
export interface RunResult {
  gateway: string;
  scenario: string;
  round: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers with a 2xx status (what the CPU is divided by). */
  okRequests: number;
  /** Non-2xx answers, socket errors and timeouts. */
  failures: number;
  /** CPU ms per request by process name (gateway, each subgraph, postgres, bench). */
  cpuMs: Record<string, number>;
  /** The gateway's largest resident set seen during the run, in MB (sampled from /proc/<pid>/status). */
  peakRssMb?: number;
}

/** The medians of a gateway's runs of a scenario. */
export interface Summary {
  gateway: string;
  scenario: string;
  runs: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
  cpuMs: Record<string, number>;
  /** The largest of the rounds' peaks (a peak is what a memory limit meets), NaN when none was read. */
  peakRssMb: number;
}

/** Medians over rounds, one summary per scenario and gateway, in the order they first ran. */
export function summarise(results: RunResult[]): Summary[] {
  const groups = new Map<string, RunResult[]>();
  for (const result of results) {
    const key = JSON.stringify([result.scenario, result.gateway]);
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  return [...groups.values()].map((runs) => {
    const processes = [...new Set(runs.flatMap((run) => Object.keys(run.cpuMs)))];
    return {
      gateway: runs[0].gateway,
      scenario: runs[0].scenario,
      runs: runs.length,
      requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
      p50Ms: median(runs.map((run) => run.p50Ms)),
      p99Ms: median(runs.map((run) => run.p99Ms)),
      failures: runs.reduce((sum, run) => sum + run.failures, 0),
      peakRssMb: Math.max(...runs.map((run) => run.peakRssMb ?? Number.NEGATIVE_INFINITY)),
      cpuMs: Object.fromEntries(
        processes.map((name) => [name, median(runs.map((run) => run.cpuMs[name] ?? Number.NaN))]),
      ),
    };
  });
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");

/** A Markdown table of the summaries: requests/s, p50/p99 (ms), CPU ms per request of each process. */
export function resultsTable(summaries: Summary[], processes: string[]): string {
  const header = [
    "scenario",
    "gateway",
    "req/s",
    "p50 ms",
    "p99 ms",
    "failed",
    ...processes.map((p) => `${p} CPU ms/req`),
    "gateway peak RSS MB",
  ];
  const lines = [header, header.map((_, i) => (i < 2 ? "---" : "---:"))];
  for (const s of summaries) {
    lines.push([
      s.scenario,
      s.gateway,
      fixed(s.requestsPerSecond, 0),
      fixed(s.p50Ms, 1),
      fixed(s.p99Ms, 1),
      String(s.failures),
      ...processes.map((p) => fixed(s.cpuMs[p] ?? Number.NaN, 2)),
      fixed(s.peakRssMb, 0),
    ]);
  }
  return lines.map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

/** The resident set in kB of a /proc/<pid>/status text (its `VmRSS: N kB` line), undefined without one. */
export function rssKbIn(procStatus: string): number | undefined {
  const kB = /^VmRSS:\s+(\d+)\s+kB$/m.exec(procStatus)?.[1];
  return kB === undefined ? undefined : Number(kB);
}

/** `a / b` with two decimals, n/a when either is missing or b is 0. */
export function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? (a / b).toFixed(2) : "n/a";
}

/**
 * A Markdown table of `ours` over `other`, per scenario: requests/s, p50, p99 and each process's CPU per
 * request (below 1 is cheaper or faster for latency and CPU; above 1 is better for requests/s).
 */
export function ratioTable(summaries: Summary[], processes: string[], ours: string, other: string): string {
  const header = ["scenario", "req/s", "p50", "p99", ...processes.map((p) => `${p} CPU`)];
  const lines = [header, header.map((_, i) => (i === 0 ? "---" : "---:"))];
  const scenarios = [...new Set(summaries.map((s) => s.scenario))];
  for (const scenario of scenarios) {
    const a = summaries.find((s) => s.scenario === scenario && s.gateway === ours);
    const b = summaries.find((s) => s.scenario === scenario && s.gateway === other);
    if (!a || !b) continue;
    lines.push([
      scenario,
      ratio(a.requestsPerSecond, b.requestsPerSecond),
      ratio(a.p50Ms, b.p50Ms),
      ratio(a.p99Ms, b.p99Ms),
      ...processes.map((p) => ratio(a.cpuMs[p] ?? Number.NaN, b.cpuMs[p] ?? Number.NaN)),
    ]);
  }
  return lines.map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
