import { reportCoverageLabels, reportIndicatorEnumLabels, type EnumLabelTables } from "@pole/subgraph-kit";
import { initiativeHelpKindLabels } from "./collective-initiative/initiative-help-kind.enum";
import { contributionStatusLabels } from "./contribution/contribution-status.enum";
import { marketStudyRoleLabels, marketStudyStatusLabels } from "./market-study/market-study.enums";
import { actionKindLabels } from "./neighbourhood-action/action-kind.enum";
import { actionPlaceKindLabels } from "./neighbourhood-action/action-place-kind.enum";
import { actionStatusLabels } from "./neighbourhood-action/action-status.enum";
import { resultStatusLabels } from "./project-result/result-status.enum";

/** The French labels of every enum this subgraph's types return, by GraphQL enum name. */
export const neighbourhoodEnumLabels: EnumLabelTables = {
  ...reportIndicatorEnumLabels,
  ActionKind: actionKindLabels,
  ActionPlaceKind: actionPlaceKindLabels,
  ActionStatus: actionStatusLabels,
  ContributionStatus: contributionStatusLabels,
  InitiativeHelpKind: initiativeHelpKindLabels,
  MarketStudyRole: marketStudyRoleLabels,
  MarketStudyStatus: marketStudyStatusLabels,
  ReportCoverage: reportCoverageLabels,
  ResultStatus: resultStatusLabels,
};
