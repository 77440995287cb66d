import { EconomicFoundation1795810764363 } from "./1795810764363-economic-foundation";

/** Every migration of the economic subgraph, oldest first. */
export const migrations = [EconomicFoundation1795810764363];
