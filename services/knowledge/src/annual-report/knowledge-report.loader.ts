import { breakdown, type SubgraphContext } from "@pole/subgraph-kit";
import { TRANSFER_KIND_LABELS } from "../transfer/transfer-kind.enum";
import { KnowledgeReport } from "./knowledge-report.type";

interface PracticeAndAdoptionCounts {
  year: number;
  practice_count: string;
  adoption_count: string;
}
interface TransferCounts {
  year: number;
  /** Null on the year's total row (GROUPING SETS). */
  kind: string | null;
  is_total: number;
  transfer_count: string;
  territory_count: string;
  participant_count: string;
}

/**
 * Knowledge reports by year: two aggregate statements for any number of years. The first counts, per
 * year, the practices published and the adoptions completed; the second the transfers held, once per
 * year (with distinct territories and participants) and once per year and kind (GROUPING SETS).
 */
export const knowledgeReportByYear = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<number, KnowledgeReport>("knowledgeReportByYear", async (yearKeys) => {
    const years = [...yearKeys];
    const [counts, transfers] = await Promise.all([
      dataSource.query<PracticeAndAdoptionCounts[]>(
        `SELECT y.year,
                (SELECT count(*) FROM practice p
                  WHERE p.status = 'PUBLISHED'
                    AND p.published_on BETWEEN make_date(y.year, 1, 1) AND make_date(y.year, 12, 31)
                ) AS practice_count,
                (SELECT count(*) FROM adoption a
                  WHERE a.status = 'ADOPTED'
                    AND a.completed_on BETWEEN make_date(y.year, 1, 1) AND make_date(y.year, 12, 31)
                ) AS adoption_count
           FROM unnest($1::int[]) AS y(year)`,
        [years],
      ),
      dataSource.query<TransferCounts[]>(
        `SELECT y.year, t.kind, GROUPING(t.kind) AS is_total,
                count(t.id) AS transfer_count,
                count(DISTINCT t.territory_id) AS territory_count,
                coalesce(sum(t.participant_count), 0) AS participant_count
           FROM unnest($1::int[]) AS y(year)
           JOIN transfer t ON t.held_on >= make_date(y.year, 1, 1) AND t.held_on <= make_date(y.year, 12, 31)
          GROUP BY GROUPING SETS ((y.year), (y.year, t.kind))`,
        [years],
      ),
    ]);
    const countsOf = new Map(counts.map((row) => [row.year, row]));
    const totalsOf = new Map(transfers.filter((row) => row.is_total === 1).map((row) => [row.year, row]));
    return years.map((year) => {
      const total = totalsOf.get(year);
      const byKind = new Map(
        transfers
          .filter((row) => row.year === year && row.is_total === 0)
          .map((row) => [row.kind!, Number(row.transfer_count)]),
      );
      return Object.assign(new KnowledgeReport(), {
        practiceCount: Number(countsOf.get(year)?.practice_count ?? 0),
        adoptionCount: Number(countsOf.get(year)?.adoption_count ?? 0),
        transferCount: Number(total?.transfer_count ?? 0),
        transfersByKind: breakdown(TRANSFER_KIND_LABELS, byKind),
        territoryCount: Number(total?.territory_count ?? 0),
        participantCount: Number(total?.participant_count ?? 0),
      });
    });
  });
