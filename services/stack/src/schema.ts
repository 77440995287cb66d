// `npm run schema`: prints each subgraph's SDL to its schema.graphql, composes schema/supergraph.graphql and
// the client-facing schema/api.graphql with @apollo/composition.
// `npm run schema:check`: the same in memory; fails when a committed file differs or composition fails.
import { composeServices } from "@apollo/composition";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parse as parseGraphQL, printSchema } from "graphql";
import { parse as parseYaml } from "yaml";
import { GENERATED_BANNER } from "@pole/subgraph-kit";
import { spawnService } from "./service-process";
import { REPO_ROOT, SUBGRAPHS } from "./services";

interface SupergraphConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

const CONFIG_PATH = join(REPO_ROOT, "schema", "supergraph.yaml");
const check = process.argv.includes("--check");

function printedSdl(name: string): Promise<string> {
  const service = SUBGRAPHS.find((s) => s.name === name);
  if (!service) throw new Error(`schema/supergraph.yaml names an unknown subgraph: ${name}`);
  const child = spawnService(service, {}, "print-schema", "pipe");
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((done, fail) =>
    child.once("exit", (code) =>
      code === 0 ? done(out) : fail(new Error(`${name}: printing its schema failed\n${err}`)),
    ),
  );
}

async function main(): Promise<void> {
  const config = parseYaml(readFileSync(CONFIG_PATH, "utf8")) as SupergraphConfig;
  const subgraphs = await Promise.all(
    Object.entries(config.subgraphs).map(async ([name, entry]) => ({
      name,
      url: entry.routing_url,
      file: resolve(dirname(CONFIG_PATH), entry.schema.file),
      sdl: await printedSdl(name),
    })),
  );
  const composition = composeServices(
    subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parseGraphQL(sdl) })),
  );
  if (composition.errors) {
    throw new Error(`composition failed:\n${composition.errors.map((e) => `  - ${e.message}`).join("\n")}`);
  }
  const outputs: [string, string][] = [
    ...subgraphs.map(
      ({ name, file, sdl }) =>
        [file, GENERATED_BANNER(`the ${name} subgraph's code`) + sdl] as [string, string],
    ),
    [
      join(REPO_ROOT, "schema", "supergraph.graphql"),
      GENERATED_BANNER("the subgraphs' schemas") + composition.supergraphSdl,
    ],
    [
      join(REPO_ROOT, "schema", "api.graphql"),
      GENERATED_BANNER("the supergraph: the schema clients see, checked for breaking changes") +
        printSchema(composition.schema.toAPISchema().toGraphQLJSSchema()) +
        "\n",
    ],
  ];
  const stale: string[] = [];
  for (const [file, content] of outputs) {
    const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
    if (current === content) continue;
    if (check) stale.push(relative(REPO_ROOT, file));
    else writeFileSync(file, content);
    if (!check) process.stderr.write(`[schema] wrote ${relative(REPO_ROOT, file)}\n`);
  }
  if (stale.length > 0) {
    throw new Error(
      `stale generated schema files (run \`npm run schema\` and commit them):\n  ${stale.join("\n  ")}`,
    );
  }
  process.stderr.write(
    `[schema] ${check ? "committed schemas are up to date" : "done"}: ${subgraphs.length} subgraphs composed\n`,
  );
}

main().catch((error: Error) => {
  process.stderr.write(`[schema] ${error.message}\n`);
  process.exit(1);
});
