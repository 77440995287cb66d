import {
  childrenOf,
  cpuMsPerRequest,
  cpuTicksBetween,
  median,
  parseProcStat,
  ratio,
  ratioTable,
  resultsTable,
  rssKbIn,
  summarise,
  type RunResult,
} from "../src/stats";

// A real line's shape (proc(5)); comm with a space and a parenthesis, as PostgreSQL's backends can have.
const STAT =
  "4242 (postgres: a) b) S 4100 4100 4100 0 -1 4194560 1234 0 0 0 157 43 0 0 20 0 1 0 98765 123456789 2345 18446744073709551615 1 1 0 0 0 0 0 16781312 134234627 0 0 0 17 1 0 0 0 0 0";

describe("parseProcStat", () => {
  it("reads pid, comm, ppid, utime and stime, counting fields after the last parenthesis", () => {
    expect(parseProcStat(STAT)).toEqual({
      pid: 4242,
      comm: "postgres: a) b",
      ppid: 4100,
      utime: 157,
      stime: 43,
    });
  });

  it("refuses what is not a stat line", () => {
    expect(() => parseProcStat("no parentheses here")).toThrow(/not a \/proc/);
    expect(() => parseProcStat("1 (x) S")).toThrow(/field 4/);
  });
});

describe("CPU deltas", () => {
  it("adds the differences, counts a process born in between whole, and loses one that ended", () => {
    const before = new Map([
      [1, 100],
      [2, 50],
      [3, 10],
    ]);
    const after = new Map([
      [1, 130],
      [2, 50],
      [4, 7],
    ]);
    expect(cpuTicksBetween(before, after)).toBe(37);
  });

  it("finds a postmaster's children by their ppid", () => {
    const stats = [
      { pid: 10, comm: "postgres", ppid: 1, utime: 0, stime: 0 },
      { pid: 11, comm: "postgres", ppid: 10, utime: 0, stime: 0 },
      { pid: 12, comm: "node", ppid: 2, utime: 0, stime: 0 },
      { pid: 13, comm: "postgres", ppid: 10, utime: 0, stime: 0 },
    ];
    expect(childrenOf(10, stats)).toEqual([11, 13]);
  });

  it("turns ticks into milliseconds per request", () => {
    expect(cpuMsPerRequest(250, 100, 1000)).toBeCloseTo(2.5);
    expect(cpuMsPerRequest(250, 100, 0)).toBeNaN();
  });
});

describe("median", () => {
  it("takes the middle value, the mean of the two middle ones for an even count, NaN for none", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe("tables", () => {
  const run = (gateway: string, round: number, rps: number, cpu: number): RunResult => ({
    gateway,
    scenario: "member page",
    round,
    requestsPerSecond: rps,
    p50Ms: 1000 / rps,
    p99Ms: 2000 / rps,
    okRequests: rps * 10,
    failures: round === 2 ? 1 : 0,
    cpuMs: { gateway: cpu, postgres: 0.5 },
    // Ours has its memory read; the peer's could not be (n/a).
    ...(gateway === "ours" ? { peakRssMb: [0, 120, 180, 150][round] } : {}),
  });
  const results = [
    run("ours", 1, 100, 4),
    run("stock", 1, 200, 2),
    run("ours", 2, 120, 3),
    run("stock", 2, 210, 2.2),
    run("ours", 3, 110, 3.5),
    run("stock", 3, 190, 1.8),
  ];

  it("summarises each gateway's runs of a scenario by their medians", () => {
    const [ours, stock] = summarise(results);
    expect(ours).toMatchObject({ gateway: "ours", runs: 3, requestsPerSecond: 110, failures: 1 });
    expect(ours.cpuMs).toEqual({ gateway: 3.5, postgres: 0.5 });
    expect(stock).toMatchObject({ gateway: "stock", requestsPerSecond: 200 });
  });

  it("prints a results table and the ratios ours / stock", () => {
    const summaries = summarise(results);
    const table = resultsTable(summaries, ["gateway", "postgres"]);
    expect(table.split("\n")).toHaveLength(4);
    // The peak RSS is the largest of the rounds', not their median.
    expect(table).toContain("| member page | ours | 110 | 9.1 | 18.2 | 1 | 3.50 | 0.50 | 180 |");
    expect(table).toContain("| member page | stock | 200 | 5.0 | 10.0 | 1 | 2.00 | 0.50 | n/a |");
    const ratios = ratioTable(summaries, ["gateway", "postgres"], "ours", "stock");
    expect(ratios).toContain("| member page | 0.55 | 1.82 | 1.82 | 1.75 | 1.00 |");
    expect(ratio(1, 0)).toBe("n/a");
    expect(ratio(Number.NaN, 1)).toBe("n/a");
  });
});

describe("rssKbIn", () => {
  it("reads VmRSS from a /proc/<pid>/status text, in kB", () => {
    const status = "Name:\tnode\nVmPeak:\t 1234568 kB\nVmRSS:\t  262144 kB\nRssAnon:\t  200000 kB\n";
    expect(rssKbIn(status)).toBe(262144);
  });

  it("is undefined for a status without VmRSS (a kernel thread, a zombie)", () => {
    expect(rssKbIn("Name:\tkthreadd\nState:\tS (sleeping)\n")).toBeUndefined();
  });
});
