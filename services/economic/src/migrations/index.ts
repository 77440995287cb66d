import { AuditEntryPartner1796244606445, IdempotencyKeys1796300000000 } from "@pole/subgraph-kit";
import { EconomicFoundation1795810764363 } from "./1795810764363-economic-foundation";
import { AuditTrail1795812072738 } from "./1795812072738-audit-trail";
import { EconomicPillar1795812635771 } from "./1795812635771-economic-pillar";
import { MemberWebsiteAndLogo1796221674852 } from "./1796221674852-member-website-and-logo";
import { AccentFolding1796221684040 } from "./1796221684040-accent-folding";
import { FundingSchemeId1796235426090 } from "./1796235426090-funding-scheme-id";
import { FundingSampleFlag1796235985458 } from "./1796235985458-funding-sample-flag";

/** Every migration of the economic subgraph, oldest first. */
export const migrations = [
  EconomicFoundation1795810764363,
  AuditTrail1795812072738,
  EconomicPillar1795812635771,
  MemberWebsiteAndLogo1796221674852,
  AccentFolding1796221684040,
  FundingSchemeId1796235426090,
  FundingSampleFlag1796235985458,
  AuditEntryPartner1796244606445,
  IdempotencyKeys1796300000000,
];
