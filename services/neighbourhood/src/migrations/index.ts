import { AuditEntryPartner1796244606445, IdempotencyKeys1796300000000 } from "@pole/subgraph-kit";
import { NeighbourhoodFoundation1795811014867 } from "./1795811014867-neighbourhood-foundation";
import { AuditTrail1795812077249 } from "./1795812077249-audit-trail";
import { NeighbourhoodPillar1795812553853 } from "./1795812553853-neighbourhood-pillar";
import { PendingContributions1796198052875 } from "./1796198052875-pending-contributions";
import { AccentFolding1796221910310 } from "./1796221910310-accent-folding";
import { QpvCodes20241796244585434 } from "./1796244585434-qpv-codes-2024";

/** Every migration of the neighbourhood subgraph, oldest first. */
export const migrations = [
  NeighbourhoodFoundation1795811014867,
  AuditTrail1795812077249,
  NeighbourhoodPillar1795812553853,
  PendingContributions1796198052875,
  AccentFolding1796221910310,
  QpvCodes20241796244585434,
  AuditEntryPartner1796244606445,
  IdempotencyKeys1796300000000,
];
