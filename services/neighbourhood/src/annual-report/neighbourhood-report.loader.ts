import { breakdown, coverageOf, type SubgraphContext } from "@pole/subgraph-kit";
import { POLE_TIME_ZONE } from "../common/calendar";
import { contributionStatusReportLabels } from "../contribution/contribution-status.enum";
import { actionKindLabels } from "../neighbourhood-action/action-kind.enum";
import { actionPlaceKindLabels } from "../neighbourhood-action/action-place-kind.enum";
import { exitDestinationLabels, NeighbourhoodReport } from "./neighbourhood-report.type";
import { qpvBreakdownOf } from "./qpv-names";

/** One figure of the report statement: a metric, for a year, under a key (a kind, a status… or ''). */
interface FigureRow {
  year: number;
  metric: string;
  key: string;
  value: string;
}

/**
 * The year's figures, one UNION ALL statement for any number of years. Each year is attributed exactly
 * once: actions (their count, inhabitants, hours, place kind, QPV code) in the year they start, cancelled
 * ones left out; contributions in the year they were submitted (Dijon time); employment outcomes in the
 * year of their period (a period never spans two years); insertion cohorts in the year they start.
 *
 * Besides the figures, the statement says which sources hold records for the year (metric 'recorded', key
 * the source) and whether a record counted is an invented sample record (metric 'sample'):
 * - actions: an action started that year, cancelled ones included (the register was kept: 0 is true);
 * - contributions: a phase taking contributions was open during the year, or a contribution was submitted;
 *   without either, no project asked the inhabitants anything and the count is no data, not 0;
 * - employment outcomes, insertion cohorts: a record of that year.
 */
const REPORT_SQL = `
WITH years AS (SELECT unnest($1::int[]) AS year),
year_actions AS (
  SELECT y.year, a.kind, a.place_kind, a.qpv_code, a.status, a.inhabitants_reached, a.hours, a.is_sample
    FROM years y
    JOIN neighbourhood_action a ON a.starts_on >= make_date(y.year, 1, 1) AND a.starts_on < make_date(y.year + 1, 1, 1)
),
counted_actions AS (SELECT * FROM year_actions WHERE status <> 'CANCELLED'),
actions AS (
  SELECT year, kind::text AS key, count(*) AS n, sum(inhabitants_reached) AS inhabitants, sum(hours) AS hours
    FROM counted_actions
   GROUP BY year, kind
),
places AS (SELECT year, place_kind::text AS key, count(*) AS n FROM counted_actions GROUP BY year, place_kind),
qpvs AS (SELECT year, coalesce(qpv_code, '') AS key, count(*) AS n FROM counted_actions GROUP BY year, qpv_code),
contributions AS (
  SELECT y.year, c.status::text AS key, count(*) AS n, bool_or(c.is_sample) AS sample
    FROM years y
    JOIN contribution c ON c.submitted_at >= make_timestamptz(y.year, 1, 1, 0, 0, 0, '${POLE_TIME_ZONE}')
                       AND c.submitted_at < make_timestamptz(y.year + 1, 1, 1, 0, 0, 0, '${POLE_TIME_ZONE}')
   GROUP BY y.year, c.status
),
open_phases AS (
  SELECT DISTINCT y.year
    FROM years y
    JOIN project_phase p ON p.accepts_contributions
                        AND p.starts_on < make_date(y.year + 1, 1, 1) AND p.ends_on >= make_date(y.year, 1, 1)
),
outcomes AS (
  SELECT y.year, sum(o.training_count) AS trainings, sum(o.immersion_count) AS immersions,
         sum(o.return_to_employment_count) AS returns, bool_or(o.is_sample) AS sample
    FROM years y
    JOIN employment_outcome o ON o.period_start >= make_date(y.year, 1, 1) AND o.period_start < make_date(y.year + 1, 1, 1)
   GROUP BY y.year
),
cohorts AS (
  SELECT y.year, sum(h.entry_count) AS entries, sum(h.exits_to_employment) AS to_employment,
         sum(h.exits_to_training) AS to_training, sum(h.other_exits) AS other, bool_or(h.is_sample) AS sample
    FROM years y
    JOIN insertion_cohort h ON h.starts_on >= make_date(y.year, 1, 1) AND h.starts_on < make_date(y.year + 1, 1, 1)
   GROUP BY y.year
)
SELECT year, 'actions' AS metric, key, n AS value FROM actions
UNION ALL SELECT year, 'inhabitants', key, inhabitants FROM actions
UNION ALL SELECT year, 'hours', key, hours FROM actions
UNION ALL SELECT year, 'places', key, n FROM places
UNION ALL SELECT year, 'qpvs', key, n FROM qpvs
UNION ALL SELECT year, 'contributions', key, n FROM contributions
UNION ALL SELECT year, 'trainings', '', trainings FROM outcomes
UNION ALL SELECT year, 'immersions', '', immersions FROM outcomes
UNION ALL SELECT year, 'returns', '', returns FROM outcomes
UNION ALL SELECT year, 'entries', '', entries FROM cohorts
UNION ALL SELECT year, 'exits', 'EMPLOYMENT', to_employment FROM cohorts
UNION ALL SELECT year, 'exits', 'TRAINING', to_training FROM cohorts
UNION ALL SELECT year, 'exits', 'OTHER', other FROM cohorts
UNION ALL SELECT DISTINCT year, 'recorded', 'actions', 1 FROM year_actions
UNION ALL SELECT year, 'recorded', 'contributions', 1 FROM open_phases
UNION ALL SELECT DISTINCT year, 'recorded', 'contributions', 1 FROM contributions
UNION ALL SELECT year, 'recorded', 'outcomes', 1 FROM outcomes
UNION ALL SELECT year, 'recorded', 'cohorts', 1 FROM cohorts
UNION ALL SELECT DISTINCT year, 'sample', 'actions', 1 FROM counted_actions WHERE is_sample
UNION ALL SELECT DISTINCT year, 'sample', 'contributions', 1 FROM contributions WHERE sample
UNION ALL SELECT year, 'sample', 'outcomes', 1 FROM outcomes WHERE sample
UNION ALL SELECT year, 'sample', 'cohorts', 1 FROM cohorts WHERE sample`;

/** The report's data sources, in the order `coverage` weighs them. */
const SOURCES = ["actions", "contributions", "outcomes", "cohorts"] as const;

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
      const recorded = of("recorded");
      const has = (source: (typeof SOURCES)[number]) => recorded.has(source);
      // A figure of a source without records for the year is null (no data), never 0.
      const total = (metric: string, source: (typeof SOURCES)[number]) =>
        has(source) ? [...of(metric).values()].reduce((sum, value) => sum + value, 0) : null;
      const qpv = qpvBreakdownOf(of("qpvs"));
      return Object.assign(new NeighbourhoodReport(), {
        coverage: coverageOf(SOURCES.map(has)),
        sampleData: of("sample").size > 0,
        actionCount: total("actions", "actions"),
        actionsByKind: breakdown(actionKindLabels, of("actions"), has("actions")),
        actionsByPlaceKind: breakdown(actionPlaceKindLabels, of("places"), has("actions")),
        actionsByQpvCode: breakdown(qpv.labels, qpv.values, has("actions")),
        inhabitantsReached: total("inhabitants", "actions"),
        inhabitantsReachedByKind: breakdown(actionKindLabels, of("inhabitants"), has("actions")),
        hours: total("hours", "actions"),
        hoursByKind: breakdown(actionKindLabels, of("hours"), has("actions")),
        contributionCount: total("contributions", "contributions"),
        contributionsByStatus: breakdown(
          contributionStatusReportLabels,
          of("contributions"),
          has("contributions"),
        ),
        trainingCount: total("trainings", "outcomes"),
        immersionCount: total("immersions", "outcomes"),
        returnToEmploymentCount: total("returns", "outcomes"),
        insertionEntryCount: total("entries", "cohorts"),
        insertionExitCount: total("exits", "cohorts"),
        insertionExitsByDestination: breakdown(exitDestinationLabels, of("exits"), has("cohorts")),
      });
    });
  });
