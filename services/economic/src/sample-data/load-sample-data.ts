import { writeScaledCopies } from "@pole/subgraph-kit";
import type { DataSource, EntityManager } from "typeorm";
import { placeholderSiret } from "../common/identifiers";
import { CommercialActionParticipant } from "../commercial-action/commercial-action-participant.entity";
import { CommercialAction } from "../commercial-action/commercial-action.entity";
import { Collaboration } from "../collaboration/collaboration.entity";
import { ConsultingSession } from "../consulting/consulting-session.entity";
import { Funding } from "../funding/funding.entity";
import { AssociationMember } from "../governance/association-member.entity";
import { Award } from "../governance/award.entity";
import { Milestone } from "../governance/milestone.entity";
import { OperatingTeamMember } from "../governance/operating-team-member.entity";
import { SteeringCommitteeDecision } from "../governance/steering-committee-decision.entity";
import { SteeringCommitteeMeeting } from "../governance/steering-committee-meeting.entity";
import { SteeringCommitteeSeat } from "../governance/steering-committee-seat.entity";
import { GroupPurchaseParticipant } from "../group-purchase/group-purchase-participant.entity";
import { GroupPurchase } from "../group-purchase/group-purchase.entity";
import { Member } from "../member/member.entity";
import { LegalForm, MembershipKind } from "../member/member.enums";
import { MembershipPeriod } from "../member/membership-period.entity";
import { MemberYear } from "../member-year/member-year.entity";
import { eurosToCents, optionalCents } from "../money";
import { OfficeLease } from "../office-lease/office-lease.entity";
import { centsForHours } from "../service-offering/pricing-unit.enum";
import { ServiceCategory } from "../service-offering/service-category.enum";
import { ServiceOffering } from "../service-offering/service-offering.entity";
import { Booking } from "../shared-resource/booking.entity";
import { SharedResource } from "../shared-resource/shared-resource.entity";
import { TrainingAttendance } from "../training/training-attendance.entity";
import { TrainingSession } from "../training/training-session.entity";
import { Training } from "../training/training.entity";
import {
  sampleAssociationMembers,
  sampleAwards,
  sampleFundings,
  sampleMilestones,
  sampleOperatingTeam,
  sampleSteeringCommitteeMeetings,
  sampleSteeringCommitteeSeats,
} from "./sample-governance";
import { growthBeforeYear, membershipPeriodsOf, sampleMembers, type SampleMember } from "./sample-members";
import { sampleOfferings } from "./sample-offerings";
import {
  sampleBookings,
  sampleCollaborations,
  sampleCommercialActions,
  sampleConsultingSessions,
  sampleGroupPurchases,
  sampleSharedResources,
  sampleTrainings,
} from "./sample-services";
import { economicScaledTables } from "./scale-sample-data";

/** Monthly member rent per m², in cents (the preferential rate of the sample offer). */
const RENT_PER_SQM_CENTS = 950;
/** Monthly public rent per m², in cents (the public rate of the sample offer). */
const PUBLIC_RENT_PER_SQM_CENTS = 1300;
/** Area of the office a member rented during an earlier stay in the building. */
const EARLIER_OFFICE_SQM = 25;
const FIRST_YEAR = 2010;
const LAST_YEAR = 2013;

function yearsOf(member: SampleMember): MemberYear[] {
  if (member.lastFigures) return [figureRow(member.id, member.lastFigures.year, member.lastFigures.values)];
  const rows: MemberYear[] = [];
  const joinedYear = Number(member.joinedOn.slice(0, 4));
  for (let year = Math.max(FIRST_YEAR, joinedYear); year <= LAST_YEAR; year += 1) {
    const share = year === LAST_YEAR ? 1 : growthBeforeYear[year];
    const [fte, employees, budget, revenue, equity] = member.figures2013!;
    rows.push(
      figureRow(member.id, year, [
        Math.round(fte * share * 2) / 2,
        Math.round(employees * share),
        Math.round((budget * share) / 100) * 100,
        Math.round((revenue * share) / 100) * 100,
        Math.round((equity * share) / 100) * 100,
      ]),
    );
  }
  return rows;
}

function figureRow(
  memberId: string,
  year: number,
  values: [number, number, number, number, number],
): MemberYear {
  const [fte, permanentEmployees, budget, revenue, equity] = values;
  return Object.assign(new MemberYear(), {
    memberId,
    year,
    fte,
    permanentEmployees,
    budgetCents: eurosToCents(budget),
    revenueCents: eurosToCents(revenue),
    equityCents: eurosToCents(equity),
  });
}

/**
 * One lease per stay in the building (an INSTALLED period), member 3 moving to a larger office in 2012. A
 * founder that moved in before the association existed (`inBuildingSince`, 2007–2010) holds its lease from
 * that day: the lease register is older than the membership.
 */
function leasesOf(member: SampleMember): OfficeLease[] {
  const lease = (room: string, areaSqm: number, startsOn: string, endsOn: string | null) =>
    Object.assign(new OfficeLease(), {
      memberId: member.id,
      room,
      areaSqm,
      startsOn,
      endsOn,
      monthlyRentCents: areaSqm * RENT_PER_SQM_CENTS,
      publicMonthlyRentCents: areaSqm * PUBLIC_RENT_PER_SQM_CENTS,
    });
  const number = Number(member.id.slice(-2));
  const room = `Bureau ${Math.ceil(number / 3)}.${String(number).padStart(2, "0")}`;
  const installed = membershipPeriodsOf(member).filter((period) => period.kind === MembershipKind.INSTALLED);
  return installed.flatMap((period) => {
    const current =
      period.endsOn === (member.leftOn ?? null) && member.membershipKind === MembershipKind.INSTALLED;
    if (!current) return [lease(room, EARLIER_OFFICE_SQM, period.startsOn, period.endsOn)];
    const startsOn = member.inBuildingSince ?? period.startsOn;
    if (member.id.endsWith("03")) {
      return [
        lease("Bureau 1.04", 20, startsOn, "2011-12-31"),
        lease(room, member.officeAreaSqm!, "2012-01-01", null),
      ];
    }
    return [lease(room, member.officeAreaSqm!, startsOn, period.endsOn)];
  });
}

/** Placeholder identifiers: a SIRET for every structure with a legal personality, an RNA for associations. */
function identifiersOf(member: SampleMember): { siret: string | null; rnaNumber: string | null } {
  const number = Number(member.id.slice(-2));
  if (member.legalForm === LegalForm.CAE_HOSTING) return { siret: null, rnaNumber: null };
  return {
    siret: placeholderSiret(number),
    rnaNumber:
      member.legalForm === LegalForm.ASSOCIATION ? `W2120000${String(number).padStart(2, "0")}` : null,
  };
}

async function loadMembers(manager: EntityManager): Promise<void> {
  await manager.insert(
    Member,
    sampleMembers.map((member) => ({
      id: member.id,
      name: member.name,
      legalForm: member.legalForm,
      activities: member.activities,
      membershipKind: member.membershipKind,
      joinedOn: member.joinedOn,
      leftOn: member.leftOn ?? null,
      publicDescription: member.publicDescription,
      website: member.website ?? null,
      logoUrl: member.logoUrl ?? null,
      isSample: true,
      ...identifiersOf(member),
    })),
  );
  await manager.insert(
    MembershipPeriod,
    sampleMembers.flatMap((member) =>
      membershipPeriodsOf(member).map((period) => ({ memberId: member.id, ...period })),
    ),
  );
  await manager.insert(MemberYear, sampleMembers.flatMap(yearsOf));
  await manager.insert(OfficeLease, sampleMembers.flatMap(leasesOf));
}

async function loadServices(manager: EntityManager): Promise<void> {
  const offerings = await manager.save(
    sampleOfferings.map(({ memberRate, publicRate, ...offering }) =>
      manager.create(ServiceOffering, {
        ...offering,
        memberRateCents: optionalCents(memberRate),
        publicRateCents: optionalCents(publicRate),
      }),
    ),
  );
  const offeringOf = (category: ServiceCategory) => offerings.find((o) => o.category === category)!;

  for (const { participants, revenueGenerated, ...action } of sampleCommercialActions) {
    const saved = await manager.save(
      manager.create(CommercialAction, { ...action, revenueGeneratedCents: optionalCents(revenueGenerated) }),
    );
    await manager.insert(
      CommercialActionParticipant,
      participants.map((p) => ({
        actionId: saved.id,
        memberId: p.memberId,
        hours: p.hours,
        contributionCents: eurosToCents(p.contribution),
        publicValueCents: optionalCents(p.publicValue),
      })),
    );
  }

  await manager.insert(
    Collaboration,
    sampleCollaborations.map(({ amount, ...collaboration }) => ({
      ...collaboration,
      amountCents: eurosToCents(amount),
    })),
  );

  const resources = await manager.save(
    sampleSharedResources.map(({ memberHourlyRate, publicHourlyRate, ...resource }) =>
      manager.create(SharedResource, {
        ...resource,
        memberHourlyRateCents: eurosToCents(memberHourlyRate),
        publicHourlyRateCents: optionalCents(publicHourlyRate),
      }),
    ),
  );
  await manager.insert(
    Booking,
    sampleBookings().map(({ resourceIndex, ...booking }) => {
      const resource = resources[resourceIndex];
      const hours = (booking.endsAt.getTime() - booking.startsAt.getTime()) / 3_600_000;
      return {
        ...booking,
        resourceId: resource.id,
        memberAmountCents: Math.round(resource.memberHourlyRateCents * hours),
        publicAmountCents:
          resource.publicHourlyRateCents === null ? null : Math.round(resource.publicHourlyRateCents * hours),
      };
    }),
  );

  for (const { participants, ...purchase } of sampleGroupPurchases) {
    const saved = await manager.save(manager.create(GroupPurchase, purchase));
    await manager.insert(
      GroupPurchaseParticipant,
      participants.map((p) => ({
        purchaseId: saved.id,
        memberId: p.memberId,
        amountCents: eurosToCents(p.amount),
        publicAmountCents: eurosToCents(p.publicAmount),
      })),
    );
  }

  const consulting = offeringOf(ServiceCategory.TAILORED_CONSULTING);
  await manager.insert(
    ConsultingSession,
    sampleConsultingSessions().map((session) => ({
      ...session,
      offeringId: consulting.id,
      consultant: "Équipe du Pôle",
      memberAmountCents: centsForHours(consulting.memberRateCents, consulting.unit, session.hours) ?? 0,
      publicAmountCents: centsForHours(consulting.publicRateCents, consulting.unit, session.hours),
    })),
  );

  const trainingOffering = offeringOf(ServiceCategory.CUSTOM_TRAINING);
  for (const { sessions, ...training } of sampleTrainings) {
    const savedTraining = await manager.save(
      manager.create(Training, { ...training, offeringId: trainingOffering.id }),
    );
    for (const { attendance, ...session } of sessions) {
      const savedSession = await manager.save(
        manager.create(TrainingSession, { ...session, trainingId: savedTraining.id }),
      );
      await manager.insert(
        TrainingAttendance,
        attendance.map((a) => {
          const hours = session.hours * a.participantCount;
          return {
            sessionId: savedSession.id,
            memberId: a.memberId,
            participantCount: a.participantCount,
            memberAmountCents:
              centsForHours(trainingOffering.memberRateCents, trainingOffering.unit, hours) ?? 0,
            publicAmountCents: centsForHours(trainingOffering.publicRateCents, trainingOffering.unit, hours),
          };
        }),
      );
    }
  }
}

async function loadGovernance(manager: EntityManager): Promise<void> {
  await manager.insert(AssociationMember, sampleAssociationMembers);
  await manager.insert(OperatingTeamMember, sampleOperatingTeam);
  await manager.insert(SteeringCommitteeSeat, sampleSteeringCommitteeSeats);
  for (const { decisions, ...meeting } of sampleSteeringCommitteeMeetings) {
    const saved = await manager.save(manager.create(SteeringCommitteeMeeting, meeting));
    await manager.insert(
      SteeringCommitteeDecision,
      decisions.map((decision) => ({ ...decision, meetingId: saved.id, description: null })),
    );
  }
  await manager.insert(Milestone, sampleMilestones);
  await manager.insert(
    Award,
    sampleAwards.map(({ amount, ...award }) => ({ ...award, amountCents: optionalCents(amount) })),
  );
  await manager.insert(
    Funding,
    sampleFundings.map(({ amount, ...funding }) => ({
      ...funding,
      amountCents: eurosToCents(amount),
      isSample: true,
    })),
  );
}

/**
 * Loads the economic sample data (2010–2013) in one transaction when the database has no member yet.
 * With `scale` N > 1 (`npm run seed -- --scale N`), copies 2..N follow in the same transaction.
 * Returns whether it loaded anything.
 */
export async function loadSampleData(dataSource: DataSource, scale = 1): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(Member)) > 0) return false;
    await loadMembers(manager);
    await loadServices(manager);
    await loadGovernance(manager);
    await writeScaledCopies(manager, "economic", scale, economicScaledTables);
    return true;
  });
}
