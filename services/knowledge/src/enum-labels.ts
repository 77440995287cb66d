import { reportCoverageLabels, reportIndicatorEnumLabels, type EnumLabelTables } from "@pole/subgraph-kit";
import { adoptionStatusLabels } from "./adoption/adoption-status.enum";
import { importOutcomeLabels } from "./practice/import-outcome.enum";
import { organisationKindLabels } from "./practice/organisation-kind.enum";
import { pillarLabels } from "./practice/practice-pillar.enum";
import { practiceStatusLabels } from "./practice/practice-status.enum";
import { territoryChangeStatusLabels } from "./territory/territory-change-status.enum";
import { territoryKindLabels } from "./territory/territory-kind.enum";
import { audienceKindLabels } from "./transfer/audience-kind.enum";
import { transferKindLabels } from "./transfer/transfer-kind.enum";
import { transferOriginLabels } from "./transfer/transfer-origin.enum";

/** The French labels of every enum this subgraph's types return, by GraphQL enum name. */
export const knowledgeEnumLabels: EnumLabelTables = {
  ...reportIndicatorEnumLabels,
  AdoptionStatus: adoptionStatusLabels,
  AudienceKind: audienceKindLabels,
  ImportOutcome: importOutcomeLabels,
  OrganisationKind: organisationKindLabels,
  Pillar: pillarLabels,
  PracticeStatus: practiceStatusLabels,
  ReportCoverage: reportCoverageLabels,
  TerritoryChangeStatus: territoryChangeStatusLabels,
  TerritoryKind: territoryKindLabels,
  TransferKind: transferKindLabels,
  TransferOrigin: transferOriginLabels,
};
