import { reportCoverageLabels, reportIndicatorEnumLabels, type EnumLabelTables } from "@pole/subgraph-kit";
import { collaborationKindLabels } from "./collaboration/collaboration-kind.enum";
import { commercialActionKindLabels } from "./commercial-action/commercial-action.enums";
import { aidNatureLabels, funderKindLabels, paymentConditionsLabels } from "./funding/funding.enums";
import {
  associationMemberKindLabels,
  boardRoleLabels,
  bodyKindLabels,
  collegeLabels,
  decisionOutcomeLabels,
} from "./governance/governance.enums";
import { activityLabels, legalFormLabels, membershipKindLabels } from "./member/member.enums";
import { engagementKindLabels } from "./service-engagement/engagement-kind.enum";
import { pricingUnitLabels } from "./service-offering/pricing-unit.enum";
import { serviceCategoryLabels } from "./service-offering/service-category.enum";
import { sharedResourceKindLabels } from "./shared-resource/shared-resource-kind.enum";
import { viewerRoleLabels } from "./viewer/viewer-role.enum";

/** The French labels of every enum this subgraph's types return, by GraphQL enum name. */
export const economicEnumLabels: EnumLabelTables = {
  ...reportIndicatorEnumLabels,
  Activity: activityLabels,
  AidNature: aidNatureLabels,
  AssociationMemberKind: associationMemberKindLabels,
  BoardRole: boardRoleLabels,
  BodyKind: bodyKindLabels,
  CollaborationKind: collaborationKindLabels,
  College: collegeLabels,
  CommercialActionKind: commercialActionKindLabels,
  DecisionOutcome: decisionOutcomeLabels,
  EngagementKind: engagementKindLabels,
  FunderKind: funderKindLabels,
  LegalForm: legalFormLabels,
  MembershipKind: membershipKindLabels,
  PaymentConditions: paymentConditionsLabels,
  PricingUnit: pricingUnitLabels,
  ReportCoverage: reportCoverageLabels,
  ServiceCategory: serviceCategoryLabels,
  SharedResourceKind: sharedResourceKindLabels,
  ViewerRole: viewerRoleLabels,
};
