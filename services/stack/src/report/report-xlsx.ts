import ExcelJS from "exceljs";
import { DEFINITION_HEADER, definitionCells, SAMPLE_WARNING } from "./report-formats";
import { PILLARS, wideRows, type CatalogueIndicator, type IndicatorRow } from "./report-rows";

// The council's reports as an Excel workbook (exceljs): one sheet per dataset, numbers stored as numbers
// (a null figure is an empty cell, never 0), French headers, and a first line warning on every sheet when
// the answer rests on sample data.

type Cell = string | number | null;

/** Adds a sheet: the sample warning (when any), the header, the rows; the header stays in view. */
function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: Cell[][],
  options: { sampleData: boolean; numberFormats?: Record<number, string>; widths?: number[] },
): void {
  const sheet = workbook.addWorksheet(name);
  if (options.sampleData) {
    const warning = sheet.addRow([SAMPLE_WARNING]);
    warning.font = { bold: true, color: { argb: "FFB00020" } };
    warning.getCell(1).note = SAMPLE_WARNING;
  }
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => (cell === null ? undefined : cell)));
  sheet.views = [{ state: "frozen", ySplit: headerRow.number }];
  header.forEach((title, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = options.widths?.[index] ?? Math.max(10, Math.min(60, title.length + 2));
    const format = options.numberFormats?.[index];
    if (format) column.numFmt = format;
  });
}

const yesNo = (flag: boolean) => (flag ? "oui" : "non");
const pillarLabel = (pillar: string) => PILLARS[pillar] ?? pillar;

/**
 * The reports as a workbook: « Indicateurs » (long: a line per figure and year), « Tableau » (wide: a line per
 * indicator, years as columns), « Définitions » (the catalogue).
 */
export async function reportsToXlsx(
  rows: IndicatorRow[],
  definitions: CatalogueIndicator[],
  options: { sampleData: boolean; title: string; layout?: "long" | "wide" },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Pôle de Coopération Culturel & Créatif du Grand Dijon";
  workbook.title = options.title;
  const wide = wideRows(rows);
  const addWide = () =>
    addSheet(
      workbook,
      "Tableau",
      ["Pilier", "Indicateur", "Clé", "Libellé", "Unité", ...wide.years.map(String), "Données d'exemple"],
      wide.rows.map((row) => [
        pillarLabel(row.pillar),
        row.indicator,
        row.key,
        row.label,
        row.unit,
        ...row.values,
        yesNo(row.sampleData),
      ]),
      { sampleData: options.sampleData, widths: [26, 28, 16, 55, 10, ...wide.years.map(() => 14), 12] },
    );
  // The layout asked for comes first: the sheet a spreadsheet opens on.
  if (options.layout === "wide") addWide();
  addSheet(
    workbook,
    "Indicateurs",
    [
      "Année",
      "Pilier",
      "Indicateur",
      "Clé",
      "Libellé",
      "Unité",
      "Valeur",
      "Évolution sur un an",
      "Évolution (%)",
      "Couverture",
      "Données d'exemple",
    ],
    rows.map((row) => [
      row.year,
      pillarLabel(row.pillar),
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
    { sampleData: options.sampleData, widths: [8, 26, 28, 16, 55, 10, 14, 14, 12, 18, 12] },
  );
  if (options.layout !== "wide") addWide();
  addSheet(workbook, "Définitions", DEFINITION_HEADER, definitions.map(definitionCells), {
    sampleData: options.sampleData,
    widths: [26, 28, 40, 10, 80, 60],
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A SCDL value in a cell: numbers stay numbers, booleans `oui`/`non`. */
function scdlCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? "oui" : "non";
  return value as string | number;
}

/** The SCDL « subventions » rows as a workbook: the standard's columns as they are, one sheet. */
export async function fundingToXlsx(
  header: string[],
  rows: Record<string, unknown>[],
  options: { sampleData: boolean },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Pôle de Coopération Culturel & Créatif du Grand Dijon";
  addSheet(
    workbook,
    "Subventions",
    header,
    rows.map((row) => header.map((column) => scdlCell(row[column]))),
    { sampleData: options.sampleData, widths: header.map((column) => Math.max(14, column.length + 2)) },
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
