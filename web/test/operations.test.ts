// The site's GraphQL operations (web/src/**/*.graphql) are documented client operations: each one named,
// valid against schema/api.graphql, and the generated types in web/src/gql/ are exactly what
// `npm run codegen` writes today (a drift check, like the schema's).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import {
  buildSchema,
  Kind,
  parse,
  print,
  validate,
  valueFromASTUntyped,
  type DefinitionNode,
  type OperationDefinitionNode,
} from "graphql";
import { REPO_ROOT } from "@pole/stack";
import {
  countTokens,
  DEFAULT_OPERATION_LIMITS,
  estimateOperationCost,
  MAX_PAGE_SIZE,
  measureOperation,
  readListSizes,
} from "@pole/subgraph-kit";
import { NoDeprecatedCustomRule } from "graphql/validation";
import { WEB_ROOT } from "../server";

const SRC = join(WEB_ROOT, "src");

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "gql" ? [] : graphqlFiles(path);
    return entry.name.endsWith(".graphql") ? [path] : [];
  });
}

describe("the web site's operations", () => {
  const files = graphqlFiles(SRC);
  const api = buildSchema(readFileSync(join(REPO_ROOT, "schema", "api.graphql"), "utf8"));

  it("are all named, each name used once, and valid against the API schema", () => {
    expect(files.length).toBeGreaterThan(0);
    const names: string[] = [];
    const problems: string[] = [];
    for (const file of files) {
      const document = parse(readFileSync(file, "utf8"));
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const name = (definition as OperationDefinitionNode).name?.value;
        if (!name) problems.push(`${relative(WEB_ROOT, file)}: an operation without a name`);
        else names.push(name);
      }
      problems.push(
        ...validate(api, document).map((error) => `${relative(WEB_ROOT, file)}: ${error.message}`),
      );
    }
    expect(problems).toEqual([]);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it("use no deprecated field, argument or enum value (the reference client shows the way forward)", () => {
    const uses = files.flatMap((file) =>
      validate(api, parse(readFileSync(file, "utf8")), [NoDeprecatedCustomRule]).map(
        (error) => `${relative(WEB_ROOT, file)}: ${error.message}`,
      ),
    );
    expect(uses).toEqual([]);
  });

  it("each fit within the gateway's default limits (cost, depth, fields, tokens) with the page sizes they ask", () => {
    // A page whose query the gateway refuses shows only an error: found by a territory's transfers page,
    // whose four lists of 100 cost 11,706. Variables take their defaults; a `first` the code passes at run
    // time is not seen here, so pages keep their sizes in the operations.
    const limits = DEFAULT_OPERATION_LIMITS;
    const listSizes = readListSizes(
      parse(readFileSync(join(REPO_ROOT, "schema", "supergraph.graphql"), "utf8")),
    );
    const definitions: DefinitionNode[] = files.flatMap(
      (file) => parse(readFileSync(file, "utf8")).definitions,
    );
    const fragments = definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
    const overLimits: string[] = [];
    for (const operation of definitions) {
      if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
      const document = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] } as const;
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? [])
          .filter((variable) => variable.defaultValue)
          .map((variable) => [variable.variable.name.value, valueFromASTUntyped(variable.defaultValue!)]),
      );
      const { cost } = estimateOperationCost(
        { schema: api, listSizes, undeclaredListSize: MAX_PAGE_SIZE, maxPageSize: MAX_PAGE_SIZE },
        document,
        operation,
        variables,
      );
      const shape = measureOperation(document, operation, limits.maxFields);
      const name = operation.name?.value;
      if (cost > limits.maxCost) overLimits.push(`${name}: cost ${cost} > ${limits.maxCost}`);
      if (shape.depth > limits.maxDepth) overLimits.push(`${name}: depth ${shape.depth}`);
      if (shape.fields > limits.maxFields) overLimits.push(`${name}: ${shape.fields} fields`);
      if (shape.aliases > limits.maxAliases) overLimits.push(`${name}: ${shape.aliases} aliases`);
      if (shape.rootFields > limits.maxRootFields)
        overLimits.push(`${name}: ${shape.rootFields} root fields`);
      if (countTokens(print(operation)) > limits.maxTokens) overLimits.push(`${name}: too many tokens`);
    }
    expect(overLimits).toEqual([]);
  });

  it("have their generated types committed as `npm run codegen` writes them today", () => {
    const result = spawnSync(
      process.execPath,
      ["-r", require.resolve("@swc-node/register"), join(__dirname, "codegen-run.ts")],
      { cwd: WEB_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    expect(result.stderr).toBe("");
    const { files: generated, error } = JSON.parse(result.stdout) as {
      files?: Record<string, string>;
      error?: string;
    };
    expect(error).toBeUndefined();
    const stale = Object.entries(generated!)
      .filter(([file, content]) => readFileSync(join(WEB_ROOT, file), "utf8") !== content)
      .map(([file]) => file);
    expect(stale).toEqual([]); // run `npm run codegen` and commit web/src/gql/
  });
});
