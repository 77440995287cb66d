import type { SubgraphContext } from "@pole/subgraph-kit";
import { NeighbourhoodReport } from "./neighbourhood-report.type";

interface ActionSums {
  year: number;
  action_count: string;
  inhabitants_reached: string;
}

/** Neighbourhood reports by year: one aggregate statement for any number of years (actions started in the year). */
export const neighbourhoodReportByYear = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<number, NeighbourhoodReport>("neighbourhoodReportByYear", async (yearKeys) => {
    const years = [...yearKeys];
    const sums = await dataSource.query<ActionSums[]>(
      `SELECT y.year, count(a.id) AS action_count, coalesce(sum(a.inhabitants_reached), 0) AS inhabitants_reached
         FROM unnest($1::int[]) AS y(year)
         JOIN neighbourhood_action a ON a.starts_on >= make_date(y.year, 1, 1)
                                    AND a.starts_on <= make_date(y.year, 12, 31)
        GROUP BY y.year`,
      [years],
    );
    const sumsOf = new Map(sums.map((row) => [row.year, row]));
    return years.map((year) => {
      const s = sumsOf.get(year);
      return Object.assign(new NeighbourhoodReport(), {
        actionCount: Number(s?.action_count ?? 0),
        inhabitantsReached: Number(s?.inhabitants_reached ?? 0),
      });
    });
  });
