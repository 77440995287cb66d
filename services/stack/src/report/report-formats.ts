import { spreadsheetSafeText } from "@pole/subgraph-kit";
import { PILLARS, wideRows, type CatalogueIndicator, type IndicatorRow } from "./report-rows";

/** How the rows are laid out: one line per figure and year (long), or per indicator with a column per year (wide). */
export type ReportLayout = "long" | "wide";

/** CSV conventions: `en` (`,` between cells, `.` in numbers, today's default) or `fr` (`;` and `,`). */
export type CsvLocale = "en" | "fr";

const frenchNumber = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** Shown for a figure without data, never 0. */
export const NO_DATA = "n.d.";
export const NO_DATA_LEGEND = `${NO_DATA} : non disponible (aucune donnée enregistrée pour l'année, jamais 0) ; — : pas d'évolution calculable.`;
/** The sample-data warning every format shows when a part of the answer rests on invented records. */
export const SAMPLE_WARNING =
  "Données d'exemple : ce rapport est calculé sur des enregistrements inventés pour la démonstration, pas sur les chiffres réels du Pôle.";

function signed(change: number | null): string {
  if (change === null) return "—";
  if (change === 0) return "=";
  return `${change > 0 ? "+" : "−"}${frenchNumber.format(Math.abs(change))}`;
}

/** A percentage change: signed, « 0 % » when it rounds to nothing, « — » when it cannot be computed. */
export const percent = (change: number | null) =>
  change === null ? "—" : change === 0 ? "0 %" : `${signed(change)} %`;
const figure = (value: number | null) => (value === null ? NO_DATA : frenchNumber.format(value));
const escapeCell = (text: string) => text.replace(/\|/g, "\\|");

export interface MarkdownOptions {
  layout?: ReportLayout;
  sampleData?: boolean;
}

/**
 * Markdown for people: long, one section per year and one table per pillar, each number with its change and
 * percentage change; wide, one table per pillar with a column per year. A null figure prints « n.d. ».
 */
export function toMarkdown(rows: IndicatorRow[], title: string, options: MarkdownOptions = {}): string {
  const lines = [`# ${title}`, ""];
  if (options.sampleData) lines.push(`> **${SAMPLE_WARNING}**`, "");
  if (options.layout === "wide") {
    const { years, rows: wide } = wideRows(rows);
    for (const [pillar, pillarLabel] of Object.entries(PILLARS)) {
      const pillarRows = wide.filter((row) => row.pillar === pillar);
      if (pillarRows.length === 0) continue;
      lines.push(
        `## ${pillarLabel}`,
        "",
        `| Indicateur | Unité | ${years.join(" | ")} |`,
        `|---|---|${years.map(() => "---:").join("|")}|`,
      );
      for (const row of pillarRows) {
        lines.push(
          `| ${escapeCell(row.label)} | ${escapeCell(row.unit)} | ${row.values.map(figure).join(" | ")} |`,
        );
      }
      lines.push("");
    }
  } else {
    const years = [...new Set(rows.map((row) => row.year))];
    for (const year of years) {
      lines.push(`## ${year}`, "");
      for (const [pillar, pillarLabel] of Object.entries(PILLARS)) {
        const pillarRows = rows.filter((row) => row.year === year && row.pillar === pillar);
        if (pillarRows.length === 0) continue;
        lines.push(`### ${pillarLabel}`, "");
        if (pillarRows[0].coverage) lines.push(`Couverture : ${pillarRows[0].coverage}.`, "");
        lines.push(
          "| Indicateur | Unité | Valeur | Évolution sur un an | Évolution (%) |",
          "|---|---|---:|---:|---:|",
        );
        for (const row of pillarRows) {
          lines.push(
            `| ${escapeCell(row.label)} | ${escapeCell(row.unit)} | ${figure(row.value)} | ${signed(row.change)} | ${percent(row.changePercent)} |`,
          );
        }
        lines.push("");
      }
    }
  }
  lines.push(`_${NO_DATA_LEGEND}_`, "");
  return `${lines.join("\n").trimEnd()}\n`;
}

/** A cell as the locale writes it: `fr` numbers take a decimal comma. */
function csvCell(value: string | number | null, locale: CsvLocale): string {
  if (value === null || value === undefined) return "";
  const separator = locale === "fr" ? ";" : ",";
  const text =
    typeof value === "number"
      ? locale === "fr"
        ? String(value).replace(".", ",")
        : String(value)
      : // Labels and keys come from the graph (member-entered names among them): never run as a formula.
        spreadsheetSafeText(value);
  return text.includes(separator) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the accents) from header and rows; `fr`
 * writes what a French spreadsheet opens as it is: `;` between cells, decimal commas.
 */
export function toCsv(
  header: string[],
  rows: (string | number | null)[][],
  locale: CsvLocale = "en",
): string {
  const separator = locale === "fr" ? ";" : ",";
  return `\uFEFF${[header, ...rows].map((row) => row.map((cell) => csvCell(cell, locale)).join(separator)).join("\r\n")}\r\n`;
}

const yesNo = (flag: boolean) => (flag ? "oui" : "non");

/** The reports' rows as CSV: long, one line per number and year; wide, one per indicator, a column per year. */
export function reportsToCsv(
  rows: IndicatorRow[],
  options: { layout?: ReportLayout; locale?: CsvLocale } = {},
): string {
  if (options.layout === "wide") {
    const { years, rows: wide } = wideRows(rows);
    return toCsv(
      ["pilier", "indicateur", "cle", "libelle", "unite", ...years.map(String), "donnees_exemple"],
      wide.map((row) => [
        row.pillar,
        row.indicator,
        row.key,
        row.label,
        row.unit,
        ...row.values,
        yesNo(row.sampleData),
      ]),
      options.locale,
    );
  }
  return toCsv(
    [
      "annee",
      "pilier",
      "indicateur",
      "cle",
      "libelle",
      "unite",
      "valeur",
      "evolution",
      "evolution_pct",
      "couverture",
      "donnees_exemple",
    ],
    rows.map((row) => [
      row.year,
      row.pillar,
      row.indicator,
      row.key,
      row.label,
      row.unit,
      row.value,
      row.change,
      row.changePercent,
      row.coverage,
      yesNo(row.sampleData),
    ]),
    options.locale,
  );
}

/** The catalogue as CSV rows (the definitions sheet of xlsx and HTML use the same columns). */
export const DEFINITION_HEADER = ["Pilier", "Indicateur", "Libellé", "Unité", "Définition", "Source"];
export const definitionCells = (indicator: CatalogueIndicator): string[] => [
  PILLARS[Object.keys(PILLARS).find((key) => key.toUpperCase() === indicator.pillar) ?? ""] ??
    indicator.pillar,
  indicator.key,
  indicator.label,
  indicator.unitLabel,
  indicator.definition,
  indicator.source,
];
