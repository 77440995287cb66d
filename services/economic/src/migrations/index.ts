import { EconomicFoundation1795810764363 } from "./1795810764363-economic-foundation";
import { AuditTrail1795812072738 } from "./1795812072738-audit-trail";

/** Every migration of the economic subgraph, oldest first. */
export const migrations = [EconomicFoundation1795810764363, AuditTrail1795812072738];
