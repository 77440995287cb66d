import { In, type DataSource } from "typeorm";
import {
  manyByKey,
  oneByKey,
  SortDirection,
  toConnection,
  type ConnectionShape,
  type PageWindow,
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

const sortColumns: Record<ContributionSortField, string> = {
  [ContributionSortField.SUBMITTED_AT]: "submitted_at",
  [ContributionSortField.VOTE_COUNT]: "vote_count",
};

/** What a phase's list shows: the statuses the caller may see, narrowed by the filter. */
export interface ContributionQuery {
  statuses: ContributionStatus[];
  filter: ContributionFilter;
  sort: ContributionSort | null;
}

type PagedRow = { page_phase_id: string; page_total_count: string } & Record<string, unknown>;

/**
 * One page of the contributions of each phase: ONE statement for any number of phases (window functions
 * number and count each phase's matching contributions; phases with none still get their total, 0). One
 * loader per window and query, since they may differ between fields of a request.
 */
export const contributionsByPhase = (
  { loaders, dataSource }: SubgraphContext,
  window: PageWindow,
  query: ContributionQuery,
) =>
  loaders.get<string, ConnectionShape<Contribution>>(
    `contributionsByPhase:${window.offset}:${window.limit}:${JSON.stringify(query)}`,
    async (phaseIds) => {
      const column = sortColumns[query.sort?.field ?? ContributionSortField.SUBMITTED_AT];
      const direction = query.sort ? (query.sort.direction === SortDirection.DESC ? "DESC" : "ASC") : "DESC";
      const rows = await dataSource.query<PagedRow[]>(
        `WITH phases AS (SELECT unnest($1::uuid[]) AS phase_id),
         ranked AS (
           SELECT c.id, c.phase_id,
                  row_number() OVER (PARTITION BY c.phase_id ORDER BY c.${column} ${direction}, c.id ASC) AS rn,
                  count(*) OVER (PARTITION BY c.phase_id) AS total_count
             FROM contribution c
            WHERE c.phase_id = ANY($1::uuid[])
              AND c.status = ANY($2::contribution_status[])
              AND ($3::date IS NULL OR (c.submitted_at AT TIME ZONE '${POLE_TIME_ZONE}')::date >= $3::date)
              AND ($4::date IS NULL OR (c.submitted_at AT TIME ZONE '${POLE_TIME_ZONE}')::date <= $4::date)
         )
         SELECT ph.phase_id AS page_phase_id, coalesce(t.total_count, 0) AS page_total_count, c.*
           FROM phases ph
           LEFT JOIN (SELECT DISTINCT phase_id, total_count FROM ranked) t ON t.phase_id = ph.phase_id
           LEFT JOIN ranked p ON p.phase_id = ph.phase_id AND p.rn > $5::int AND p.rn <= $5::int + $6::int
           LEFT JOIN contribution c ON c.id = p.id
          ORDER BY ph.phase_id, p.rn`,
        [
          [...phaseIds],
          query.statuses,
          query.filter.from ?? null,
          query.filter.to ?? null,
          window.offset,
          window.limit,
        ],
      );
      return manyByKey(phaseIds, rows, (row) => row.page_phase_id).map((phaseRows) => {
        const total = Number(phaseRows[0]?.page_total_count ?? 0);
        const contributions = phaseRows
          .filter((row) => row.id !== null)
          .map((row) => hydrateContribution(dataSource, row));
        return toConnection(contributions, window, total);
      });
    },
  );

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
