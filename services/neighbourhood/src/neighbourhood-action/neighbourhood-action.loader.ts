import { In, type DataSource } from "typeorm";
import {
  keyColumnsSql,
  keyOfRow,
  manyByKey,
  oneByKey,
  pageKey,
  rankedColumnsSql,
  rankedCounts,
  rankedPageSql,
  toConnection,
  type ConnectionShape,
  type PageArgs,
  type SubgraphContext,
  pageRequest,
} from "@pole/subgraph-kit";
import { ActionLeadMember } from "./action-lead-member.entity";
import { NeighbourhoodAction } from "./neighbourhood-action.entity";
import type { NeighbourhoodActionSort } from "./neighbourhood-action-filter.input";
import { actionKeyset, applyActionFilter, type CheckedActionFilter } from "./neighbourhood-action.query";

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

/** A row of the page statement: the member, its counts, and the action columns (null when the page is empty). */
type LedActionRow = { lead_member_id: string } & Record<string, unknown>;

/**
 * One page of the actions each member leads, filtered and sorted as `neighbourhoodActions` is (the same
 * filter code): ONE statement for any number of members. The filter selects the actions in a sub-query;
 * window functions number each member's matching actions in keyset order and count those on either side
 * of the cursors (the kit's ranked pages); the page is cut from the numbering, and the counts are kept
 * even for members whose page is empty. One loader per page, filter and sort, since they may differ
 * between fields of a request. The page is checked (BAD_USER_INPUT) when the loader is made, before SQL.
 */
export const actionsLedByMember = (
  { loaders, dataSource }: SubgraphContext,
  page: PageArgs,
  filter: CheckedActionFilter,
  sort: NeighbourhoodActionSort | undefined | null,
) => {
  const request = pageRequest(
    page,
    actionKeyset(dataSource.getMetadata(NeighbourhoodAction), "memberNeighbourhoodActions", "a", sort),
  );
  return loaders.get<string, ConnectionShape<NeighbourhoodAction>>(
    `actionsLedByMember:${pageKey(request)}:${JSON.stringify(filter)}`,
    async (memberIds) => {
      const filtered = Object.values(filter).some((value) => value !== undefined && value !== null);
      // Built only when there is a filter: TypeORM's query builder costs as much CPU as the statement.
      const [matchingSql, matchingParameters] = filtered
        ? applyActionFilter(
            dataSource.createQueryBuilder().select("f.id", "id").from(NeighbourhoodAction, "f"),
            "f",
            filter,
          ).getQueryAndParameters()
        : ["", []];
      // our own parameters follow the filter's
      const parameters: unknown[] = [...(filtered ? matchingParameters : []), [...memberIds]];
      const members = `$${parameters.length}::uuid[]`;
      const bind = (value: string) => `$${parameters.push(value)}`;
      const keys = request.keyset.parts.map((_part, index) => `p.keyset_${index}`).join(", ");
      const rows = await dataSource.query<LedActionRow[]>(
        `WITH ranked AS (
           SELECT l.member_id, l.action_id, ${rankedColumnsSql(request, "l.member_id", bind)},
                  ${keyColumnsSql(request.keyset).join(", ")}
             FROM action_lead_member l
             JOIN neighbourhood_action a ON a.id = l.action_id
            WHERE l.member_id = ANY(${members})
              ${filtered ? `AND l.action_id IN (${matchingSql})` : ""}
         )
         SELECT t.member_id AS lead_member_id, t.keyset_total, t.keyset_preceding, t.keyset_following,
                ${keys}, a.*
           FROM (SELECT DISTINCT member_id, keyset_total, keyset_preceding, keyset_following FROM ranked) AS t
           LEFT JOIN ranked AS p ON p.member_id = t.member_id AND ${rankedPageSql(request, "p")}
           LEFT JOIN neighbourhood_action a ON a.id = p.action_id
          ORDER BY t.member_id, p.keyset_rn`,
        parameters,
      );
      const byMember = manyByKey(memberIds, rows, (row) => row.lead_member_id);
      return byMember.map((memberRows) =>
        toConnection(
          memberRows
            .filter((row) => row.id !== null)
            .map((row) => ({ node: hydrateAction(dataSource, row), key: keyOfRow(request.keyset, row) })),
          request,
          rankedCounts(memberRows[0]),
        ),
      );
    },
  );
};

/** Turns raw `neighbourhood_action` columns into an entity with TypeORM's own conversions (dates as YYYY-MM-DD). */
function hydrateAction(dataSource: DataSource, row: Record<string, unknown>): NeighbourhoodAction {
  const action = new NeighbourhoodAction();
  for (const column of dataSource.getMetadata(NeighbourhoodAction).columns) {
    column.setEntityValue(action, dataSource.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return action;
}
