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
import { TransferMember } from "./transfer-member.entity";
import { TransferPractice } from "./transfer-practice.entity";
import type { TransferFilter } from "./transfer-filter.input";
import { filterTransfers } from "./transfer-list.query";
import { transferSortKey, type TransferSort } from "./transfer-sort.input";
import { Transfer } from "./transfer.entity";

/** Transfers by id, one SELECT per request whatever the number of ids. */
export const transferById = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, Transfer | null>("transferById", async (ids) =>
    oneByKey(ids, await dataSource.getRepository(Transfer).findBy({ id: In([...ids]) }), (t) => t.id),
  );

/** Ids of the member structures that facilitated each transfer, in id order. */
export const memberIdsByTransfer = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, string[]>("memberIdsByTransfer", async (transferIds) => {
    const rows = await dataSource
      .getRepository(TransferMember)
      .find({ where: { transferId: In([...transferIds]) }, order: { memberId: "ASC" } });
    return manyByKey(transferIds, rows, (row) => row.transferId).map((group) =>
      group.map((row) => row.memberId),
    );
  });

/** The transfers each practice was used in, most recent first, in one SELECT for any number of practices. */
export const transfersByPractice = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, Transfer[]>("transfersByPractice", async (practiceIds) => {
    const { entities, raw } = await dataSource
      .getRepository(Transfer)
      .createQueryBuilder("transfer")
      .innerJoin(TransferPractice, "link", "link.transfer_id = transfer.id")
      .addSelect("link.practice_id", "link_practice_id")
      .where("link.practice_id = ANY(CAST(:practiceIds AS uuid[]))", { practiceIds: [...practiceIds] })
      .orderBy("transfer.heldOn", "DESC")
      .addOrderBy("transfer.id", "ASC")
      .getRawAndEntities<{ transfer_id: string; link_practice_id: string }>();
    const byId = new Map(entities.map((transfer) => [transfer.id, transfer]));
    return manyByKey(practiceIds, raw, (row) => row.link_practice_id).map((rows) =>
      rows.map((row) => byId.get(row.transfer_id)!),
    );
  });

/**
 * One page of the transfers each member facilitated that meet a checked filter, in the sort's order (most
 * recent first by default, then by id), in one SELECT for any number of members. One loader per page, filter
 * and sort; the page is checked (BAD_USER_INPUT) when the loader is made.
 */
export const transfersByMember = (
  { loaders, dataSource }: SubgraphContext,
  page: PageArgs,
  filter?: TransferFilter,
  sort?: TransferSort,
) => {
  const key = transferSortKey(sort);
  const metadata = dataSource.getMetadata(Transfer);
  const request = pageRequest(
    page,
    keyset("memberTransfers", [
      entityColumnKey(metadata, "target", key.property, key.direction),
      entityColumnKey(metadata, "target", "id"),
    ]),
  );
  const shape = `transfersByMember:${pageKey(request)}:${JSON.stringify(filter ?? null)}`;
  return loaders.get<string, ConnectionShape<Transfer>>(shape, (memberIds) =>
    rankedPagesByKey(
      {
        dataSource,
        shape,
        target: Transfer,
        link: TransferMember,
        keyColumn: "member_id",
        targetColumn: "transfer_id",
        narrow: (query) => filterTransfers(query, "target", filter),
      },
      memberIds,
      request,
    ),
  );
};
