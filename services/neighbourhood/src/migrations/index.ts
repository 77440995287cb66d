import { NeighbourhoodFoundation1795811014867 } from "./1795811014867-neighbourhood-foundation";
import { AuditTrail1795812077249 } from "./1795812077249-audit-trail";
import { NeighbourhoodPillar1795812553853 } from "./1795812553853-neighbourhood-pillar";

/** Every migration of the neighbourhood subgraph, oldest first. */
export const migrations = [
  NeighbourhoodFoundation1795811014867,
  AuditTrail1795812077249,
  NeighbourhoodPillar1795812553853,
];
