import { KnowledgeFoundation1795811030890 } from "./1795811030890-knowledge-foundation";
import { AuditTrail1795812081826 } from "./1795812081826-audit-trail";
import { KnowledgePillar1795812956964 } from "./1795812956964-knowledge-pillar";
import { FrenchSearch1796222154461 } from "./1796222154461-french-search";
import { TransferOrigin1796236013805 } from "./1796236013805-transfer-origin";
import { TerritorySiren1796236906506 } from "./1796236906506-territory-siren";
import { PracticeTombstones1796245247094 } from "./1796245247094-practice-tombstones";
import { TerritoryReviewAndFilters1796245891101 } from "./1796245891101-territory-review-and-filters";

/** Every migration of the knowledge subgraph, oldest first. */
export const migrations = [
  KnowledgeFoundation1795811030890,
  AuditTrail1795812081826,
  KnowledgePillar1795812956964,
  FrenchSearch1796222154461,
  TransferOrigin1796236013805,
  TerritorySiren1796236906506,
  PracticeTombstones1796245247094,
  TerritoryReviewAndFilters1796245891101,
];
