// The schema the fuzzer reads at run time (schema/api.graphql, never hard-coded fields) and the gateway's
// operation limits, from the same code and environment the gateway reads them from.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, parse, type GraphQLSchema } from "graphql";
import {
  DEFAULT_OPERATION_LIMITS,
  MAX_PAGE_SIZE,
  readListSizes,
  type ListSizes,
  type OperationLimits,
} from "@pole/subgraph-kit";
import { REPO_ROOT } from "../services";

export interface FuzzSchema {
  api: GraphQLSchema;
  listSizes: ListSizes;
  limits: OperationLimits;
  maxPageSize: number;
}

/** The gateway's variable for each limit (gateway/src/gateway-config.ts), read the same way. */
const LIMIT_VARIABLES: Record<Exclude<keyof OperationLimits, "blockSuggestions">, string> = {
  maxDepth: "MAX_DEPTH",
  maxAliases: "MAX_ALIASES",
  maxDirectives: "MAX_DIRECTIVES",
  maxTokens: "MAX_TOKENS",
  maxCost: "MAX_COST",
  maxRootFields: "MAX_ROOT_FIELDS",
  maxFields: "MAX_FIELDS",
  maxFieldRepeats: "MAX_FIELD_REPEATS",
};

/** The limits a gateway started with this environment applies: its variables, else the kit's defaults. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): OperationLimits {
  const limits: OperationLimits = { ...DEFAULT_OPERATION_LIMITS };
  for (const [key, variable] of Object.entries(LIMIT_VARIABLES)) {
    const value = Number(env[variable]);
    if (Number.isInteger(value) && value > 0) (limits as unknown as Record<string, number>)[key] = value;
  }
  return limits;
}

export function loadFuzzSchema(env: NodeJS.ProcessEnv = process.env): FuzzSchema {
  const api = buildSchema(readFileSync(join(REPO_ROOT, "schema", "api.graphql"), "utf8"));
  const listSizes = readListSizes(
    parse(readFileSync(join(REPO_ROOT, "schema", "supergraph.graphql"), "utf8")),
  );
  return { api, listSizes, limits: limitsFromEnv(env), maxPageSize: MAX_PAGE_SIZE };
}
