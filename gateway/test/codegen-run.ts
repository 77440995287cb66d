// Runs the README's codegen set-up (@graphql-codegen/client-preset against schema/api.graphql) over GraphQL
// documents, as a frontend's `graphql-codegen` run would, and prints the generated files as JSON
// ({ files } or { error }). A script of its own: the preset's ESM-only dependencies load in Node, not in jest.
// Usage: node -r @swc-node/register gateway/test/codegen-run.ts <file.graphql>…
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { preset } from "@graphql-codegen/client-preset";
import { codegen } from "@graphql-codegen/core";
import { buildSchema, parse } from "graphql";

const REPO_ROOT = join(__dirname, "..", "..");
const SDL = readFileSync(join(REPO_ROOT, "schema", "api.graphql"), "utf8");
/** The README's codegen.ts `config`. */
export const CODEGEN_CONFIG = {
  scalars: { LocalDate: "string", DateTimeISO: "string" },
  enumsAsTypes: true,
  useTypeImports: true,
};

/** What the client preset writes into `gql/` for these documents: file name → content. */
async function generate(locations: string[]): Promise<Record<string, string>> {
  const sections = await preset.buildGeneratesSection({
    baseOutputDir: "gql/",
    presetConfig: {},
    plugins: [],
    pluginMap: {},
    schema: parse(SDL),
    schemaAst: buildSchema(SDL),
    documents: locations.map((location) => {
      const rawSDL = readFileSync(location, "utf8");
      return { location, rawSDL, document: parse(rawSDL) };
    }),
    config: CODEGEN_CONFIG,
  });
  const files: Record<string, string> = {};
  for (const section of sections) files[section.filename] = await codegen(section);
  return files;
}

generate(process.argv.slice(2)).then(
  (files) => process.stdout.write(JSON.stringify({ files })),
  (error: Error) => process.stdout.write(JSON.stringify({ error: error.message })),
);
