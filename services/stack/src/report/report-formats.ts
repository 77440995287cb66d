import { PILLARS, type IndicatorRow } from "./report-rows";

const frenchNumber = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

function signed(change: number | null): string {
  if (change === null) return "—";
  if (change === 0) return "=";
  return `${change > 0 ? "+" : "−"}${frenchNumber.format(Math.abs(change))}`;
}

const escapeCell = (text: string) => text.replace(/\|/g, "\\|");

/** Markdown for people: one section per year, one table per pillar, each number with its change. */
export function toMarkdown(rows: IndicatorRow[], title: string): string {
  const lines = [`# ${title}`, ""];
  const years = [...new Set(rows.map((row) => row.year))];
  for (const year of years) {
    lines.push(`## ${year}`, "");
    for (const [pillar, pillarLabel] of Object.entries(PILLARS)) {
      const pillarRows = rows.filter((row) => row.year === year && row.pillar === pillar);
      if (pillarRows.length === 0) continue;
      lines.push(
        `### ${pillarLabel}`,
        "",
        "| Indicateur | Valeur | Évolution sur un an |",
        "|---|---:|---:|",
      );
      for (const row of pillarRows) {
        lines.push(
          `| ${escapeCell(row.label)} | ${frenchNumber.format(row.value)} | ${signed(row.change)} |`,
        );
      }
      lines.push("");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the accents) from header and rows. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** The reports' rows as CSV, one line per number. */
export function reportsToCsv(rows: IndicatorRow[]): string {
  return toCsv(
    ["annee", "pilier", "indicateur", "cle", "libelle", "valeur", "evolution"],
    rows.map((row) => [row.year, row.pillar, row.indicator, row.key, row.label, row.value, row.change]),
  );
}
