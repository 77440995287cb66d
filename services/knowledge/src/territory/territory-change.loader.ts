import { manyByKey, oneByKey, type SubgraphContext } from "@pole/subgraph-kit";
import { TerritoryChangeStatus } from "./territory-change-status.enum";
import { TerritoryChange } from "./territory-change.entity";

/** Each territory's pending change (or null), one SELECT per request whatever the number of territories. */
export const pendingChangeByTerritory = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, TerritoryChange | null>("pendingChangeByTerritory", async (territoryIds) =>
    oneByKey(
      territoryIds,
      await dataSource
        .getRepository(TerritoryChange)
        .createQueryBuilder("change")
        .where("change.territory_id = ANY(CAST(:territoryIds AS uuid[]))", {
          territoryIds: [...territoryIds],
        })
        .andWhere("change.status = :pending", { pending: TerritoryChangeStatus.PENDING })
        .getMany(),
      (change) => change.territoryId,
    ),
  );

/** Each territory's latest decided (approved or rejected) change, or null, in one SELECT. */
export const lastDecidedChangeByTerritory = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, TerritoryChange | null>("lastDecidedChangeByTerritory", async (territoryIds) => {
    const rows = await dataSource
      .getRepository(TerritoryChange)
      .createQueryBuilder("change")
      .distinctOn(["change.territory_id"])
      .where("change.territory_id = ANY(CAST(:territoryIds AS uuid[]))", { territoryIds: [...territoryIds] })
      .andWhere("change.status <> :pending", { pending: TerritoryChangeStatus.PENDING })
      .orderBy("change.territory_id")
      .addOrderBy("change.decided_at", "DESC")
      .addOrderBy("change.id", "DESC")
      .getMany();
    return manyByKey(territoryIds, rows, (change) => change.territoryId).map((group) => group[0] ?? null);
  });
