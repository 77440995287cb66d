import { breakdown, centsToEuros, type SubgraphContext } from "@pole/subgraph-kit";
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
  dimension: "kind" | "legal_form" | "activity";
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
}
interface ServiceSums {
  year: number;
  /** null on the year's total row (grouping set without category). */
  category: string | null;
  engagements: string;
  hours: string | null;
  members: string;
  savings_cents: string | null;
}
interface FundingSums {
  year: number;
  funder_kind: string;
  amount_cents: string;
}

/**
 * Members active during each year with the membership kind in force at the year's end (their last period
 * begun by 31 December; the member's current kind when it has no period), broken down three ways.
 */
const MEMBER_BREAKDOWNS_SQL = `
  WITH active AS (
    SELECT y.year, m.id, m.legal_form, m.activities, coalesce(k.kind, m.membership_kind) AS kind
      FROM unnest($1::int[]) AS y(year)
      JOIN member m ON m.joined_on <= make_date(y.year, 12, 31)
                   AND (m.left_on IS NULL OR m.left_on >= make_date(y.year, 1, 1))
      LEFT JOIN LATERAL (
        SELECT p.kind FROM membership_period p
         WHERE p.member_id = m.id AND p.starts_on <= make_date(y.year, 12, 31)
         ORDER BY p.starts_on DESC LIMIT 1
      ) AS k ON true
  )
  SELECT year, 'kind' AS dimension, kind::text AS key, count(*) AS value FROM active GROUP BY year, kind
  UNION ALL
  SELECT year, 'legal_form', legal_form::text, count(*) FROM active GROUP BY year, legal_form
  UNION ALL
  SELECT year, 'activity', activity::text, count(*)
    FROM active CROSS JOIN LATERAL unnest(activities) AS activity GROUP BY year, activity`;

/**
 * Economy reports by year: five aggregate statements for any number of years (members active during the
 * year by kind, legal form and activity; figures of the year; leases in force on 31 December; service
 * engagements of the year by family; funding of the year by funder kind).
 */
export const economyReportByYear = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<number, EconomyReport>("economyReportByYear", async (yearKeys) => {
    const years = [...yearKeys];
    const [members, figures, areas, services, fundings] = await Promise.all([
      dataSource.query<MemberBreakdownRow[]>(MEMBER_BREAKDOWNS_SQL, [years]),
      dataSource.query<FigureSums[]>(
        `SELECT year, sum(fte) AS fte, sum(permanent_employees) AS permanent_employees,
                sum(budget_cents) AS budget_cents, sum(revenue_cents) AS revenue_cents,
                sum(equity_cents) AS equity_cents
           FROM member_year WHERE year = ANY($1::int[]) GROUP BY year`,
        [years],
      ),
      dataSource.query<AreaSums[]>(
        `SELECT y.year, sum(l.area_sqm) AS area_sqm
           FROM unnest($1::int[]) AS y(year)
           JOIN office_lease l ON l.starts_on <= make_date(y.year, 12, 31)
                              AND (l.ends_on IS NULL OR l.ends_on >= make_date(y.year, 12, 31))
          GROUP BY y.year`,
        [years],
      ),
      dataSource.query<ServiceSums[]>(
        `SELECT year, category, count(*) AS engagements, round(sum(hours)::numeric, 2) AS hours,
                count(DISTINCT member_id) AS members, sum(savings_cents) AS savings_cents
           FROM (${ENGAGEMENTS_SQL}) AS engagement
          WHERE year = ANY($1::int[])
          GROUP BY GROUPING SETS ((year, category), (year))`,
        [years],
      ),
      dataSource.query<FundingSums[]>(
        `SELECT year, funder_kind::text AS funder_kind, sum(amount_cents) AS amount_cents
           FROM funding WHERE year = ANY($1::int[]) GROUP BY year, funder_kind`,
        [years],
      ),
    ]);
    const figuresOf = new Map(figures.map((row) => [row.year, row]));
    const areaOf = new Map(areas.map((row) => [row.year, row]));
    return years.map((year) => {
      const f = figuresOf.get(year);
      const counts = (dimension: MemberBreakdownRow["dimension"]) =>
        new Map(
          members
            .filter((row) => row.year === year && row.dimension === dimension)
            .map((row) => [row.key, Number(row.value)]),
        );
      const byKind = counts("kind");
      const byLegalForm = counts("legal_form");
      const yearServices = services.filter((row) => row.year === year);
      const total = yearServices.find((row) => row.category === null);
      const perCategory = (value: (row: ServiceSums) => number) =>
        breakdown(
          serviceCategoryLabels,
          new Map(
            yearServices.filter((row) => row.category !== null).map((row) => [row.category!, value(row)]),
          ),
        );
      const yearFundings = fundings.filter((row) => row.year === year);
      return Object.assign(new EconomyReport(), {
        memberCount: [...byKind.values()].reduce((sum, count) => sum + count, 0),
        installedMemberCount: byKind.get("INSTALLED") ?? 0,
        associatedMemberCount: byKind.get("ASSOCIATED") ?? 0,
        legalFormCount: byLegalForm.size,
        fte: Number(f?.fte ?? 0),
        permanentEmployees: Number(f?.permanent_employees ?? 0),
        consolidatedBudget: centsToEuros(f?.budget_cents),
        cumulatedRevenue: centsToEuros(f?.revenue_cents),
        cumulatedEquity: centsToEuros(f?.equity_cents),
        occupiedAreaSqm: Number(areaOf.get(year)?.area_sqm ?? 0),
        membersByMembershipKind: breakdown(membershipKindReportLabels, byKind),
        membersByLegalForm: breakdown(legalFormLabels, byLegalForm),
        membersByActivity: breakdown(activityLabels, counts("activity")),
        serviceEngagementCount: Number(total?.engagements ?? 0),
        serviceEngagementsByCategory: perCategory((row) => Number(row.engagements)),
        serviceHours: Number(total?.hours ?? 0),
        serviceHoursByCategory: perCategory((row) => Number(row.hours ?? 0)),
        membersServed: Number(total?.members ?? 0),
        membersServedByCategory: perCategory((row) => Number(row.members)),
        membersSavings: centsToEuros(total?.savings_cents),
        membersSavingsByCategory: perCategory((row) => centsToEuros(row.savings_cents)),
        fundingReceived: centsToEuros(yearFundings.reduce((sum, row) => sum + BigInt(row.amount_cents), 0n)),
        fundingByFunderKind: breakdown(
          funderKindLabels,
          new Map(yearFundings.map((row) => [row.funder_kind, centsToEuros(row.amount_cents)])),
        ),
      });
    });
  });
