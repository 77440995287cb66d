import type { Logger } from "typeorm";
import { AuditEntry, createDataSource, IdempotencyKey } from "@pole/subgraph-kit";
import { CommercialActionParticipant } from "./commercial-action/commercial-action-participant.entity";
import { CommercialAction } from "./commercial-action/commercial-action.entity";
import { Collaboration } from "./collaboration/collaboration.entity";
import { ConsultingSession } from "./consulting/consulting-session.entity";
import { Funding } from "./funding/funding.entity";
import { AssociationMember } from "./governance/association-member.entity";
import { Award } from "./governance/award.entity";
import { Milestone } from "./governance/milestone.entity";
import { OperatingTeamMember } from "./governance/operating-team-member.entity";
import { SteeringCommitteeDecision } from "./governance/steering-committee-decision.entity";
import { SteeringCommitteeMeeting } from "./governance/steering-committee-meeting.entity";
import { SteeringCommitteeSeat } from "./governance/steering-committee-seat.entity";
import { GroupPurchaseParticipant } from "./group-purchase/group-purchase-participant.entity";
import { GroupPurchase } from "./group-purchase/group-purchase.entity";
import { Member } from "./member/member.entity";
import { MembershipPeriod } from "./member/membership-period.entity";
import { MemberYear } from "./member-year/member-year.entity";
import { OfficeLease } from "./office-lease/office-lease.entity";
import { ServiceOffering } from "./service-offering/service-offering.entity";
import { Booking } from "./shared-resource/booking.entity";
import { SharedResource } from "./shared-resource/shared-resource.entity";
import { TrainingAttendance } from "./training/training-attendance.entity";
import { TrainingSession } from "./training/training-session.entity";
import { Training } from "./training/training.entity";
import { migrations } from "./migrations";

export const economicEntities = [
  Member,
  MembershipPeriod,
  MemberYear,
  ServiceOffering,
  OfficeLease,
  CommercialAction,
  CommercialActionParticipant,
  Collaboration,
  SharedResource,
  Booking,
  GroupPurchase,
  GroupPurchaseParticipant,
  ConsultingSession,
  Training,
  TrainingSession,
  TrainingAttendance,
  AssociationMember,
  OperatingTeamMember,
  SteeringCommitteeSeat,
  SteeringCommitteeMeeting,
  SteeringCommitteeDecision,
  Milestone,
  Award,
  Funding,
  AuditEntry,
  IdempotencyKey,
];

/** The economic subgraph's DataSource on the database at `url`. */
export function createEconomicDataSource(url: string, logger?: Logger) {
  return createDataSource({
    url,
    entities: economicEntities,
    migrations,
    logger,
    applicationName: "pole-economic",
  });
}
