import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import {
  invalidField,
  message,
  Connection,
  missingRecord,
  PageArgs,
  runMutation,
  type AccessRule,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { LessThanOrEqual } from "typeorm";
import { refuseOverlap } from "../common/conflict";
import { assertOrdered } from "../common/dates";
import { pageOf } from "../common/listing";
import { Payload } from "../common/payload";
import { recordById } from "../common/relation-loaders";
import { Member } from "../member/member.entity";
import { MembershipKind } from "../member/member.enums";
import { MembershipPeriod } from "../member/membership-period.entity";
import { eurosToCents, optionalCents } from "../money";
import { OfficeLease } from "./office-lease.entity";
import {
  CreateOfficeLeaseInput,
  EndOfficeLeaseInput,
  OfficeLeaseFilter,
  OfficeLeaseSort,
  OfficeLeaseSortField,
} from "./office-lease.inputs";

export const OfficeLeaseConnection = Connection(
  OfficeLease,
  "OfficeLease",
  "A page of office leases (Relay connection).",
);
type OfficeLeaseConnection = InstanceType<typeof OfficeLeaseConnection>;

export const CreateOfficeLeasePayload = Payload(
  "CreateOfficeLease",
  "officeLease",
  OfficeLease,
  "The new lease.",
);
export const EndOfficeLeasePayload = Payload(
  "EndOfficeLease",
  "officeLease",
  OfficeLease,
  "The lease, ended.",
);

const sortColumns: Record<OfficeLeaseSortField, string> = {
  STARTS_ON: "lease.startsOn",
  ROOM: "lease.room",
  AREA: "lease.areaSqm",
};

const overlapMessage = (room: string) => message("economic.roomLeased", { room });

@Resolver(() => OfficeLease)
export class OfficeLeaseResolver {
  @Query(() => OfficeLeaseConnection, {
    nullable: true,
    description: "Office leases in the building (rooms, areas and dates are public; rents are not).",
  })
  officeLeases(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => OfficeLeaseFilter, { nullable: true }) filter?: OfficeLeaseFilter,
    @Arg("sort", () => OfficeLeaseSort, { nullable: true }) sort?: OfficeLeaseSort,
  ): Promise<OfficeLeaseConnection> {
    const query = dataSource.getRepository(OfficeLease).createQueryBuilder("lease");
    if (filter?.memberId)
      query.andWhere("lease.memberId = :memberId", { memberId: filter.memberId.toLowerCase() });
    if (filter?.room) query.andWhere("lease.room = :room", { room: filter.room });
    if (filter?.inForceOn) {
      query.andWhere("lease.startsOn <= :day AND (lease.endsOn IS NULL OR lease.endsOn >= :day)", {
        day: filter.inForceOn,
      });
    }
    return pageOf(query, page, sortColumns[sort?.field ?? OfficeLeaseSortField.STARTS_ON], sort?.direction);
  }

  @FieldResolver(() => Member, { description: "The tenant." })
  async member(@Root() lease: OfficeLease, @Ctx() context: SubgraphContext) {
    return recordById(context, Member).load(lease.memberId);
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => CreateOfficeLeasePayload, {
    nullable: true,
    description: "Records an office lease (staff); CONFLICT when the room is leased over some of its days.",
  })
  createOfficeLease(
    @Arg("input", () => CreateOfficeLeaseInput) input: CreateOfficeLeaseInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ officeLease: OfficeLease }> {
    assertOrdered(input.startsOn, input.endsOn, "input.startsOn", "input.endsOn");
    const memberId = input.memberId.toLowerCase();
    return runMutation(context, "createOfficeLease", async ({ manager, recordChange }) => {
      const member = await manager.findOneBy(Member, { id: memberId });
      if (!member) throw missingRecord("input.memberId", "economic.noMember");
      const period = await manager.findOne(MembershipPeriod, {
        where: { memberId, startsOn: LessThanOrEqual(input.startsOn) },
        order: { startsOn: "DESC" },
      });
      const inForce = period && (period.endsOn === null || period.endsOn >= input.startsOn);
      if (!inForce || period.kind !== MembershipKind.INSTALLED) {
        throw invalidField("input.startsOn", "consistency", "economic.notInstalled");
      }
      const officeLease = await refuseOverlap(
        manager.save(
          manager.create(OfficeLease, {
            memberId,
            room: input.room,
            areaSqm: input.areaSqm,
            startsOn: input.startsOn,
            endsOn: input.endsOn ?? null,
            monthlyRentCents: eurosToCents(input.monthlyRent),
            publicMonthlyRentCents: optionalCents(input.publicMonthlyRent),
          }),
        ),
        overlapMessage(input.room),
      );
      recordChange("OfficeLease", officeLease.id);
      return { officeLease };
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => EndOfficeLeasePayload, {
    nullable: true,
    description: "Ends an office lease on a day (staff).",
  })
  endOfficeLease(
    @Arg("input", () => EndOfficeLeaseInput) input: EndOfficeLeaseInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ officeLease: OfficeLease }> {
    return runMutation(context, "endOfficeLease", async ({ manager, recordChange }) => {
      const lease = await manager.findOneBy(OfficeLease, { id: input.leaseId.toLowerCase() });
      if (!lease) throw missingRecord("input.leaseId", "economic.noOfficeLease");
      assertOrdered(lease.startsOn, input.endsOn, lease.startsOn, "input.endsOn");
      lease.endsOn = input.endsOn;
      const officeLease = await refuseOverlap(manager.save(lease), overlapMessage(lease.room));
      recordChange("OfficeLease", officeLease.id);
      return { officeLease };
    });
  }
}
