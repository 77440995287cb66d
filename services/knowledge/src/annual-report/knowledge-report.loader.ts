import type { SubgraphContext } from "@pole/subgraph-kit";
import { KnowledgeReport } from "./knowledge-report.type";

interface PracticeCounts {
  year: number;
  practice_count: string;
}
interface TransferCounts {
  year: number;
  transfer_count: string;
  territory_count: string;
}

/**
 * Knowledge reports by year: two aggregate statements for any number of years (practices published during
 * the year; transfers held during the year and their distinct territories).
 */
export const knowledgeReportByYear = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<number, KnowledgeReport>("knowledgeReportByYear", async (yearKeys) => {
    const years = [...yearKeys];
    const [practices, transfers] = await Promise.all([
      dataSource.query<PracticeCounts[]>(
        `SELECT y.year, count(p.id) AS practice_count
           FROM unnest($1::int[]) AS y(year)
           JOIN practice p ON p.status = 'PUBLISHED'
                          AND p.published_on >= make_date(y.year, 1, 1)
                          AND p.published_on <= make_date(y.year, 12, 31)
          GROUP BY y.year`,
        [years],
      ),
      dataSource.query<TransferCounts[]>(
        `SELECT y.year, count(t.id) AS transfer_count, count(DISTINCT t.territory_id) AS territory_count
           FROM unnest($1::int[]) AS y(year)
           JOIN transfer t ON t.held_on >= make_date(y.year, 1, 1) AND t.held_on <= make_date(y.year, 12, 31)
          GROUP BY y.year`,
        [years],
      ),
    ]);
    const practicesOf = new Map(practices.map((row) => [row.year, row]));
    const transfersOf = new Map(transfers.map((row) => [row.year, row]));
    return years.map((year) =>
      Object.assign(new KnowledgeReport(), {
        practiceCount: Number(practicesOf.get(year)?.practice_count ?? 0),
        transferCount: Number(transfersOf.get(year)?.transfer_count ?? 0),
        territoryCount: Number(transfersOf.get(year)?.territory_count ?? 0),
      }),
    );
  });
