// The funding received as an SCDL « subventions » 2.1.1 file. The columns and their order come from
// schema/scdl/subventions-2.1.1.schema.json (the standard's field list); the CSV follows the standard's
// regulatory format: UTF-8 (no byte-order mark, which validators would read as part of the first column's
// name), comma separator, a cell holding a comma, a double quote or a line break between double quotes
// with its quotes doubled, a point as decimal separator, `oui`/`non` for booleans, an empty cell for a
// missing value, lines ending in CRLF (RFC 4180).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../services";

/** The JSON Schema of one SCDL « subventions » 2.1.1 row, written from the standard's field list. */
export const SCDL_SUBVENTIONS_SCHEMA_PATH = join(
  REPO_ROOT,
  "schema",
  "scdl",
  "subventions-2.1.1.schema.json",
);

interface ScdlSchema {
  properties: Record<string, { type: string | string[] }>;
}

const schema = JSON.parse(readFileSync(SCDL_SUBVENTIONS_SCHEMA_PATH, "utf8")) as ScdlSchema;

/** The standard's columns, in its order (the order of the schema file's properties). */
export const SCDL_SUBVENTIONS_COLUMNS: readonly string[] = Object.freeze(Object.keys(schema.properties));

/** An SCDL row as the graph gives it (fundingOpenData): column name to value. */
export type ScdlRow = Record<string, unknown>;

/** Drops the GraphQL `__typename` and keeps the standard's columns only, in its order. */
export function scdlRecord(row: ScdlRow): ScdlRow {
  return Object.fromEntries(SCDL_SUBVENTIONS_COLUMNS.map((column) => [column, row[column] ?? null]));
}

/** One value as the standard writes it in CSV. */
function scdlText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`an SCDL number must be finite, not ${value}`);
    // Both numeric columns (montant in euros, pourcentageSubvention) read best with two decimals, as the
    // standard's own examples (47800.20, 1.00); a value with more digits keeps them.
    const twoDecimals = value.toFixed(2);
    return Number(twoDecimals) === value ? twoDecimals : String(value);
  }
  return String(value);
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The rows as an SCDL « subventions » CSV file: the header line always (an export with no rows is the header
 * alone), then one line per row, the columns in the standard's order.
 */
export function scdlCsv(rows: readonly ScdlRow[]): string {
  const lines = [
    SCDL_SUBVENTIONS_COLUMNS.join(","),
    ...rows.map((row) => SCDL_SUBVENTIONS_COLUMNS.map((column) => csvCell(scdlText(row[column]))).join(",")),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

/** The rows as JSON: the standard's columns only, no `__typename`. */
export function scdlJson(rows: readonly ScdlRow[]): string {
  return `${JSON.stringify(rows.map(scdlRecord), null, 2)}\n`;
}
