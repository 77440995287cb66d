/**
 * The council's reports as flat rows: one per number, whatever the pillar, so the same rows feed every
 * format. Walks the GraphQL answer generically: a number (or null: no data) is an indicator, a list of
 * `{ key, label, value }` is a breakdown; `changeFromPreviousYear` gives each number its change. Labels,
 * units and definitions come from the graph's indicator catalogue (`reportIndicators`).
 */
import { reportCoverageLabels } from "@pole/subgraph-kit";

export interface IndicatorRow {
  year: number;
  pillar: string;
  indicator: string;
  /** Breakdown key; empty for a plain indicator. */
  key: string;
  label: string;
  /** The unit's French label (« € », « m² »…); empty when the catalogue does not know the indicator. */
  unit: string;
  /** null: no data for the year (never printed as 0). */
  value: number | null;
  /** This year minus the previous one; null when either is unknown. */
  change: number | null;
  /** The change in percent of the previous year's figure; null when that figure is null or 0. */
  changePercent: number | null;
  /** Whether the part this figure comes from rests on sample (invented) records. */
  sampleData: boolean;
  /** The part's coverage in French (« Données partielles »…), when the answer carries it; else empty. */
  coverage: string;
}

/** One entry of the indicator catalogue, as the `ReportIndicators` operation asks it. */
export interface CatalogueIndicator {
  key: string;
  pillar: string;
  label: string;
  definition: string;
  unit: string;
  unitLabel: string;
  source: string;
  breakdown: boolean;
}

/** The catalogue by part field (economy, neighbourhood, knowledge), then by indicator key. */
export type Catalogue = Map<string, Map<string, CatalogueIndicator>>;

interface BreakdownItem {
  key: string;
  label: string;
  value: number | null;
}

type Part = Record<string, unknown> & {
  changeFromPreviousYear?: Part | null;
  sampleData?: boolean | null;
  coverage?: string | null;
};

export type Report = Record<string, unknown> & { year: number };

/** The report's parts, as `AnnualReport` names them, with their French titles. */
export const PILLARS: Record<string, string> = {
  economy: "Développement économique",
  neighbourhood: "Quartier des Grésilles",
  knowledge: "Modélisation et essaimage",
};

/** Fields of a part that are not figures, whatever their type. */
const NOT_FIGURES = new Set([
  "__typename",
  "changeFromPreviousYear",
  "coverage",
  "coverageLabel",
  "sampleData",
]);

/** The catalogue answer (`reportIndicators`) as lookup maps; a missing list (subgraph down) stays empty. */
export function catalogueOf(answer: Record<string, unknown> | null | undefined): Catalogue {
  const catalogue: Catalogue = new Map();
  for (const pillar of Object.keys(PILLARS)) {
    const list = (answer?.[pillar] as CatalogueIndicator[] | null | undefined) ?? [];
    catalogue.set(pillar, new Map(list.map((indicator) => [indicator.key, indicator])));
  }
  return catalogue;
}

/** The catalogue's entries in its order, pillar by pillar. */
export const catalogueEntries = (catalogue: Catalogue): CatalogueIndicator[] =>
  [...catalogue.values()].flatMap((entries) => [...entries.values()]);

const isBreakdown = (value: unknown): value is BreakdownItem[] =>
  Array.isArray(value) &&
  value.every((item) => item && typeof item === "object" && "key" in item && "value" in item);

const asFigure = (value: unknown): number | null => (typeof value === "number" ? value : null);

/** The change in percent of the previous figure (value − change), to 0.1 %; null without a previous figure. */
export function percentChange(value: number | null, change: number | null): number | null {
  if (value === null || change === null) return null;
  const previous = value - change;
  if (Math.abs(previous) < 1e-9) return null;
  return Math.round((change / Math.abs(previous)) * 1000) / 10 || 0; // never −0
}

/** Rows of one year's report, pillar by pillar, in the order of the answer's fields. */
export function rowsOfReport(report: Report, catalogue: Catalogue = new Map()): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const pillar of Object.keys(PILLARS)) {
    const part = report[pillar] as Part | null | undefined;
    if (!part) continue;
    const change = part.changeFromPreviousYear ?? null;
    const sampleData = part.sampleData === true;
    const coverage =
      typeof part.coverage === "string"
        ? ((reportCoverageLabels as Record<string, string>)[part.coverage] ?? part.coverage)
        : "";
    for (const [field, value] of Object.entries(part)) {
      if (NOT_FIGURES.has(field)) continue;
      const entry = catalogue.get(pillar)?.get(field);
      const label = entry?.label ?? field;
      const unit = entry?.unitLabel ?? "";
      const row = (key: string, rowLabel: string, figure: number | null, delta: number | null) => {
        const figureChange = figure === null ? null : delta;
        rows.push({
          year: report.year,
          pillar,
          indicator: field,
          key,
          label: rowLabel,
          unit,
          value: figure,
          change: figureChange,
          changePercent: percentChange(figure, figureChange),
          sampleData,
          coverage,
        });
      };
      if (typeof value === "number" || value === null) {
        row("", label, value, asFigure(change?.[field]));
      } else if (isBreakdown(value)) {
        const deltas = isBreakdown(change?.[field]) ? (change![field] as BreakdownItem[]) : [];
        for (const item of value) {
          const delta = deltas.find((d) => d.key === item.key)?.value;
          row(item.key, `${label} — ${item.label}`, asFigure(item.value), asFigure(delta));
        }
      }
    }
  }
  return rows;
}

/** Whether any part of any year rests on sample data (`sampleData: true`). */
export const usesSampleData = (reports: Report[]): boolean =>
  reports.some((report) =>
    Object.keys(PILLARS).some((pillar) => (report[pillar] as Part | null | undefined)?.sampleData === true),
  );

/** One line of the wide layout: an indicator (or breakdown line) with its value for each year. */
export interface WideRow {
  pillar: string;
  indicator: string;
  key: string;
  label: string;
  unit: string;
  /** By year, in the order of `years`; null for no data (or a year whose part is missing). */
  values: (number | null)[];
  sampleData: boolean;
}

/** The long rows pivoted: one line per indicator (and breakdown key), one value per year. */
export function wideRows(rows: IndicatorRow[]): { years: number[]; rows: WideRow[] } {
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  const lines = new Map<string, WideRow>();
  for (const row of rows) {
    const id = `${row.pillar}\u0000${row.indicator}\u0000${row.key}`;
    let line = lines.get(id);
    if (!line) {
      line = {
        pillar: row.pillar,
        indicator: row.indicator,
        key: row.key,
        label: row.label,
        unit: row.unit,
        values: years.map(() => null),
        sampleData: false,
      };
      lines.set(id, line);
    }
    line.values[years.indexOf(row.year)] = row.value;
    line.sampleData ||= row.sampleData;
  }
  // Pillar order first, then the order the indicators first appear in.
  const pillars = Object.keys(PILLARS);
  const ordered = [...lines.values()].sort((a, b) => pillars.indexOf(a.pillar) - pillars.indexOf(b.pillar));
  return { years, rows: ordered };
}

/** A JSON answer without GraphQL's `__typename`, at any depth. */
export function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "__typename")
        .map(([key, inner]) => [key, withoutTypename(inner)]),
    );
  }
  return value;
}
