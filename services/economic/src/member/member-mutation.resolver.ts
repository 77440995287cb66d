import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import {
  conflict,
  invalidField,
  missingRecord,
  runMutation,
  type AccessRule,
  type IsoDate,
  type SubgraphContext,
  ChecksViewer,
} from "@pole/subgraph-kit";
import { assertActsFor } from "../common/access";
import { dayBefore } from "../common/dates";
import { Payload } from "../common/payload";
import { eurosToCents } from "../money";
import { MemberYear } from "../member-year/member-year.entity";
import { OfficeLease } from "../office-lease/office-lease.entity";
import { Member } from "./member.entity";
import { LegalForm, MembershipKind } from "./member.enums";
import {
  CreateMemberInput,
  RecordMemberDepartureInput,
  RecordMemberYearInput,
  RecordMembershipChangeInput,
  UpdateMemberInput,
} from "./member.inputs";
import { MembershipPeriod } from "./membership-period.entity";

export const CreateMemberPayload = Payload("CreateMember", "member", Member, "The new member.");
export const UpdateMemberPayload = Payload("UpdateMember", "member", Member, "The member as updated.");
export const RecordMemberDeparturePayload = Payload(
  "RecordMemberDeparture",
  "member",
  Member,
  "The member, with its leaving date.",
);
export const RecordMembershipChangePayload = Payload(
  "RecordMembershipChange",
  "member",
  Member,
  "The member under its new kind (see membershipHistory).",
);
export const RecordMemberYearPayload = Payload(
  "RecordMemberYear",
  "memberYear",
  MemberYear,
  "The year's figures as recorded.",
);

/** Refuses an RNA number on anything but an association. */
function assertRnaFitsLegalForm(legalForm: LegalForm, rnaNumber: string | null | undefined): void {
  if (rnaNumber && legalForm !== LegalForm.ASSOCIATION) {
    throw invalidField("input.rnaNumber", "consistency", "economic.rnaOnlyForAssociations");
  }
}

/** The member, locked for the rest of the transaction; NOT_FOUND when there is none. */
async function lockedMember(manager: EntityManager, id: string, path: string): Promise<Member> {
  const member = await manager.findOne(Member, { where: { id }, lock: { mode: "pessimistic_write" } });
  if (!member) throw missingRecord(path, "economic.noMember");
  return member;
}

async function currentPeriod(manager: EntityManager, memberId: string): Promise<MembershipPeriod> {
  const period = await manager.findOne(MembershipPeriod, {
    where: { memberId },
    order: { startsOn: "DESC" },
  });
  if (!period) throw new Error(`member ${memberId} has no membership period`);
  return period;
}

/**
 * Ends the member's leases still running after `lastDay` on that day. A lease that starts after it cannot
 * be ended there: BAD_USER_INPUT. Returns the ids of the leases ended.
 */
async function endLeasesAfter(
  manager: EntityManager,
  memberId: string,
  lastDay: IsoDate,
  path: string,
): Promise<string[]> {
  const leases = await manager
    .getRepository(OfficeLease)
    .createQueryBuilder("lease")
    .where("lease.memberId = :memberId", { memberId })
    .andWhere("(lease.endsOn IS NULL OR lease.endsOn > :lastDay)", { lastDay })
    .getMany();
  for (const lease of leases) {
    if (lease.startsOn > lastDay) {
      throw invalidField(path, "order", "economic.leaseStartsAfter", {
        room: lease.room,
        startsOn: lease.startsOn,
        lastDay,
      });
    }
    await manager.update(OfficeLease, { id: lease.id }, { endsOn: lastDay });
  }
  return leases.map((lease) => lease.id);
}

@Resolver()
export class MemberMutationResolver {
  @Authorized<AccessRule>("staff")
  @Mutation(() => CreateMemberPayload, { nullable: true, description: "Adds a member structure (staff)." })
  createMember(
    @Arg("input", () => CreateMemberInput) input: CreateMemberInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ member: Member }> {
    assertRnaFitsLegalForm(input.legalForm, input.rnaNumber);
    return runMutation(context, "createMember", async ({ manager, recordChange }) => {
      const member = await manager.save(
        manager.create(Member, {
          name: input.name,
          legalForm: input.legalForm,
          activities: input.activities,
          membershipKind: input.membershipKind,
          joinedOn: input.joinedOn,
          leftOn: null,
          siret: input.siret ?? null,
          rnaNumber: input.rnaNumber ?? null,
          publicDescription: input.publicDescription ?? null,
          website: input.website ?? null,
          logoUrl: input.logoUrl ?? null,
          isSample: false,
        }),
      );
      await manager.insert(MembershipPeriod, {
        memberId: member.id,
        kind: input.membershipKind,
        startsOn: input.joinedOn,
        endsOn: null,
      });
      recordChange("Member", member.id);
      return { member };
    });
  }

  @ChecksViewer()
  @Mutation(() => UpdateMemberPayload, {
    nullable: true,
    description: "Changes a member's profile: staff for any member, a member for itself only.",
  })
  updateMember(
    @Arg("input", () => UpdateMemberInput) input: UpdateMemberInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ member: Member }> {
    const id = input.id.toLowerCase();
    assertActsFor(context.viewer, id);
    return runMutation(context, "updateMember", async ({ manager, recordChange }) => {
      const member = await lockedMember(manager, id, "input.id");
      if (input.name !== undefined && input.name !== null) member.name = input.name;
      if (input.legalForm !== undefined && input.legalForm !== null) member.legalForm = input.legalForm;
      if (input.activities !== undefined && input.activities !== null) member.activities = input.activities;
      if (input.siret !== undefined) member.siret = input.siret;
      if (input.rnaNumber !== undefined) member.rnaNumber = input.rnaNumber;
      if (input.publicDescription !== undefined) member.publicDescription = input.publicDescription;
      if (input.website !== undefined) member.website = input.website;
      if (input.logoUrl !== undefined) member.logoUrl = input.logoUrl;
      assertRnaFitsLegalForm(member.legalForm, member.rnaNumber);
      const saved = await manager.save(member);
      recordChange("Member", id);
      return { member: saved };
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => RecordMemberDeparturePayload, {
    nullable: true,
    description:
      "Records that a member leaves the Pôle on a date, ending its membership and open leases (staff).",
  })
  recordMemberDeparture(
    @Arg("input", () => RecordMemberDepartureInput) input: RecordMemberDepartureInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ member: Member }> {
    return runMutation(context, "recordMemberDeparture", async ({ manager, recordChange }) => {
      const member = await lockedMember(manager, input.memberId.toLowerCase(), "input.memberId");
      if (member.leftOn) throw conflict("economic.alreadyLeft", { leftOn: member.leftOn });
      const period = await currentPeriod(manager, member.id);
      if (input.leftOn < period.startsOn) {
        throw invalidField("input.leftOn", "order", "economic.leftBeforeMembership", {
          startsOn: period.startsOn,
        });
      }
      await manager.update(MembershipPeriod, { id: period.id }, { endsOn: input.leftOn });
      member.leftOn = input.leftOn;
      const saved = await manager.save(member);
      for (const leaseId of await endLeasesAfter(manager, member.id, input.leftOn, "input.leftOn")) {
        recordChange("OfficeLease", leaseId);
      }
      recordChange("Member", member.id);
      return { member: saved };
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => RecordMembershipChangePayload, {
    nullable: true,
    description:
      "Records that a member moves into (INSTALLED) or out of (ASSOCIATED) the building on a date (staff). Yearly counts follow the history.",
  })
  recordMembershipChange(
    @Arg("input", () => RecordMembershipChangeInput) input: RecordMembershipChangeInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ member: Member }> {
    return runMutation(context, "recordMembershipChange", async ({ manager, recordChange }) => {
      const member = await lockedMember(manager, input.memberId.toLowerCase(), "input.memberId");
      if (member.leftOn) throw conflict("economic.leftThePole", { leftOn: member.leftOn });
      const period = await currentPeriod(manager, member.id);
      if (period.kind === input.kind) {
        throw invalidField("input.kind", "consistency", "economic.alreadyOfKind", { kind: input.kind });
      }
      if (input.effectiveOn <= period.startsOn) {
        throw invalidField("input.effectiveOn", "order", "economic.changeBeforePeriod", {
          startsOn: period.startsOn,
        });
      }
      const lastDay = dayBefore(input.effectiveOn);
      await manager.update(MembershipPeriod, { id: period.id }, { endsOn: lastDay });
      await manager.insert(MembershipPeriod, {
        memberId: member.id,
        kind: input.kind,
        startsOn: input.effectiveOn,
        endsOn: null,
      });
      if (input.kind === MembershipKind.ASSOCIATED) {
        for (const leaseId of await endLeasesAfter(manager, member.id, lastDay, "input.effectiveOn")) {
          recordChange("OfficeLease", leaseId);
        }
      }
      member.membershipKind = input.kind;
      const saved = await manager.save(member);
      recordChange("Member", member.id);
      return { member: saved };
    });
  }

  @ChecksViewer()
  @Mutation(() => RecordMemberYearPayload, {
    nullable: true,
    description:
      "Records a member's figures for a year, replacing any already there: staff for any member, a member for itself only.",
  })
  recordMemberYear(
    @Arg("input", () => RecordMemberYearInput) input: RecordMemberYearInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ memberYear: MemberYear }> {
    const memberId = input.memberId.toLowerCase();
    assertActsFor(context.viewer, memberId);
    return runMutation(context, "recordMemberYear", async ({ manager, recordChange }) => {
      const member = await lockedMember(manager, memberId, "input.memberId");
      const joinedYear = Number(member.joinedOn.slice(0, 4));
      const leftYear = member.leftOn ? Number(member.leftOn.slice(0, 4)) : Infinity;
      if (input.year < joinedYear || input.year > leftYear) {
        throw invalidField("input.year", "consistency", "economic.notMemberInYear", { year: input.year });
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(MemberYear)
        .values({
          memberId,
          year: input.year,
          fte: input.fte,
          permanentEmployees: input.permanentEmployees,
          budgetCents: eurosToCents(input.budget),
          revenueCents: eurosToCents(input.revenue),
          equityCents: eurosToCents(input.equity),
        })
        .orUpdate(
          ["fte", "permanent_employees", "budget_cents", "revenue_cents", "equity_cents"],
          ["member_id", "year"],
        )
        .execute();
      const memberYear = await manager.findOneByOrFail(MemberYear, { memberId, year: input.year });
      recordChange("MemberYear", memberYear.id);
      return { memberYear };
    });
  }
}
