import { In, type DataSource } from "typeorm";
import {
  manyByKey,
  oneByKey,
  toConnection,
  type ConnectionShape,
  type PageWindow,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { ActionLeadMember } from "./action-lead-member.entity";
import { NeighbourhoodAction } from "./neighbourhood-action.entity";
import type { NeighbourhoodActionSort } from "./neighbourhood-action-filter.input";
import { actionOrderSql, applyActionFilter, type CheckedActionFilter } from "./neighbourhood-action.query";

/** Actions by id, one SELECT per request whatever the number of ids. */
export const actionById = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, NeighbourhoodAction | null>("actionById", async (ids) =>
    oneByKey(
      ids,
      await dataSource.getRepository(NeighbourhoodAction).findBy({ id: In([...ids]) }),
      (a) => a.id,
    ),
  );

/** The ids of the members leading each action, one SELECT per request. */
export const leadMemberIdsByAction = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, string[]>("leadMemberIdsByAction", async (actionIds) => {
    const rows = await dataSource
      .getRepository(ActionLeadMember)
      .find({ where: { actionId: In([...actionIds]) }, order: { memberId: "ASC" } });
    return manyByKey(actionIds, rows, (row) => row.actionId).map((leads) =>
      leads.map((lead) => lead.memberId),
    );
  });

/** A row of the page statement: the member, its total, and the action columns (null when the page is empty). */
type LedActionRow = { lead_member_id: string; lead_total_count: string } & Record<string, unknown>;

/**
 * One page of the actions each member leads, filtered and sorted as `neighbourhoodActions` is (the same
 * filter code): ONE statement for any number of members. The filter selects the actions in a sub-query;
 * window functions number each member's matching actions and count them; the page is cut from the
 * numbering, and the totals are kept even for members whose page is empty. One loader per page window,
 * filter and sort, since they may differ between fields of a request.
 */
export const actionsLedByMember = (
  { loaders, dataSource }: SubgraphContext,
  window: PageWindow,
  filter: CheckedActionFilter,
  sort: NeighbourhoodActionSort | undefined | null,
) =>
  loaders.get<string, ConnectionShape<NeighbourhoodAction>>(
    `actionsLedByMember:${window.offset}:${window.limit}:${JSON.stringify(filter)}:${JSON.stringify(sort ?? null)}`,
    async (memberIds) => {
      const filtered = Object.values(filter).some((value) => value !== undefined && value !== null);
      const matching = applyActionFilter(
        dataSource.createQueryBuilder().select("f.id", "id").from(NeighbourhoodAction, "f"),
        "f",
        filter,
      );
      const [matchingSql, matchingParameters] = matching.getQueryAndParameters();
      const filterParameters = filtered ? matchingParameters : [];
      const next = filterParameters.length; // our own parameters follow the filter's
      const rows = await dataSource.query<LedActionRow[]>(
        `WITH ranked AS (
           SELECT l.member_id, l.action_id,
                  row_number() OVER (PARTITION BY l.member_id ORDER BY ${actionOrderSql("a", sort)}) AS rn,
                  count(*) OVER (PARTITION BY l.member_id) AS total_count
             FROM action_lead_member l
             JOIN neighbourhood_action a ON a.id = l.action_id
            WHERE l.member_id = ANY($${next + 1}::uuid[])
              ${filtered ? `AND l.action_id IN (${matchingSql})` : ""}
         )
         SELECT t.member_id AS lead_member_id, t.total_count AS lead_total_count, a.*
           FROM (SELECT DISTINCT member_id, total_count FROM ranked) AS t
           LEFT JOIN ranked AS p ON p.member_id = t.member_id
                                AND p.rn > $${next + 2}::int AND p.rn <= $${next + 2}::int + $${next + 3}::int
           LEFT JOIN neighbourhood_action a ON a.id = p.action_id
          ORDER BY t.member_id, p.rn`,
        [...filterParameters, [...memberIds], window.offset, window.limit],
      );
      const byMember = manyByKey(memberIds, rows, (row) => row.lead_member_id);
      return byMember.map((memberRows) => {
        const total = Number(memberRows[0]?.lead_total_count ?? 0);
        const actions = memberRows
          .filter((row) => row.id !== null)
          .map((row) => hydrateAction(dataSource, row));
        return toConnection(actions, window, total);
      });
    },
  );

/** Turns raw `neighbourhood_action` columns into an entity with TypeORM's own conversions (dates as YYYY-MM-DD). */
function hydrateAction(dataSource: DataSource, row: Record<string, unknown>): NeighbourhoodAction {
  const action = new NeighbourhoodAction();
  for (const column of dataSource.getMetadata(NeighbourhoodAction).columns) {
    column.setEntityValue(action, dataSource.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return action;
}
