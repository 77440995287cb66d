import { AuditEntryPartner1796244606445, IdempotencyKeys1796300000000 } from "@pole/subgraph-kit";
import { KnowledgeFoundation1795811030890 } from "./1795811030890-knowledge-foundation";
import { AuditTrail1795812081826 } from "./1795812081826-audit-trail";
import { KnowledgePillar1795812956964 } from "./1795812956964-knowledge-pillar";
import { FrenchSearch1796222154461 } from "./1796222154461-french-search";
import { TransferOrigin1796236013805 } from "./1796236013805-transfer-origin";
import { TerritorySiren1796236906506 } from "./1796236906506-territory-siren";
import { PracticeTombstones1796245247094 } from "./1796245247094-practice-tombstones";
import { QpvCodes20241796244581999 } from "./1796244581999-qpv-codes-2024";
import { IncrementalSync1796244595082 } from "./1796244595082-incremental-sync";
import { WebhookDelivery1796245142126 } from "./1796245142126-webhook-delivery";
import { GoodPracticeRecord1796245583093 } from "./1796245583093-good-practice-record";
import { TerritoryReviewAndFilters1796245891101 } from "./1796245891101-territory-review-and-filters";

/** Every migration of the knowledge subgraph, oldest first. */
export const migrations = [
  KnowledgeFoundation1795811030890,
  AuditTrail1795812081826,
  KnowledgePillar1795812956964,
  FrenchSearch1796222154461,
  TransferOrigin1796236013805,
  TerritorySiren1796236906506,
  QpvCodes20241796244581999,
  IncrementalSync1796244595082,
  AuditEntryPartner1796244606445,
  WebhookDelivery1796245142126,
  PracticeTombstones1796245247094,
  GoodPracticeRecord1796245583093,
  TerritoryReviewAndFilters1796245891101,
  IdempotencyKeys1796300000000,
];
