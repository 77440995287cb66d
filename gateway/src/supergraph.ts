import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ConfigError } from "@pole/subgraph-kit";

/** The committed supergraph, composed by `npm run schema`. */
export const DEFAULT_SUPERGRAPH_PATH = resolve(__dirname, "..", "..", "schema", "supergraph.graphql");

export function readSupergraph(path = DEFAULT_SUPERGRAPH_PATH, variable = "SUPERGRAPH_PATH"): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new ConfigError([`${variable}: cannot read the supergraph at ${path} (run \`npm run schema\`)`]);
  }
}
