// The council dashboard's pure logic: the year range from the URL, each key indicator's series over the years
// (a year without data is a gap, never 0), its year-over-year changes, and what the answer says about
// coverage and sample data. Same conventions as the report tool (services/stack/src/report/).

/** Years the graph's reports accept (subgraph-kit's MIN_REPORT_YEAR), and at most this many at once. */
export const MIN_YEAR = 1900;
export const MAX_YEARS = 30;
/** The default range: recent years of the sample data, 2013 (the seed's acceptance figures) included. */
export const DEFAULT_FROM = 2010;
export const DEFAULT_TO = 2013;

/** Shown for a figure without data, as in the report tool's files: never 0. */
export const NO_DATA = "n.d.";
export const NOT_AVAILABLE = "non disponible";
/** The sample-data warning, in the words of the report tool's files (SAMPLE_WARNING in report-formats.ts). */
export const SAMPLE_WARNING =
  "Données d'exemple : ce rapport est calculé sur des enregistrements inventés pour la démonstration, pas sur les chiffres réels du Pôle.";

export type Pillar = "economy" | "neighbourhood" | "knowledge";
export const PILLARS: Pillar[] = ["economy", "neighbourhood", "knowledge"];
export const PILLAR_LABELS: Record<Pillar, string> = {
  economy: "Développement économique",
  neighbourhood: "Quartier des Grésilles",
  knowledge: "Modélisation et essaimage",
};

/**
 * The figures drawn as charts, as the report tool's HTML page draws them (KEY_INDICATORS in
 * services/stack/src/report/report-html.ts; web/test/report-downloads.test.ts checks they stay the same).
 */
export const KEY_INDICATORS: Record<Pillar, readonly string[]> = {
  economy: [
    "memberCount",
    "fte",
    "permanentEmployees",
    "consolidatedBudget",
    "occupiedAreaSqm",
    "fundingReceived",
  ],
  neighbourhood: ["actionCount", "inhabitantsReached", "hours", "returnToEmploymentCount"],
  knowledge: ["practiceCount", "transferCount", "territoryCount", "participantCount"],
};

export type YearRange = { ok: true; from: number; to: number } | { ok: false; message: string };

function yearOf(text: string | null, fallback: number): number | undefined {
  if (text === null || text.trim() === "") return fallback;
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

/**
 * The range in the URL (`?from=2010&to=2013`), checked as the graph checks it: four-digit years from 1900 to the
 * current year, `from` not after `to`, at most 30 years. Missing parameters take the default range.
 */
export function parseYearRange(params: URLSearchParams, currentYear: number): YearRange {
  const from = yearOf(params.get("from"), DEFAULT_FROM);
  const to = yearOf(params.get("to"), Math.max(from ?? DEFAULT_TO, DEFAULT_TO));
  if (from === undefined || to === undefined) {
    return { ok: false, message: "Les années doivent s'écrire avec quatre chiffres, par exemple 2013." };
  }
  if (from < MIN_YEAR || to < MIN_YEAR) {
    return {
      ok: false,
      message: `Les rapports commencent en ${MIN_YEAR} : choisissez une année à partir de ${MIN_YEAR}.`,
    };
  }
  if (from > currentYear || to > currentYear) {
    return {
      ok: false,
      message: `Une année qui n'a pas commencé n'a rien à rapporter : choisissez au plus ${currentYear}.`,
    };
  }
  if (from > to) {
    return {
      ok: false,
      message: `La première année (${from}) vient après la dernière (${to}) : inversez-les.`,
    };
  }
  if (to - from + 1 > MAX_YEARS) {
    return { ok: false, message: `Au plus ${MAX_YEARS} années à la fois (ici ${to - from + 1}).` };
  }
  return { ok: true, from, to };
}

/** What a pillar of a year's answer holds, as far as the dashboard reads it. */
export interface PartAnswer {
  coverage?: string | null;
  sampleData?: boolean | null;
  changeFromPreviousYear?: Record<string, unknown> | null;
  [field: string]: unknown;
}

export interface YearAnswer {
  year: number;
  economy?: PartAnswer | null;
  neighbourhood?: PartAnswer | null;
  knowledge?: PartAnswer | null;
}

/** One year of an indicator: its value (null: no data, never 0), change and percentage change. */
export interface SeriesPoint {
  year: number;
  value: number | null;
  /** This year minus the previous one, as the graph gives it; null when either is unknown. */
  change: number | null;
  /** The change in percent of the previous year's figure (to 0.1 %); null when it cannot be computed. */
  changePercent: number | null;
}

const numberOrNull = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

/**
 * The change in percent of the previous figure (value − change), to 0.1 %; null without a previous figure or
 * when it is 0 (the report tool's percentChange).
 */
export function percentChange(value: number | null, change: number | null): number | null {
  if (value === null || change === null) return null;
  const previous = value - change;
  if (Math.abs(previous) < 1e-9) return null;
  return Math.round((change / Math.abs(previous)) * 1000) / 10 || 0; // never −0
}

/** Every year of the range, in order, with the indicator's value; a year missing from the answer is a gap. */
export function seriesOf(
  reports: readonly YearAnswer[],
  pillar: Pillar,
  key: string,
  years: readonly number[],
): SeriesPoint[] {
  return years.map((year) => {
    const part = reports.find((report) => report.year === year)?.[pillar];
    const value = numberOrNull(part?.[key]);
    const change = value === null ? null : numberOrNull(part?.changeFromPreviousYear?.[key]);
    return { year, value, change, changePercent: percentChange(value, change) };
  });
}

/** The years from `from` to `to`. */
export const yearsOf = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

const percentNumber = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** A signed French percentage: « +12,5 % », « −3 % », « 0 % »; « — » when it cannot be computed. */
export function formatChangePercent(percent: number | null): string {
  if (percent === null) return "—";
  if (percent === 0) return "0 %";
  return `${percent > 0 ? "+" : "−"}${percentNumber.format(Math.abs(percent))} %`;
}

/** The years of the range whose pillar has no data at all (coverage NONE, or no part in the answer). */
export function yearsWithoutData(
  reports: readonly YearAnswer[],
  pillar: Pillar,
  years: readonly number[],
): number[] {
  return years.filter((year) => {
    const part = reports.find((report) => report.year === year)?.[pillar];
    return !part || part.coverage === "NONE";
  });
}

/** The years whose pillar's figures are only partly recorded. */
export function yearsWithPartialData(reports: readonly YearAnswer[], pillar: Pillar): number[] {
  return reports.filter((report) => report[pillar]?.coverage === "PARTIAL").map((report) => report.year);
}

/** Whether any pillar of any year rests on sample (invented) records. */
export const usesSampleData = (reports: readonly YearAnswer[]): boolean =>
  reports.some((report) => PILLARS.some((pillar) => report[pillar]?.sampleData === true));

/** « 2010, 2011 et 2013 ». */
export function listInWords(items: readonly (string | number)[]): string {
  const texts = items.map(String);
  if (texts.length <= 1) return texts.join("");
  return `${texts.slice(0, -1).join(", ")} et ${texts[texts.length - 1]}`;
}

/** The download's file name: `pole-rapport-2011-2013.xlsx` (one year: `pole-rapport-2013.csv`). */
export function downloadFileName(
  kind: "rapport" | "subventions-scdl",
  from: number,
  to: number,
  extension: string,
): string {
  return `pole-${kind}-${from === to ? from : `${from}-${to}`}.${extension}`;
}
