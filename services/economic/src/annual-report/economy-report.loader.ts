import { centsToEuros, type SubgraphContext } from "@pole/subgraph-kit";
import { EconomyReport } from "./economy-report.type";

interface MemberCounts {
  year: number;
  member_count: string;
  installed_count: string;
  associated_count: string;
  legal_form_count: string;
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

/**
 * Economy reports by year: three aggregate statements for any number of years (members active during the
 * year; figures of the year; leases in force on 31 December).
 */
export const economyReportByYear = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<number, EconomyReport>("economyReportByYear", async (yearKeys) => {
    const years = [...yearKeys];
    const [members, figures, areas] = await Promise.all([
      dataSource.query<MemberCounts[]>(
        `SELECT y.year,
                count(m.id) AS member_count,
                count(m.id) FILTER (WHERE m.membership_kind = 'INSTALLED') AS installed_count,
                count(m.id) FILTER (WHERE m.membership_kind = 'ASSOCIATED') AS associated_count,
                count(DISTINCT m.legal_form) AS legal_form_count
           FROM unnest($1::int[]) AS y(year)
           JOIN member m ON m.joined_on <= make_date(y.year, 12, 31)
                        AND (m.left_on IS NULL OR m.left_on >= make_date(y.year, 1, 1))
          GROUP BY y.year`,
        [years],
      ),
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
    ]);
    const membersOf = new Map(members.map((row) => [row.year, row]));
    const figuresOf = new Map(figures.map((row) => [row.year, row]));
    const areaOf = new Map(areas.map((row) => [row.year, row]));
    return years.map((year) => {
      const m = membersOf.get(year);
      const f = figuresOf.get(year);
      return Object.assign(new EconomyReport(), {
        memberCount: Number(m?.member_count ?? 0),
        installedMemberCount: Number(m?.installed_count ?? 0),
        associatedMemberCount: Number(m?.associated_count ?? 0),
        legalFormCount: Number(m?.legal_form_count ?? 0),
        fte: Number(f?.fte ?? 0),
        permanentEmployees: Number(f?.permanent_employees ?? 0),
        consolidatedBudget: centsToEuros(f?.budget_cents),
        cumulatedRevenue: centsToEuros(f?.revenue_cents),
        cumulatedEquity: centsToEuros(f?.equity_cents),
        occupiedAreaSqm: Number(areaOf.get(year)?.area_sqm ?? 0),
      });
    });
  });
