import { breakdown, coverageOf, type SubgraphContext } from "@pole/subgraph-kit";
import { TRANSFER_KIND_LABELS } from "../transfer/transfer-kind.enum";
import { TransferOrigin } from "../transfer/transfer-origin.enum";
import { KnowledgeReport } from "./knowledge-report.type";

interface PracticeAndAdoptionCounts {
  year: number;
  practice_count: string;
  practices_recorded: boolean;
  practices_sample: boolean;
  adoption_count: string;
  adoptions_recorded: boolean;
  adoptions_sample: boolean;
}
interface TransferCounts {
  year: number;
  /** Null on the year's total row (GROUPING SETS). */
  origin: TransferOrigin | null;
  /** Null on the year's and the origin's total rows. */
  kind: string | null;
  /** GROUPING(origin, kind): 3 on the year's total, 1 on an origin's total, 0 on an origin and kind. */
  grouping: number;
  transfer_count: string;
  territory_count: string;
  participant_count: string;
  sample: boolean;
}

/**
 * Knowledge reports by year: two aggregate statements for any number of years.
 *
 * The first counts, per year, the practices published and the adoptions completed, and says whether each
 * source holds records for the year: a practice published that year (withdrawn since or not), an adoption
 * started or completed that year. Without one, the count is no data (null), not 0.
 *
 * The second counts the transfers held, by origin (the Pôle's own, recorded by its team; those territories
 * record about themselves), once per origin (with distinct territories and participants) and once per
 * origin and kind, plus the year's total row, which says the source holds records (GROUPING SETS).
 */
export const knowledgeReportByYear = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<number, KnowledgeReport>("knowledgeReportByYear", async (yearKeys) => {
    const years = [...yearKeys];
    const [counts, transfers] = await Promise.all([
      dataSource.query<PracticeAndAdoptionCounts[]>(
        `WITH y AS (SELECT year, make_date(year, 1, 1) AS first_day, make_date(year, 12, 31) AS last_day
                      FROM unnest($1::int[]) AS year)
         SELECT y.year,
                -- Published during the year and still published.
                (SELECT count(*) FROM practice p
                  WHERE p.status = 'PUBLISHED' AND p.published_on BETWEEN y.first_day AND y.last_day
                ) AS practice_count,
                -- The library holds a publication of that year (a practice withdrawn since included).
                EXISTS (SELECT 1 FROM practice p WHERE p.published_on BETWEEN y.first_day AND y.last_day
                ) AS practices_recorded,
                EXISTS (SELECT 1 FROM practice p
                  WHERE p.status = 'PUBLISHED' AND p.published_on BETWEEN y.first_day AND y.last_day AND p.is_sample
                ) AS practices_sample,
                -- Completed during the year.
                (SELECT count(*) FROM adoption a
                  WHERE a.status = 'ADOPTED' AND a.completed_on BETWEEN y.first_day AND y.last_day
                ) AS adoption_count,
                -- An adoption started or completed during the year.
                EXISTS (SELECT 1 FROM adoption a
                  WHERE a.started_on BETWEEN y.first_day AND y.last_day
                     OR a.completed_on BETWEEN y.first_day AND y.last_day
                ) AS adoptions_recorded,
                EXISTS (SELECT 1 FROM adoption a
                  WHERE a.status = 'ADOPTED' AND a.completed_on BETWEEN y.first_day AND y.last_day AND a.is_sample
                ) AS adoptions_sample
           FROM y`,
        [years],
      ),
      dataSource.query<TransferCounts[]>(
        `SELECT y.year, t.origin, t.kind, GROUPING(t.origin, t.kind) AS grouping,
                count(t.id) AS transfer_count,
                count(DISTINCT t.territory_id) AS territory_count,
                coalesce(sum(t.participant_count), 0) AS participant_count,
                bool_or(t.is_sample) AS sample
           FROM unnest($1::int[]) AS y(year)
           JOIN transfer t ON t.held_on >= make_date(y.year, 1, 1) AND t.held_on <= make_date(y.year, 12, 31)
          GROUP BY GROUPING SETS ((y.year), (y.year, t.origin), (y.year, t.origin, t.kind))`,
        [years],
      ),
    ]);
    const countsOf = new Map(counts.map((row) => [row.year, row]));
    return years.map((year) => {
      const count = countsOf.get(year)!;
      const ofYear = transfers.filter((row) => row.year === year);
      const total = ofYear.find((row) => row.grouping === 3);
      const transfersRecorded = total !== undefined;
      const originTotal = (origin: TransferOrigin) =>
        ofYear.find((row) => row.grouping === 1 && row.origin === origin);
      // With transfers recorded that year, an origin without any has true zeros; without, every figure is null.
      const figure = (
        origin: TransferOrigin,
        column: "transfer_count" | "territory_count" | "participant_count",
      ) => (transfersRecorded ? Number(originTotal(origin)?.[column] ?? 0) : null);
      const ownByKind = new Map(
        ofYear
          .filter((row) => row.grouping === 0 && row.origin === TransferOrigin.POLE)
          .map((row) => [row.kind!, Number(row.transfer_count)]),
      );
      return Object.assign(new KnowledgeReport(), {
        coverage: coverageOf([count.practices_recorded, transfersRecorded, count.adoptions_recorded]),
        sampleData: count.practices_sample || count.adoptions_sample || (total?.sample ?? false),
        practiceCount: count.practices_recorded ? Number(count.practice_count) : null,
        adoptionCount: count.adoptions_recorded ? Number(count.adoption_count) : null,
        transferCount: figure(TransferOrigin.POLE, "transfer_count"),
        transfersByKind: breakdown(TRANSFER_KIND_LABELS, ownByKind, transfersRecorded),
        territoryCount: figure(TransferOrigin.POLE, "territory_count"),
        participantCount: figure(TransferOrigin.POLE, "participant_count"),
        partnerTransferCount: figure(TransferOrigin.PARTNER_TERRITORY, "transfer_count"),
        partnerParticipantCount: figure(TransferOrigin.PARTNER_TERRITORY, "participant_count"),
      });
    });
  });
