import type { SelectQueryBuilder } from "typeorm";
import { foldedContains } from "@pole/subgraph-kit";
import { today } from "../common/dates";
import type { Member } from "./member.entity";
import type { MemberFilter } from "./member-filter.input";

const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

/** Narrows a query on members (alias `member`) by every criterion of the filter. */
export function narrowMembers(
  query: SelectQueryBuilder<Member>,
  filter: MemberFilter | undefined,
): SelectQueryBuilder<Member> {
  if (filter?.membershipKind)
    query.andWhere("member.membershipKind = :kind", { kind: filter.membershipKind });
  if (filter?.legalForm) query.andWhere("member.legalForm = :legalForm", { legalForm: filter.legalForm });
  if (filter?.legalForms?.length) {
    query.andWhere("member.legalForm IN (:...legalForms)", { legalForms: filter.legalForms });
  }
  if (filter?.activity) query.andWhere(":activity = ANY(member.activities)", { activity: filter.activity });
  if (filter?.activities?.length) {
    // Any of them: the array overlap operator (an empty list was left out above: it would match nothing).
    query.andWhere("member.activities && CAST(:activities AS activity[])", { activities: filter.activities });
  }
  if (filter?.nameContains) query.andWhere(...foldedContains("member.name", "name", filter.nameContains));
  if (given(filter?.activeInYear)) {
    query
      .andWhere("member.joinedOn <= make_date(:year, 12, 31)")
      .andWhere("(member.leftOn IS NULL OR member.leftOn >= make_date(:year, 1, 1))")
      .setParameter("year", filter.activeInYear);
  }
  // The public directory lists current members: a structure whose left date is past has departed.
  const includeFormer = filter?.includeFormer ?? given(filter?.activeInYear);
  if (!includeFormer)
    query.andWhere("(member.leftOn IS NULL OR member.leftOn >= :today)", { today: today() });
  return query;
}
