// `npm run fuzz -- [--runs N | --minutes M] [--seed S[,S…|,random] [--path P]] [--url URL [--mutation-url URL]]`
// Random valid operations through the real gateway as every role; every answer checked (properties.ts).
// Without --url it starts its own stacks (one for reads, one for mutations) and stops them at the end.
import "../check-node";
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildEconomicSchema } from "@pole/economic";
import { buildKnowledgeSchema } from "@pole/knowledge";
import { buildNeighbourhoodSchema } from "@pole/neighbourhood";
import { accessRulesByCoordinate } from "@pole/subgraph-kit";
import { loadFuzzSchema } from "./api-schema";
import { harvestPools } from "./harvest";
import { headersByRole } from "./roles";
import { runFuzz, type RunStats } from "./runner";
import { openRowCounter, startStacks, type RowCounter, type Stacks } from "./stacks";

const USAGE =
  "usage: npm run fuzz -- [--runs N | --minutes M] [--seed S[,S…|,random] [--path P]] [--url URL [--mutation-url URL]] [--no-mutations] [--member ID] [--other-member ID] [--territory ID] [--stop-at-first]";
const log = (line: string) => process.stdout.write(`${line}\n`);

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) fail(`--${name} must be an integer`);
  return Number(value);
}

function summary(stats: RunStats): string {
  const codes = Object.entries(stats.codes)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${n}`)
    .join(", ");
  return [
    `fuzz: ${stats.runs} runs, ${stats.requests} requests (${stats.mutations} mutations) in ${(stats.elapsedMs / 1000).toFixed(0)} s; seeds ${stats.seeds.join(", ")}`,
    `fuzz: by role ${Object.entries(stats.byRole)
      .map(([role, n]) => `${role} ${n}`)
      .join(", ")}`,
    `fuzz: ${stats.rootFields.size} distinct root fields reached; error codes seen: ${codes || "none"}`,
    `fuzz: ${stats.failures.length} failure(s)${stats.failures.length ? `: ${stats.failures.map((f) => f.violations[0].signature).join("; ")}` : ""}`,
  ].join("\n");
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        runs: { type: "string" },
        minutes: { type: "string" },
        seed: { type: "string" },
        path: { type: "string" },
        url: { type: "string" },
        "mutation-url": { type: "string" },
        "no-mutations": { type: "boolean", default: false },
        member: { type: "string" },
        "other-member": { type: "string" },
        territory: { type: "string" },
        "stop-at-first": { type: "boolean", default: false },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const values = parsed.values;
  const minutes = values.minutes !== undefined ? Number(values.minutes) : undefined;
  if (minutes !== undefined && !(minutes > 0)) fail("--minutes must be a positive number");
  const runs = integer(values.runs, "runs") ?? (minutes === undefined ? 200 : undefined);
  // `--seed 18,random`: one run per seed, one after the other on the same stacks (CI: a fixed and a new one).
  const randomSeed = () => (Math.random() * 2 ** 31) | 0;
  const seeds = (values.seed ?? "random")
    .split(",")
    .map((part) => (part.trim() === "random" ? randomSeed() : integer(part.trim(), "seed")!));
  if (values.path && (values.seed === undefined || seeds.length !== 1)) {
    fail("--path needs the one --seed it was printed with");
  }
  log(
    `fuzz: seeds ${seeds.join(", ")}${runs !== undefined ? `, ${runs} runs each` : ""}${minutes !== undefined ? `, ${minutes} min each` : ""}`,
  );

  // The access rules come from the subgraphs' metadata, loaded by building their schemas in this process.
  await Promise.all([buildEconomicSchema(), buildNeighbourhoodSchema(), buildKnowledgeSchema()]);
  const rules = accessRulesByCoordinate();
  const schema = loadFuzzSchema();
  log(
    `fuzz: schema/api.graphql read; ${rules.size} fields behind access rules; limits ${JSON.stringify(schema.limits)}`,
  );

  let stacks: Stacks;
  if (values.url) {
    stacks = {
      read: { url: values.url, subgraphUrls: [] },
      write: values["mutation-url"] ? { url: values["mutation-url"], subgraphUrls: [] } : undefined,
      stop: async () => undefined,
    };
  } else {
    stacks = await startStacks({ mutations: !values["no-mutations"], log });
  }
  const stopOnSignal = () => {
    void stacks.stop().finally(() => process.exit(130));
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  let counter: RowCounter | undefined;
  try {
    const provisional = await headersByRole({ member: "", otherMember: "", territory: "" });
    const pools = await harvestPools(schema, async (query, variables) => {
      const response = await fetch(stacks.read.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...provisional.staff },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json().catch(() => null)) as { data?: unknown } | null;
    });
    const members = pools.idsByType.Member ?? [];
    const territories = pools.idsByType.Territory ?? [];
    const ids = {
      member: values.member ?? members[0] ?? "",
      otherMember: values["other-member"] ?? members[1] ?? "",
      territory: values.territory ?? territories[0] ?? "",
    };
    log(
      `fuzz: ${Object.values(pools.idsByType).flat().length} ids of ${Object.keys(pools.idsByType).length} types and ${pools.cursors.length} cursors read; member ${ids.member}, other member ${ids.otherMember}, territory ${ids.territory}`,
    );
    const headers = await headersByRole(ids);
    counter = stacks.write?.databases ? await openRowCounter(stacks.write) : undefined;
    if (stacks.write && !counter)
      log("fuzz: mutations skipped: --mutation-url gives no databases to count rows in");
    for (const seed of seeds) {
      log(`fuzz: seed ${seed}`);
      const stats = await runFuzz({
        schema,
        pools,
        rules,
        headers,
        read: stacks.read,
        write: stacks.write && counter ? { target: stacks.write, counter } : undefined,
        seed,
        runs,
        minutes,
        path: values.path,
        keepGoing: !values["stop-at-first"] && !values.path,
        log,
      });
      log(summary(stats));
      if (stats.failures.length > 0) {
        const file = join(tmpdir(), `pole-fuzz-failures-${seed}.json`);
        writeFileSync(file, JSON.stringify(stats.failures, null, 2));
        log(`fuzz: failures (whole values) in ${file}`);
        process.exitCode = 1;
      }
    }
  } finally {
    await counter?.close();
    await stacks.stop();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`fuzz: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
