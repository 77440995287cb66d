import { In } from "typeorm";
import {
  manyByKey,
  oneByKey,
  toConnection,
  type ConnectionShape,
  type PageWindow,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { PracticeMember } from "./practice-member.entity";
import { Practice } from "./practice.entity";
import { visibleStatuses, type PracticeVisibility } from "./practice.visibility";

/** Practices by id, whatever their status (callers apply the visibility), one SELECT per request. */
export const practiceById = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, Practice | null>("practiceById", async (ids) =>
    oneByKey(ids, await dataSource.getRepository(Practice).findBy({ id: In([...ids]) }), (p) => p.id),
  );

/** Ids of the member structures that contributed to each practice, in id order. */
export const memberIdsByPractice = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, string[]>("memberIdsByPractice", async (practiceIds) => {
    const rows = await dataSource
      .getRepository(PracticeMember)
      .find({ where: { practiceId: In([...practiceIds]) }, order: { memberId: "ASC" } });
    return manyByKey(practiceIds, rows, (row) => row.practiceId).map((group) =>
      group.map((row) => row.memberId),
    );
  });

interface RankedRow {
  practice_id: string;
  ranked_member_id: string;
  ranked_rn: string;
  ranked_total: string;
}

/**
 * One page of the practices each member contributed to, most recently published first (unpublished last,
 * then by id). One SELECT per request for any number of members: the practices of each member are ranked
 * and counted by window functions and only the page's rows come back, plus each member's first row so the
 * total is known even past the last page. One loader per page window and visibility.
 */
export const practicesByMember = (
  { loaders, dataSource }: SubgraphContext,
  window: PageWindow,
  visibility: PracticeVisibility,
) =>
  loaders.get<string, ConnectionShape<Practice>>(
    `practicesByMember:${visibility}:${window.offset}:${window.limit}`,
    async (memberIds) => {
      const statuses = visibleStatuses(visibility);
      const { entities, raw } = await dataSource
        .getRepository(Practice)
        .createQueryBuilder("practice")
        .innerJoin(
          (ranked) => {
            ranked
              .select("pm.member_id", "member_id")
              .addSelect("pm.practice_id", "practice_id")
              .addSelect(
                "row_number() OVER (PARTITION BY pm.member_id ORDER BY p.published_on DESC NULLS LAST, p.id ASC)",
                "rn",
              )
              .addSelect("count(*) OVER (PARTITION BY pm.member_id)", "total")
              .from(PracticeMember, "pm")
              .innerJoin(Practice, "p", "p.id = pm.practice_id")
              .where("pm.member_id = ANY(CAST(:memberIds AS uuid[]))", { memberIds: [...memberIds] });
            if (statuses) ranked.andWhere("p.status IN (:...statuses)", { statuses });
            return ranked;
          },
          "ranked",
          "ranked.practice_id = practice.id",
        )
        .addSelect("ranked.member_id", "ranked_member_id")
        .addSelect("ranked.rn", "ranked_rn")
        .addSelect("ranked.total", "ranked_total")
        .where("((ranked.rn > :offset AND ranked.rn <= :end) OR ranked.rn = 1)", {
          offset: window.offset,
          end: window.offset + window.limit,
        })
        .orderBy("ranked.member_id", "ASC")
        .addOrderBy("ranked.rn", "ASC")
        .getRawAndEntities<RankedRow>();

      const practiceOf = new Map(entities.map((practice) => [practice.id, practice]));
      const pages = new Map<string, { rows: Practice[]; total: number }>(
        // PostgreSQL prints uuids in lower case; a representation may spell them in upper case.
        memberIds.map((memberId) => [memberId.toLowerCase(), { rows: [], total: 0 }]),
      );
      for (const row of raw) {
        const page = pages.get(row.ranked_member_id);
        if (!page) continue;
        page.total = Number(row.ranked_total);
        const rank = Number(row.ranked_rn);
        if (rank > window.offset && rank <= window.offset + window.limit)
          page.rows.push(practiceOf.get(row.practice_id)!);
      }
      return memberIds.map((memberId) => {
        const page = pages.get(memberId.toLowerCase())!;
        return toConnection(page.rows, window, page.total);
      });
    },
  );
