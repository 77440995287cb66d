import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { REPO_ROOT } from "@pole/stack";

// The README's codegen set-up (@graphql-codegen/client-preset against schema/api.graphql) over the committed
// operations of schema/operations/, as a frontend's `graphql-codegen` run would do it (codegen-run.ts).

const OPERATIONS = join(REPO_ROOT, "schema", "operations");

/** The generated files for these GraphQL files, or the generator's error. */
function generate(locations: string[]): { files?: Record<string, string>; error?: string } {
  const result = spawnSync(
    process.execPath,
    ["-r", require.resolve("@swc-node/register"), join(__dirname, "codegen-run.ts"), ...locations],
    { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { files?: Record<string, string>; error?: string };
}

const committedOperations = () =>
  readdirSync(OPERATIONS)
    .filter((file) => file.endsWith(".graphql"))
    .map((file) => join(OPERATIONS, file));

/** TypeScript's diagnostics for the generated files, compiled strictly against the repository's packages. */
function compileErrors(files: Record<string, string>): string[] {
  const root = join(REPO_ROOT, "gateway", "test", "__codegen__");
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
  };
  const inMemory = new Map(Object.entries(files).map(([name, text]) => [join(root, name), text]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => inMemory.get(name) ?? readFile(name);
  host.fileExists = (name) => inMemory.has(name) || fileExists(name);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (name) =>
    [...inMemory.keys()].some((file) => file.startsWith(`${name}/`)) || (directoryExists?.(name) ?? false);
  const program = ts.createProgram([...inMemory.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

describe("codegen with the client preset against schema/api.graphql", () => {
  it("types every committed operation, and the generated code compiles strictly", () => {
    const operations = committedOperations();
    expect(operations.length).toBeGreaterThan(0);
    const { files, error } = generate(operations);
    expect(error).toBeUndefined();
    expect(Object.keys(files!).sort()).toEqual(
      expect.arrayContaining(["gql/fragment-masking.ts", "gql/gql.ts", "gql/graphql.ts", "gql/index.ts"]),
    );
    const types = files!["gql/graphql.ts"];
    expect(types).toMatch(
      /export type AnnualReportsQueryVariables = Exact<\{\s*from: number;\s*to: number;\s*\}>;/,
    );
    expect(types).toContain("export type AnnualReportsQuery = { annualReports: Array<");
    // LocalDate as the README's codegen.ts maps it
    expect(types).toMatch(
      /export type FundingOpenDataQuery = \{ fundingOpenData: Array<\{ [^}]*dateConvention: string,/,
    );
    expect(compileErrors(files!)).toEqual([]);
  }, 60_000);

  it("refuses an operation that asks for a field the schema does not have", () => {
    const folder = mkdtempSync(join(tmpdir(), "pole-codegen-"));
    try {
      const stale = join(folder, "stale.graphql");
      writeFileSync(stale, 'query Stale { member(id: "x") { name vanished } }');
      expect(generate([stale]).error).toMatch(/Cannot query field "vanished" on type "Member"/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
