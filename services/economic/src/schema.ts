import type { GraphQLSchema } from "graphql";
import {
  buildFederatedSchema,
  createAuditTrailResolver,
  createReportChangeResolver,
} from "@pole/subgraph-kit";
import { economyReportByYear } from "./annual-report/economy-report.loader";
import { EconomyReport } from "./annual-report/economy-report.type";
import { FundingOpenDataResolver } from "./funding/funding-open-data.resolver";
import { AnnualReportResolver } from "./annual-report/annual-report.resolver";
import { annualReportReference } from "./annual-report/annual-report.reference";
import { economyIndicators } from "./annual-report/economy-report.indicators";
import { ReportIndicatorsResolver } from "./annual-report/report-indicators.resolver";
import { CollaborationResolver } from "./collaboration/collaboration.resolver";
import {
  CommercialActionParticipantResolver,
  CommercialActionResolver,
} from "./commercial-action/commercial-action.resolver";
import { ConsultingSessionResolver } from "./consulting/consulting-session.resolver";
import { FundingResolver } from "./funding/funding.resolver";
import { AssociationMemberResolver } from "./governance/association-member.resolver";
import { HistoryResolver } from "./governance/history.resolver";
import { OperatingTeamResolver } from "./governance/operating-team.resolver";
import {
  SteeringCommitteeMeetingResolver,
  SteeringCommitteeResolver,
} from "./governance/steering-committee.resolver";
import {
  GroupPurchaseParticipantResolver,
  GroupPurchaseResolver,
} from "./group-purchase/group-purchase.resolver";
import { MemberMutationResolver } from "./member/member-mutation.resolver";
import { MemberResolver } from "./member/member.resolver";
import { memberReference } from "./member/member.reference";
import { OfficeLeaseResolver } from "./office-lease/office-lease.resolver";
import { ServiceEngagementResolver } from "./service-engagement/service-engagement.resolver";
import { ServiceOfferingResolver } from "./service-offering/service-offering.resolver";
import { BookingResolver, SharedResourceResolver } from "./shared-resource/shared-resource.resolver";
import { ViewerResolver } from "./viewer/viewer.resolver";
import {
  TrainingAttendanceResolver,
  TrainingResolver,
  TrainingSessionResolver,
} from "./training/training.resolver";
import { economicEnumLabels } from "./enum-labels";

/** The economic subgraph's schema; builds without a database. */
export function buildEconomicSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      createAuditTrailResolver("economic"),
      MemberResolver,
      MemberMutationResolver,
      ViewerResolver,
      ServiceOfferingResolver,
      ServiceEngagementResolver,
      CommercialActionResolver,
      CommercialActionParticipantResolver,
      CollaborationResolver,
      OfficeLeaseResolver,
      SharedResourceResolver,
      BookingResolver,
      GroupPurchaseResolver,
      GroupPurchaseParticipantResolver,
      ConsultingSessionResolver,
      TrainingResolver,
      TrainingSessionResolver,
      TrainingAttendanceResolver,
      AssociationMemberResolver,
      OperatingTeamResolver,
      SteeringCommitteeResolver,
      SteeringCommitteeMeetingResolver,
      HistoryResolver,
      FundingResolver,
      FundingOpenDataResolver,
      AnnualReportResolver,
      ReportIndicatorsResolver,
      createReportChangeResolver(EconomyReport, (context, year) => economyReportByYear(context).load(year)),
    ],
    enumLabels: economicEnumLabels,
    referenceResolvers: {
      Member: memberReference,
      AnnualReport: annualReportReference,
      ReportIndicatorCatalogue: economyIndicators.reference,
    },
  });
}
