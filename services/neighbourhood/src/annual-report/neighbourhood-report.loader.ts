import { breakdown, type SubgraphContext } from "@pole/subgraph-kit";
import { POLE_TIME_ZONE } from "../common/calendar";
import { contributionStatusReportLabels } from "../contribution/contribution-status.enum";
import { actionKindLabels } from "../neighbourhood-action/action-kind.enum";
import { exitDestinationLabels, NeighbourhoodReport } from "./neighbourhood-report.type";

/** One figure of the report statement: a metric, for a year, under a key (a kind, a status… or ''). */
interface FigureRow {
  year: number;
  metric: string;
  key: string;
  value: string;
}

/**
 * The year's figures, one UNION ALL statement for any number of years. Each year is attributed exactly
 * once: actions (their count, inhabitants, hours) in the year they start, cancelled ones left out;
 * contributions in the year they were submitted (Dijon time); employment outcomes in the year of their
 * period (a period never spans two years); insertion cohorts in the year they start.
 */
const REPORT_SQL = `
WITH years AS (SELECT unnest($1::int[]) AS year),
actions AS (
  SELECT y.year, a.kind::text AS key, count(*) AS n, sum(a.inhabitants_reached) AS inhabitants, sum(a.hours) AS hours
    FROM years y
    JOIN neighbourhood_action a ON a.starts_on >= make_date(y.year, 1, 1) AND a.starts_on < make_date(y.year + 1, 1, 1)
   WHERE a.status <> 'CANCELLED'
   GROUP BY y.year, a.kind
),
contributions AS (
  SELECT y.year, c.status::text AS key, count(*) AS n
    FROM years y
    JOIN contribution c ON c.submitted_at >= make_timestamptz(y.year, 1, 1, 0, 0, 0, '${POLE_TIME_ZONE}')
                       AND c.submitted_at < make_timestamptz(y.year + 1, 1, 1, 0, 0, 0, '${POLE_TIME_ZONE}')
   GROUP BY y.year, c.status
),
outcomes AS (
  SELECT y.year, sum(o.training_count) AS trainings, sum(o.immersion_count) AS immersions,
         sum(o.return_to_employment_count) AS returns
    FROM years y
    JOIN employment_outcome o ON o.period_start >= make_date(y.year, 1, 1) AND o.period_start < make_date(y.year + 1, 1, 1)
   GROUP BY y.year
),
cohorts AS (
  SELECT y.year, sum(h.entry_count) AS entries, sum(h.exits_to_employment) AS to_employment,
         sum(h.exits_to_training) AS to_training, sum(h.other_exits) AS other
    FROM years y
    JOIN insertion_cohort h ON h.starts_on >= make_date(y.year, 1, 1) AND h.starts_on < make_date(y.year + 1, 1, 1)
   GROUP BY y.year
)
SELECT year, 'actions' AS metric, key, n AS value FROM actions
UNION ALL SELECT year, 'inhabitants', key, inhabitants FROM actions
UNION ALL SELECT year, 'hours', key, hours FROM actions
UNION ALL SELECT year, 'contributions', key, n FROM contributions
UNION ALL SELECT year, 'trainings', '', trainings FROM outcomes
UNION ALL SELECT year, 'immersions', '', immersions FROM outcomes
UNION ALL SELECT year, 'returns', '', returns FROM outcomes
UNION ALL SELECT year, 'entries', '', entries FROM cohorts
UNION ALL SELECT year, 'exits', 'EMPLOYMENT', to_employment FROM cohorts
UNION ALL SELECT year, 'exits', 'TRAINING', to_training FROM cohorts
UNION ALL SELECT year, 'exits', 'OTHER', other FROM cohorts`;

/** Neighbourhood reports by year: one statement for any number of years. */
export const neighbourhoodReportByYear = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<number, NeighbourhoodReport>("neighbourhoodReportByYear", async (yearKeys) => {
    const years = [...yearKeys];
    const rows = await dataSource.query<FigureRow[]>(REPORT_SQL, [years]);
    const figures = new Map<string, Map<string, number>>();
    for (const row of rows) {
      const id = `${row.year}:${row.metric}`;
      if (!figures.has(id)) figures.set(id, new Map());
      figures.get(id)!.set(row.key, Number(row.value));
    }
    return years.map((year) => {
      const of = (metric: string) => figures.get(`${year}:${metric}`) ?? new Map<string, number>();
      const total = (metric: string) => [...of(metric).values()].reduce((sum, value) => sum + value, 0);
      return Object.assign(new NeighbourhoodReport(), {
        actionCount: total("actions"),
        actionsByKind: breakdown(actionKindLabels, of("actions")),
        inhabitantsReached: total("inhabitants"),
        inhabitantsReachedByKind: breakdown(actionKindLabels, of("inhabitants")),
        hours: total("hours"),
        hoursByKind: breakdown(actionKindLabels, of("hours")),
        contributionCount: total("contributions"),
        contributionsByStatus: breakdown(contributionStatusReportLabels, of("contributions")),
        trainingCount: total("trainings"),
        immersionCount: total("immersions"),
        returnToEmploymentCount: total("returns"),
        insertionEntryCount: total("entries"),
        insertionExitCount: total("exits"),
        insertionExitsByDestination: breakdown(exitDestinationLabels, of("exits")),
      });
    });
  });
