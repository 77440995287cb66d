import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import {
  centsToEuros,
  requireUuid,
  keysetPage,
  PageArgs,
  pageRequest,
  queryKeyset,
  assertReportYear,
  type AccessRule,
  type SubgraphContext,
  MaxItems,
} from "@pole/subgraph-kit";
import { Collaboration } from "../collaboration/collaboration.entity";
import { MemberYear } from "../member-year/member-year.entity";
import { OfficeLease } from "../office-lease/office-lease.entity";
import { ServiceEngagement } from "../service-engagement/service-engagement.type";
import { ServiceCategory } from "../service-offering/service-category.enum";
import { MemberConnection } from "./member-connection.type";
import { Member } from "./member.entity";
import { MemberFilter, MemberSort, MemberSortField } from "./member-filter.input";
import { narrowMembers } from "./member-filter.query";
import {
  collaborationsByMember,
  memberById,
  memberYearsByMember,
  membershipPeriodsByMember,
  officeLeasesByMember,
  serviceEngagementsByMember,
} from "./member.loader";
import { MembershipPeriod } from "./membership-period.entity";

const sortColumns: Record<MemberSortField, string> = {
  [MemberSortField.NAME]: "member.name",
  [MemberSortField.JOINED_ON]: "member.joinedOn",
};

@Resolver(() => Member)
export class MemberResolver {
  @Query(() => Member, { nullable: true, description: "A member structure by id; null when there is none." })
  async member(@Arg("id", () => ID) id: string, @Ctx() context: SubgraphContext): Promise<Member | null> {
    return memberById(context).load(requireUuid(id));
  }

  @Query(() => MemberConnection, {
    nullable: true,
    description:
      "Member structures, filtered and sorted, a page at a time: current members only, unless `filter.includeFormer` or `filter.activeInYear` says otherwise.",
  })
  async members(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => MemberFilter, { nullable: true }) filter?: MemberFilter,
    @Arg("sort", () => MemberSort, { nullable: true }) sort?: MemberSort,
  ): Promise<MemberConnection> {
    const query = dataSource.getRepository(Member).createQueryBuilder("member");
    const order = queryKeyset(query, "members", [
      { column: sortColumns[sort?.field ?? MemberSortField.NAME], direction: sort?.direction ?? "ASC" },
    ]);
    const request = pageRequest(page, order);
    narrowMembers(query, filter);
    return keysetPage(query, request);
  }

  @Authorized<AccessRule>("staff", "council", "owner")
  @MaxItems(50)
  @FieldResolver(() => [MemberYear], {
    nullable: true,
    description: "The member's yearly figures, oldest first (staff, council and the member itself).",
  })
  async figures(
    @Root() member: Member,
    @Ctx() context: SubgraphContext,
    @Arg("year", () => Int, { nullable: true, description: "Only this year." }) year?: number,
  ): Promise<MemberYear[]> {
    if (year !== undefined && year !== null) assertReportYear(year);
    const years = await memberYearsByMember(context).load(member.id);
    return year === undefined || year === null ? years : years.filter((row) => row.year === year);
  }

  @MaxItems(20)
  @FieldResolver(() => [OfficeLease], { description: "Offices the member rents or rented in the building." })
  officeLeases(@Root() member: Member, @Ctx() context: SubgraphContext): Promise<OfficeLease[]> {
    return officeLeasesByMember(context).load(member.id);
  }

  @MaxItems(20)
  @FieldResolver(() => [MembershipPeriod], {
    description: "The member's periods as installed or associated member, oldest first.",
  })
  membershipHistory(@Root() member: Member, @Ctx() context: SubgraphContext): Promise<MembershipPeriod[]> {
    return membershipPeriodsByMember(context).load(member.id);
  }

  @Authorized<AccessRule>("staff", "owner")
  @MaxItems(100)
  @FieldResolver(() => [ServiceEngagement], {
    nullable: true,
    description:
      "Every use the member made of the service offer, oldest first, with prices and savings (staff and the member itself).",
  })
  async serviceEngagements(
    @Root() member: Member,
    @Ctx() context: SubgraphContext,
    @Arg("year", () => Int, { nullable: true, description: "Only this year." }) year?: number,
    @Arg("category", () => ServiceCategory, { nullable: true, description: "Only this family of services." })
    category?: ServiceCategory,
  ): Promise<ServiceEngagement[]> {
    if (year !== undefined && year !== null) assertReportYear(year);
    return serviceEngagementsByMember(context, year ?? null, category ?? null).load(member.id);
  }

  @Authorized<AccessRule>("staff", "owner")
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "What the member saved against public rates, in euros, over its whole membership or in one year (staff and the member itself).",
  })
  async savings(
    @Root() member: Member,
    @Ctx() context: SubgraphContext,
    @Arg("year", () => Int, { nullable: true, description: "Only this year." }) year?: number,
  ): Promise<number> {
    if (year !== undefined && year !== null) assertReportYear(year);
    const engagements = await serviceEngagementsByMember(context, year ?? null, null).load(member.id);
    return centsToEuros(engagements.reduce((sum, engagement) => sum + engagement.savingsCents, 0));
  }

  @Authorized<AccessRule>("staff", "owner")
  @MaxItems(100)
  @FieldResolver(() => [Collaboration], {
    nullable: true,
    description:
      "Collaborations the member leads or is the partner of, oldest first (staff and the member itself).",
  })
  collaborations(@Root() member: Member, @Ctx() context: SubgraphContext): Promise<Collaboration[]> {
    return collaborationsByMember(context).load(member.id);
  }
}
