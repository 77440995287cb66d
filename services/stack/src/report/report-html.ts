import { NO_DATA, NO_DATA_LEGEND, percent, SAMPLE_WARNING } from "./report-formats";
import { PILLARS, type CatalogueIndicator, type IndicatorRow } from "./report-rows";

// The council's report as one self-contained page: no network at all (no external CSS, script, font or
// image), line charts drawn as SVG here, and a print stylesheet so « Imprimer en PDF » gives an A4 document.

/** The figures drawn as a chart over the years asked, when the answer has them. */
export const KEY_INDICATORS: Record<string, string[]> = {
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

const frenchNumber = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const compactNumber = new Intl.NumberFormat("fr-FR", { notation: "compact", maximumFractionDigits: 1 });

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const signed = (change: number | null) =>
  change === null
    ? "—"
    : change === 0
      ? "="
      : `${change > 0 ? "+" : "−"}${frenchNumber.format(Math.abs(change))}`;

/**
 * A line chart of one indicator over the years: a point per year with data, lines joining consecutive years
 * only, so a year without data is a gap (and is marked « n.d. » on the axis), never a drop to 0.
 */
export function lineChart(
  title: string,
  unit: string,
  points: { year: number; value: number | null }[],
): string {
  const width = 340;
  const height = 170;
  const left = 52;
  const right = 12;
  const top = 14;
  const bottom = 30;
  const known = points.filter((point): point is { year: number; value: number } => point.value !== null);
  const values = known.map((point) => point.value);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const step = points.length > 1 ? (width - left - right) / (points.length - 1) : 0;
  const x = (index: number) => left + (points.length > 1 ? index * step : (width - left - right) / 2);
  const y = (value: number) => top + (height - top - bottom) * (1 - (value - min) / span);
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((point, index) => {
    if (point.value === null) {
      if (current.length > 0) segments.push(current.join(" "));
      current = [];
    } else current.push(`${x(index).toFixed(1)},${y(point.value).toFixed(1)}`);
  });
  if (current.length > 0) segments.push(current.join(" "));
  const label = `${title}${unit ? ` (${unit})` : ""}`;
  const parts = [
    `<svg class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg" aria-label="${escapeHtml(label)}">`,
    `<title>${escapeHtml(label)}</title>`,
    `<line class="axis" x1="${left}" y1="${y(min)}" x2="${width - right}" y2="${y(min)}"/>`,
    `<line class="axis" x1="${left}" y1="${top}" x2="${left}" y2="${height - bottom}"/>`,
    `<text class="tick" x="${left - 4}" y="${y(max) + 4}" text-anchor="end">${compactNumber.format(max)}</text>`,
    `<text class="tick" x="${left - 4}" y="${y(min) + 4}" text-anchor="end">${compactNumber.format(min)}</text>`,
    ...segments
      .filter((segment) => segment.includes(" "))
      .map((segment) => `<polyline class="line" points="${segment}"/>`),
    ...points.flatMap((point, index) =>
      point.value === null
        ? [
            `<text class="gap" x="${x(index)}" y="${height - bottom - 4}" text-anchor="middle">${NO_DATA}</text>`,
          ]
        : [
            `<circle class="point" cx="${x(index).toFixed(1)}" cy="${y(point.value).toFixed(1)}" r="3"><title>${point.year} : ${frenchNumber.format(point.value)}</title></circle>`,
          ],
    ),
    ...points
      .filter((_, index) => points.length <= 12 || index % Math.ceil(points.length / 12) === 0)
      .map(
        (point) =>
          `<text class="tick" x="${x(points.indexOf(point))}" y="${height - bottom + 16}" text-anchor="middle">${point.year}</text>`,
      ),
    "</svg>",
  ];
  return parts.join("");
}

const STYLE = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b66; --rule: #d6d6de; --accent: #7a1f5c; }
* { box-sizing: border-box; }
body { font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: var(--ink); margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2rem; }
h3 { margin: 1.2rem 0 .4rem; } .subtitle, .legend, .coverage { color: var(--muted); }
.sample { border: 2px solid #b00020; background: #fdecee; color: #7a0016; padding: .6rem .8rem; font-weight: 600; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .92rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .25rem .4rem; text-align: left; vertical-align: top; }
th:nth-child(n + 3) { text-align: right; } td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; } td.nd { color: var(--muted); font-style: italic; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; } figure { margin: 0; break-inside: avoid; } figcaption { font-size: .85rem; font-weight: 600; }
svg.chart .axis { stroke: #888; stroke-width: 1; } svg.chart .line { fill: none; stroke: var(--accent); stroke-width: 2; }
svg.chart .point { fill: var(--accent); } svg.chart .tick, svg.chart .gap { font-size: 10px; fill: var(--muted); }
dl.definitions dt { font-weight: 600; margin-top: .6rem; } dl.definitions dd { margin: .1rem 0 0 1rem; } .source { color: var(--muted); font-size: .85rem; }
@page { size: A4; margin: 15mm 14mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-before: page; } h2.first { break-before: avoid; } h2, h3 { break-after: avoid; }
  tr, figure, dl.definitions dt, dl.definitions dd { break-inside: avoid; }
  .sample { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .no-print { display: none !important; }
}
`;

export interface HtmlReportOptions {
  title: string;
  rows: IndicatorRow[];
  definitions: CatalogueIndicator[];
  sampleData: boolean;
}

/** The page: the last year's indicators by pillar, a chart per key indicator over the years, the definitions. */
export function reportsToHtml({ title, rows, definitions, sampleData }: HtmlReportOptions): string {
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  const year = years[years.length - 1];
  const body: string[] = [
    `<header><h1>${escapeHtml(title)}</h1><p class="subtitle">Indicateurs ${year ?? ""}${years.length > 1 ? `, évolution ${years[0]}–${year}` : ""} — rapport généré le ${new Date().toLocaleDateString("fr-FR", { timeZone: "Europe/Paris" })}</p></header>`,
  ];
  if (sampleData) body.push(`<p class="sample" role="alert">${escapeHtml(SAMPLE_WARNING)}</p>`);
  let first = true;
  for (const [pillar, pillarLabel] of Object.entries(PILLARS)) {
    const pillarRows = rows.filter((row) => row.pillar === pillar && row.year === year);
    if (pillarRows.length === 0) continue;
    body.push(
      `<section class="pillar" id="${pillar}"><h2${first ? ' class="first"' : ""}>${escapeHtml(pillarLabel)}</h2>`,
    );
    first = false;
    if (pillarRows[0].coverage)
      body.push(`<p class="coverage">Couverture ${year} : ${escapeHtml(pillarRows[0].coverage)}.</p>`);
    body.push(
      `<h3>Indicateurs ${year}</h3><table><thead><tr><th>Indicateur</th><th>Unité</th><th>Valeur</th><th>Évolution sur un an</th><th>Évolution (%)</th></tr></thead><tbody>`,
      ...pillarRows.map(
        (row) =>
          `<tr><td>${escapeHtml(row.label)}</td><td>${escapeHtml(row.unit)}</td>${row.value === null ? `<td class="n nd">${NO_DATA}</td>` : `<td class="n">${frenchNumber.format(row.value)}</td>`}<td class="n">${signed(row.change)}</td><td class="n">${percent(row.changePercent)}</td></tr>`,
      ),
      "</tbody></table>",
    );
    const charts = KEY_INDICATORS[pillar]
      .map((indicator) => {
        const series = rows.filter(
          (row) => row.pillar === pillar && row.indicator === indicator && row.key === "",
        );
        if (series.length === 0) return "";
        const points = years.map((each) => ({
          year: each,
          value: series.find((row) => row.year === each)?.value ?? null,
        }));
        return `<figure data-indicator="${indicator}">${lineChart(series[0].label, series[0].unit, points)}<figcaption>${escapeHtml(series[0].label)}${series[0].unit ? ` (${escapeHtml(series[0].unit)})` : ""}</figcaption></figure>`;
      })
      .filter(Boolean);
    if (charts.length > 0)
      body.push(`<h3>Évolution ${years[0]}–${year}</h3><div class="charts">${charts.join("")}</div>`);
    body.push("</section>");
  }
  body.push(`<p class="legend">${escapeHtml(NO_DATA_LEGEND)}</p>`);
  if (definitions.length > 0) {
    body.push('<section id="definitions"><h2>Définitions des indicateurs</h2>');
    for (const [pillar, pillarLabel] of Object.entries(PILLARS)) {
      const entries = definitions.filter((entry) => entry.pillar === pillar.toUpperCase());
      if (entries.length === 0) continue;
      body.push(
        `<h3>${escapeHtml(pillarLabel)}</h3><dl class="definitions">`,
        ...entries.map(
          (entry) =>
            `<dt>${escapeHtml(entry.label)} <span class="source">(${escapeHtml(entry.unitLabel)} — ${escapeHtml(entry.key)})</span></dt><dd>${escapeHtml(entry.definition)}<br><span class="source">Source : ${escapeHtml(entry.source)}</span></dd>`,
        ),
        "</dl>",
      );
    }
    body.push("</section>");
  }
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}
