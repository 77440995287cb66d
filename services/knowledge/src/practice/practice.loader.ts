import { In } from "typeorm";
import {
  entityColumnKey,
  keyset,
  manyByKey,
  oneByKey,
  pageKey,
  pageRequest,
  type ConnectionShape,
  type PageArgs,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { rankedPagesByKey } from "../ranked-pages";
import { TransferPractice } from "../transfer/transfer-practice.entity";
import { PracticeMember } from "./practice-member.entity";
import { PracticeReviewComment } from "./practice-review-comment.entity";
import { PracticeSourceAction } from "./practice-source-action.entity";
import type { PracticeFilter } from "./practice-filter.input";
import { filterPractices, practiceListOrder } from "./practice-list.query";
import type { PracticeSort } from "./practice-sort.input";
import { Practice } from "./practice.entity";
import {
  changeFeedCondition,
  listCondition,
  visibilityCondition,
  visibilityKey,
  type PracticeVisibility,
} from "./practice.visibility";

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

/** Ids of the neighbourhood actions each practice was drawn from, in id order. */
export const sourceActionIdsByPractice = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, string[]>("sourceActionIdsByPractice", async (practiceIds) => {
    const rows = await dataSource
      .getRepository(PracticeSourceAction)
      .find({ where: { practiceId: In([...practiceIds]) }, order: { actionId: "ASC" } });
    return manyByKey(practiceIds, rows, (row) => row.practiceId).map((group) =>
      group.map((row) => row.actionId),
    );
  });

/**
 * One page of the practices each member contributed to that meet a checked filter, in the sort's order
 * (most recently published first by default; unpublished last, then by id), in one SELECT for any number
 * of members. One loader per page, visibility, filter and sort; the page is checked (BAD_USER_INPUT) when
 * the loader is made, before any SQL.
 */
export const practicesByMember = (
  { loaders, dataSource }: SubgraphContext,
  page: PageArgs,
  visibility: PracticeVisibility,
  filter?: PracticeFilter,
  sort?: PracticeSort,
) => {
  // The same order as `practices`: the change feed's with updatedSince (and its tombstones), else the sort's.
  const key = practiceListOrder(filter, sort);
  const metadata = dataSource.getMetadata(Practice);
  const request = pageRequest(
    page,
    keyset(key.feed ? "memberPracticeChanges" : "memberPractices", [
      entityColumnKey(metadata, "target", key.property, key.direction),
      entityColumnKey(metadata, "target", "id"),
    ]),
  );
  const shape = `practicesByMember:${visibilityKey(visibility)}:${pageKey(request)}:${JSON.stringify(filter ?? null)}`;
  return loaders.get<string, ConnectionShape<Practice>>(shape, (memberIds) =>
    rankedPagesByKey(
      {
        dataSource,
        shape,
        target: Practice,
        link: PracticeMember,
        keyColumn: "member_id",
        targetColumn: "practice_id",
        condition: key.feed
          ? changeFeedCondition(visibility, "target")
          : listCondition(visibility, "target", filter?.status),
        narrow: (query) => filterPractices(query, "target", filter),
      },
      memberIds,
      request,
    ),
  );
};

/**
 * The practices used in each transfer that the caller may see (tombstones of withdrawn ones included: the
 * transfer happened), in the API's order, in one SELECT for any number of transfers. One loader per
 * visibility.
 */
export const practicesByTransfer = (
  { loaders, dataSource }: SubgraphContext,
  visibility: PracticeVisibility,
) =>
  loaders.get<string, Practice[]>(`practicesByTransfer:${visibilityKey(visibility)}`, async (transferIds) => {
    const query = dataSource
      .getRepository(Practice)
      .createQueryBuilder("practice")
      .innerJoin(TransferPractice, "link", "link.practice_id = practice.id")
      .addSelect("link.transfer_id", "link_transfer_id")
      .where("link.transfer_id = ANY(CAST(:transferIds AS uuid[]))", { transferIds: [...transferIds] })
      .orderBy("practice.publishedOn", "DESC", "NULLS LAST")
      .addOrderBy("practice.id", "ASC");
    const condition = visibilityCondition(visibility, "practice");
    if (condition) query.andWhere(condition.sql, condition.parameters);
    const { entities, raw } = await query.getRawAndEntities<{
      practice_id: string;
      link_transfer_id: string;
    }>();
    const byId = new Map(entities.map((practice) => [practice.id, practice]));
    return manyByKey(transferIds, raw, (row) => row.link_transfer_id).map((rows) =>
      rows.map((row) => byId.get(row.practice_id)!),
    );
  });

/** The review comments of each practice, oldest first, in one SELECT for any number of practices. */
export const reviewCommentsByPractice = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, PracticeReviewComment[]>("reviewCommentsByPractice", async (practiceIds) => {
    const rows = await dataSource
      .getRepository(PracticeReviewComment)
      .find({ where: { practiceId: In([...practiceIds]) }, order: { createdAt: "ASC", id: "ASC" } });
    return manyByKey(practiceIds, rows, (row) => row.practiceId);
  });
