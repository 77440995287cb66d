import { In, type DataSource } from "typeorm";
import {
  entityColumnKey,
  keyColumnsSql,
  keyOfRow,
  keyset,
  manyByKey,
  oneByKey,
  pageKey,
  pageRequest,
  rankedColumnsSql,
  rankedCounts,
  rankedPageSql,
  SortDirection,
  toConnection,
  type ConnectionShape,
  type PageArgs,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { POLE_TIME_ZONE } from "../common/calendar";
import {
  ContributionSortField,
  type ContributionFilter,
  type ContributionSort,
} from "./contribution-filter.input";
import { ContributionStatus } from "./contribution-status.enum";
import { Contribution } from "./contribution.entity";

/** Contributions by id, one SELECT per request (hidden ones included: callers decide who sees them). */
export const contributionById = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, Contribution | null>("contributionById", async (ids) =>
    oneByKey(ids, await dataSource.getRepository(Contribution).findBy({ id: In([...ids]) }), (c) => c.id),
  );

const sortProperties: Record<ContributionSortField, string> = {
  [ContributionSortField.SUBMITTED_AT]: "submittedAt",
  [ContributionSortField.VOTE_COUNT]: "voteCount",
};

/** What a phase's list shows: the statuses the caller may see, narrowed by the filter. */
export interface ContributionQuery {
  statuses: ContributionStatus[];
  filter: ContributionFilter;
  sort: ContributionSort | null;
}

type PagedRow = { page_phase_id: string } & Record<string, unknown>;

/**
 * One page of the contributions of each phase: ONE statement for any number of phases (window functions
 * number each phase's matching contributions in keyset order and count those on either side of the
 * cursors, the kit's ranked pages; phases with none still get their counts, 0). One loader per page and
 * query, since they may differ between fields of a request. The page is checked (BAD_USER_INPUT) when the
 * loader is made, before any SQL.
 */
export const contributionsByPhase = (
  { loaders, dataSource }: SubgraphContext,
  page: PageArgs,
  query: ContributionQuery,
) => {
  const metadata = dataSource.getMetadata(Contribution);
  const property = sortProperties[query.sort?.field ?? ContributionSortField.SUBMITTED_AT];
  const direction = query.sort ? (query.sort.direction === SortDirection.DESC ? "DESC" : "ASC") : "DESC";
  const request = pageRequest(
    page,
    keyset("phaseContributions", [
      entityColumnKey(metadata, "c", property, direction),
      entityColumnKey(metadata, "c", "id"), // then by id, so every contribution has one place
    ]),
  );
  return loaders.get<string, ConnectionShape<Contribution>>(
    `contributionsByPhase:${pageKey(request)}:${JSON.stringify(query)}`,
    async (phaseIds) => {
      const parameters: unknown[] = [
        [...phaseIds],
        query.statuses,
        query.filter.from ?? null,
        query.filter.to ?? null,
      ];
      const bind = (value: string) => `$${parameters.push(value)}`;
      const keys = request.keyset.parts.map((_part, index) => `p.keyset_${index}`).join(", ");
      const rows = await dataSource.query<PagedRow[]>(
        `WITH phases AS (SELECT unnest($1::uuid[]) AS phase_id),
         ranked AS (
           SELECT c.id, c.phase_id, ${rankedColumnsSql(request, "c.phase_id", bind)},
                  ${keyColumnsSql(request.keyset).join(", ")}
             FROM contribution c
            WHERE c.phase_id = ANY($1::uuid[])
              AND c.status = ANY($2::contribution_status[])
              AND ($3::date IS NULL OR (c.submitted_at AT TIME ZONE '${POLE_TIME_ZONE}')::date >= $3::date)
              AND ($4::date IS NULL OR (c.submitted_at AT TIME ZONE '${POLE_TIME_ZONE}')::date <= $4::date)
         ),
         counts AS (SELECT DISTINCT phase_id, keyset_total, keyset_preceding, keyset_following FROM ranked)
         SELECT ph.phase_id AS page_phase_id, t.keyset_total, t.keyset_preceding, t.keyset_following,
                ${keys}, c.*
           FROM phases ph
           LEFT JOIN counts t ON t.phase_id = ph.phase_id
           LEFT JOIN ranked p ON p.phase_id = ph.phase_id AND ${rankedPageSql(request, "p")}
           LEFT JOIN contribution c ON c.id = p.id
          ORDER BY ph.phase_id, p.keyset_rn`,
        parameters,
      );
      return manyByKey(phaseIds, rows, (row) => row.page_phase_id).map((phaseRows) =>
        toConnection(
          phaseRows
            .filter((row) => row.id !== null)
            .map((row) => ({
              node: hydrateContribution(dataSource, row),
              key: keyOfRow(request.keyset, row),
            })),
          request,
          rankedCounts(phaseRows[0]),
        ),
      );
    },
  );
};

/** Raw `contribution` columns as an entity, with TypeORM's own conversions. */
function hydrateContribution(dataSource: DataSource, row: Record<string, unknown>): Contribution {
  const contribution = new Contribution();
  for (const column of dataSource.getMetadata(Contribution).columns) {
    column.setEntityValue(
      contribution,
      dataSource.driver.prepareHydratedValue(row[column.databaseName], column),
    );
  }
  return contribution;
}
