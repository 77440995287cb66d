import { manyByKey, type SubgraphContext } from "@pole/subgraph-kit";
import { Collaboration } from "../collaboration/collaboration.entity";
import { recordById, recordsBy } from "../common/relation-loaders";
import { MemberYear } from "../member-year/member-year.entity";
import { OfficeLease } from "../office-lease/office-lease.entity";
import { ENGAGEMENTS_SQL, type EngagementRow } from "../service-engagement/engagements.sql";
import { ServiceEngagement } from "../service-engagement/service-engagement.type";
import type { ServiceCategory } from "../service-offering/service-category.enum";
import { Member } from "./member.entity";
import { MembershipPeriod } from "./membership-period.entity";

/** Members by id, one SELECT per request whatever the number of ids. */
export const memberById = (context: SubgraphContext) => recordById(context, Member);

/** Every year of figures of each member, oldest first. */
export const memberYearsByMember = (context: SubgraphContext) =>
  recordsBy(context, MemberYear, "memberId", { year: "ASC" });

/** Every office lease of each member, oldest first. */
export const officeLeasesByMember = (context: SubgraphContext) =>
  recordsBy(context, OfficeLease, "memberId", { startsOn: "ASC" });

/** The membership periods of each member, oldest first. */
export const membershipPeriodsByMember = (context: SubgraphContext) =>
  recordsBy(context, MembershipPeriod, "memberId", { startsOn: "ASC" });

/**
 * The service engagements of each member, optionally of one year and one category: one statement per
 * request and per distinct pair of arguments, whatever the number of members.
 */
export const serviceEngagementsByMember = (
  { loaders, dataSource }: SubgraphContext,
  year: number | null,
  category: ServiceCategory | null,
) =>
  loaders.get<string, ServiceEngagement[]>(
    `serviceEngagementsByMember:${year ?? "*"}:${category ?? "*"}`,
    async (memberIds) => {
      const rows = await dataSource.query<EngagementRow[]>(
        `SELECT * FROM (${ENGAGEMENTS_SQL}) AS engagement
          WHERE member_id = ANY($1::uuid[])
            AND ($2::int IS NULL OR year = $2::int)
            AND ($3::text IS NULL OR category = $3::text)
          ORDER BY occurred_on, kind, source_id`,
        [[...memberIds], year, category],
      );
      return manyByKey(memberIds, rows.map(ServiceEngagement.fromRow), (row) => row.memberId);
    },
  );

/** The collaborations each member is part of, as lead or partner, oldest first: one SELECT per request. */
export const collaborationsByMember = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, Collaboration[]>("collaborationsByMember", async (memberIds) => {
    const rows = await dataSource
      .getRepository(Collaboration)
      .createQueryBuilder("c")
      .where("c.leadMemberId IN (:...ids) OR c.partnerMemberId IN (:...ids)", { ids: [...memberIds] })
      .orderBy("c.startsOn", "ASC")
      .addOrderBy("c.id", "ASC")
      .getMany();
    const byMember = new Map<string, Collaboration[]>(memberIds.map((id) => [id, []]));
    for (const row of rows) {
      byMember.get(row.leadMemberId)?.push(row);
      byMember.get(row.partnerMemberId)?.push(row);
    }
    return memberIds.map((id) => byMember.get(id) ?? []);
  });
