import {
  breakdown,
  centsToEuros,
  centsToEurosOrNull,
  coverageOf,
  MIN_REPORT_YEAR,
  ReportCoverage,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import {
  activityLabels,
  legalFormLabels,
  membershipKindReportLabels,
  serviceCategoryLabels,
} from "../common/labels";
import { funderKindLabels } from "../funding/funding.enums";
import { ENGAGEMENTS_SQL } from "../service-engagement/engagements.sql";
import { EconomyReport } from "./economy-report.type";

interface MemberBreakdownRow {
  year: number;
  /** `reporting`: members with figures for the year; `sample`: invented sample members (key `all`). */
  dimension: "kind" | "legal_form" | "activity" | "reporting" | "sample";
  key: string;
  value: string;
}
interface FigureSums {
  year: number;
  fte: string | null;
  permanent_employees: string | null;
  budget_cents: string | null;
  revenue_cents: string | null;
  equity_cents: string | null;
}
interface AreaSums {
  year: number;
  area_sqm: string | null;
  sample: boolean;
}
interface ServiceSums {
  year: number;
  /** null on the year's total row (grouping set without category). */
  category: string | null;
  engagements: string;
  hours: string | null;
  members: string;
  savings_cents: string | null;
  sample: boolean;
}
interface FundingSums {
  year: number;
  funder_kind: string;
  amount_cents: string;
  sample: boolean;
}

/**
 * The members of each year: those belonging to the Pôle on 31 December (joined by then, not left before),
 * with the membership kind in force that day (the period covering it, else the last one begun by then, else
 * the member's current kind). Also says whether the member has figures recorded for the year (a
 * member_year row) and is an invented sample record. Shared by the counts and the figures.
 */
const MEMBERS_AT_YEAR_END_SQL = `
  SELECT y.year, m.id, m.legal_form, m.activities, m.is_sample, coalesce(k.kind, m.membership_kind) AS kind,
         EXISTS (SELECT 1 FROM member_year f WHERE f.member_id = m.id AND f.year = y.year) AS reporting
    FROM unnest($1::int[]) AS y(year)
    JOIN member m ON m.joined_on <= make_date(y.year, 12, 31)
                 AND (m.left_on IS NULL OR m.left_on >= make_date(y.year, 12, 31))
    LEFT JOIN LATERAL (
      SELECT p.kind FROM membership_period p
       WHERE p.member_id = m.id AND p.starts_on <= make_date(y.year, 12, 31)
       ORDER BY (p.ends_on IS NULL OR p.ends_on >= make_date(y.year, 12, 31)) DESC, p.starts_on DESC
       LIMIT 1
    ) AS k ON true`;

/**
 * Members on 31 December by kind, legal form and activity, how many of them reported figures for the year,
 * and how many are sample records.
 */
const MEMBER_BREAKDOWNS_SQL = `
  WITH active AS (${MEMBERS_AT_YEAR_END_SQL})
  SELECT year, 'kind' AS dimension, kind::text AS key, count(*) AS value FROM active GROUP BY year, kind
  UNION ALL
  SELECT year, 'legal_form', legal_form::text, count(*) FROM active GROUP BY year, legal_form
  UNION ALL
  SELECT year, 'activity', activity::text, count(*)
    FROM active CROSS JOIN LATERAL unnest(activities) AS activity GROUP BY year, activity
  UNION ALL
  SELECT year, 'reporting', 'all', count(*) FILTER (WHERE reporting) FROM active GROUP BY year
  UNION ALL
  SELECT year, 'sample', 'all', count(*) FILTER (WHERE is_sample) FROM active GROUP BY year`;

/**
 * Where a figure needs data, how complete the year's data is: the members' figures (complete when every
 * member counted on 31 December reported), the service records, the funding records.
 */
function economyCoverage(
  memberCount: number,
  membersReporting: number,
  services: boolean,
  funding: boolean,
): ReportCoverage {
  const coverage = coverageOf([membersReporting > 0 && membersReporting === memberCount, services, funding]);
  // Figures of some members only are partial data, not none.
  return coverage === ReportCoverage.NONE && membersReporting > 0 ? ReportCoverage.PARTIAL : coverage;
}

const figure = (value: string | null | undefined) =>
  value === null || value === undefined ? null : Number(value);

/**
 * Economy reports by year: five aggregate statements for any number of years (members on 31 December by
 * kind, legal form and activity, with how many reported figures; the figures of those members; leases in
 * force on 31 December; service engagements of the year by family; funding of the year by funder kind).
 * A figure with no data is null, never 0: see EconomyReport.
 */
export const economyReportByYear = ({ loaders, dataSource }: SubgraphContext) => {
  const loader = loaders.get<number, EconomyReport>("economyReportByYear", async (yearKeys) => {
    // `changeFromPreviousYear` asks next for each year's previous one: computed in this same batch (one
    // more element in the years' array) and primed, so it costs no second round of the five aggregates.
    const years = [...new Set([...yearKeys, ...yearKeys.map((year) => year - 1)])].filter(
      (year) => year >= MIN_REPORT_YEAR,
    );
    const [members, figures, areas, services, fundings] = await Promise.all([
      dataSource.query<MemberBreakdownRow[]>(MEMBER_BREAKDOWNS_SQL, [years]),
      // Sums over the members counted on 31 December that reported figures for the year.
      dataSource.query<FigureSums[]>(
        `WITH active AS (${MEMBERS_AT_YEAR_END_SQL})
         SELECT f.year, sum(f.fte) AS fte, sum(f.permanent_employees) AS permanent_employees,
                sum(f.budget_cents) AS budget_cents, sum(f.revenue_cents) AS revenue_cents,
                sum(f.equity_cents) AS equity_cents
           FROM member_year f
           JOIN active a ON a.id = f.member_id AND a.year = f.year
          GROUP BY f.year`,
        [years],
      ),
      // The lease register on 31 December: every office let in the building that day.
      dataSource.query<AreaSums[]>(
        `SELECT y.year, sum(l.area_sqm) AS area_sqm, bool_or(m.is_sample) AS sample
           FROM unnest($1::int[]) AS y(year)
           JOIN office_lease l ON l.starts_on <= make_date(y.year, 12, 31)
                              AND (l.ends_on IS NULL OR l.ends_on >= make_date(y.year, 12, 31))
           JOIN member m ON m.id = l.member_id
          GROUP BY y.year`,
        [years],
      ),
      // Service engagements of the year, by family and in all (grouping sets).
      dataSource.query<ServiceSums[]>(
        `SELECT year, category, count(*) AS engagements, round(sum(hours)::numeric, 2) AS hours,
                count(DISTINCT member_id) AS members, sum(savings_cents) AS savings_cents,
                bool_or(m.is_sample) AS sample
           FROM (${ENGAGEMENTS_SQL}) AS engagement
           JOIN member m ON m.id = engagement.member_id
          WHERE year = ANY($1::int[])
          GROUP BY GROUPING SETS ((year, category), (year))`,
        [years],
      ),
      // Funding of the year by funder kind.
      dataSource.query<FundingSums[]>(
        `SELECT year, funder_kind::text AS funder_kind, sum(amount_cents) AS amount_cents,
                bool_or(is_sample) AS sample
           FROM funding WHERE year = ANY($1::int[]) GROUP BY year, funder_kind`,
        [years],
      ),
    ]);
    const figuresOf = new Map(figures.map((row) => [row.year, row]));
    const areaOf = new Map(areas.map((row) => [row.year, row]));
    const reports = years.map((year) => {
      const counts = (dimension: MemberBreakdownRow["dimension"]) =>
        new Map(
          members
            .filter((row) => row.year === year && row.dimension === dimension)
            .map((row) => [row.key, Number(row.value)]),
        );
      const byKind = counts("kind");
      const byLegalForm = counts("legal_form");
      const memberCount = [...byKind.values()].reduce((sum, count) => sum + count, 0);
      const membersReporting = counts("reporting").get("all") ?? 0;
      const f = membersReporting > 0 ? figuresOf.get(year) : undefined;

      const yearServices = services.filter((row) => row.year === year);
      const total = yearServices.find((row) => row.category === null);
      const perCategory = (value: (row: ServiceSums) => number) =>
        breakdown(
          serviceCategoryLabels,
          new Map(
            yearServices.filter((row) => row.category !== null).map((row) => [row.category!, value(row)]),
          ),
          total !== undefined,
        );
      const yearFundings = fundings.filter((row) => row.year === year);
      const fundingRecorded = yearFundings.length > 0;
      const area = areaOf.get(year);
      return Object.assign(new EconomyReport(), {
        memberCount,
        installedMemberCount: byKind.get("INSTALLED") ?? 0,
        associatedMemberCount: byKind.get("ASSOCIATED") ?? 0,
        membersReporting,
        coverage: economyCoverage(memberCount, membersReporting, total !== undefined, fundingRecorded),
        sampleData:
          (counts("sample").get("all") ?? 0) > 0 ||
          Boolean(area?.sample) ||
          Boolean(total?.sample) ||
          yearFundings.some((row) => row.sample),
        legalFormCount: byLegalForm.size,
        fte: figure(f?.fte),
        permanentEmployees: figure(f?.permanent_employees),
        consolidatedBudget: centsToEurosOrNull(f?.budget_cents),
        cumulatedRevenue: centsToEurosOrNull(f?.revenue_cents),
        cumulatedEquity: centsToEurosOrNull(f?.equity_cents),
        occupiedAreaSqm: Number(area?.area_sqm ?? 0),
        membersByMembershipKind: breakdown(membershipKindReportLabels, byKind),
        membersByLegalForm: breakdown(legalFormLabels, byLegalForm),
        membersByActivity: breakdown(activityLabels, counts("activity")),
        serviceEngagementCount: total ? Number(total.engagements) : null,
        serviceEngagementsByCategory: perCategory((row) => Number(row.engagements)),
        serviceHours: total ? Number(total.hours ?? 0) : null,
        serviceHoursByCategory: perCategory((row) => Number(row.hours ?? 0)),
        membersServed: total ? Number(total.members) : null,
        membersServedByCategory: perCategory((row) => Number(row.members)),
        membersSavings: total ? centsToEuros(total.savings_cents) : null,
        membersSavingsByCategory: perCategory((row) => centsToEuros(row.savings_cents)),
        fundingReceived: fundingRecorded
          ? centsToEuros(yearFundings.reduce((sum, row) => sum + BigInt(row.amount_cents), 0n))
          : null,
        fundingByFunderKind: breakdown(
          funderKindLabels,
          new Map(yearFundings.map((row) => [row.funder_kind, centsToEuros(row.amount_cents)])),
          fundingRecorded,
        ),
      });
    });
    const reportOf = new Map(years.map((year, i) => [year, reports[i]]));
    for (const [year, report] of reportOf) if (!yearKeys.includes(year)) loader.prime(year, report);
    return yearKeys.map((year) => reportOf.get(year)!);
  });
  return loader;
};
