import { resolve } from "node:path";

/** The repository's root folder. */
export const REPO_ROOT = resolve(__dirname, "..", "..", "..");

export interface ServiceDefinition {
  name: string;
  /** Folder of the workspace, relative to the repository root. */
  dir: string;
  /** Port variable the launcher reads for it, and its default. */
  portVariable: string;
  defaultPort: number;
}

/** The three subgraphs, in the order they start. */
export const SUBGRAPHS: ServiceDefinition[] = [
  { name: "economic", dir: "services/economic", portVariable: "ECONOMIC_PORT", defaultPort: 4001 },
  {
    name: "neighbourhood",
    dir: "services/neighbourhood",
    portVariable: "NEIGHBOURHOOD_PORT",
    defaultPort: 4002,
  },
  { name: "knowledge", dir: "services/knowledge", portVariable: "KNOWLEDGE_PORT", defaultPort: 4003 },
];

export const GATEWAY: ServiceDefinition = {
  name: "gateway",
  dir: "gateway",
  portVariable: "GATEWAY_PORT",
  defaultPort: 4000,
};

/** Env variable the gateway reads a subgraph's URL from, e.g. ECONOMIC_URL. */
export const subgraphUrlVariable = (name: string) => `${name.toUpperCase()}_URL`;
