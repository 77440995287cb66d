// Tests' reading of an SCDL « subventions » 2.1.1 export, by the standard's rules: a JSON Schema validator
// (ajv) over schema/scdl/subventions-2.1.1.schema.json, the standard's custom checks JSON Schema cannot say,
// and a CSV reader that casts cells as the standard's Table Schema does.
import { readFileSync } from "node:fs";
import Ajv, { type ErrorObject } from "ajv";
import addFormats from "ajv-formats";
import { isValidSiret } from "@pole/subgraph-kit";
import { SCDL_SUBVENTIONS_SCHEMA_PATH } from "../report/scdl-csv";

type Row = Record<string, unknown>;

interface JsonSchemaProperty {
  type: string | string[];
}

/** The schema file as parsed JSON. */
export function scdlSubventionsSchema(): {
  properties: Record<string, JsonSchemaProperty>;
} & Record<string, unknown> {
  return JSON.parse(readFileSync(SCDL_SUBVENTIONS_SCHEMA_PATH, "utf8"));
}

/**
 * The standard's custom check `french-siret-value`: 14 digits with a valid check digit (La Poste's
 * establishments, SIREN 356000000, use a digit sum divisible by 5 instead).
 */
export const isFrenchSiret = isValidSiret;

/**
 * A validator of one row: the problems the JSON Schema (strict ajv, with formats) and the standard's
 * french-siret-value check find, as readable strings; none for a valid row.
 */
export function scdlRowValidator(): (row: Row) => string[] {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(scdlSubventionsSchema());
  const describe = (error: ErrorObject) =>
    `${error.instancePath || "/"} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;
  return (row) => {
    const problems = validate(row) ? [] : (validate.errors ?? []).map(describe);
    for (const column of ["idAttribuant", "idBeneficiaire"]) {
      const value = row[column];
      if (typeof value === "string" && !isFrenchSiret(value)) {
        problems.push(`/${column} fails french-siret-value (${value})`);
      }
    }
    return problems;
  };
}

/**
 * The standard's one-row-per-beneficiary rule: the rows of one grant (same attributing body, agreement date,
 * decision and purpose) share it out, so their pourcentageSubvention add up to 1.00 (a single beneficiary's
 * row says 1.00). The problems found, one per grant whose shares do not.
 */
export function grantShareProblems(rows: Row[]): string[] {
  const grants = new Map<string, number>();
  for (const row of rows) {
    const grant = JSON.stringify([row.idAttribuant, row.dateConvention, row.referenceDecision, row.objet]);
    grants.set(grant, (grants.get(grant) ?? 0) + Math.round(Number(row.pourcentageSubvention) * 10000));
  }
  return [...grants]
    .filter(([, share]) => share !== 10000)
    .map(([grant, share]) => `${grant}: shares add up to ${share / 10000}, not 1.00`);
}

/** RFC 4180 records of a CSV text (quoted cells, doubled quotes, CRLF or LF line ends). */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === "") quoted = true;
    else if (char === ",") {
      record.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") continue;
    else if (char === "\n") {
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
    } else cell += char;
  }
  if (cell !== "" || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  return records;
}

/**
 * An SCDL CSV read back as the standard's Table Schema reads it: the header, and each line as a row whose
 * empty cells are missing values (null), numbers written with a point become numbers, `oui`/`non` become
 * booleans. A cell that does not cast stays text, so the JSON Schema then refuses it.
 */
export function readScdlCsv(text: string): { header: string[]; rows: Row[] } {
  const [header, ...lines] = csvRecords(text);
  const types = scdlSubventionsSchema().properties;
  const cast = (column: string, cell: string): unknown => {
    if (cell === "") return null;
    const type = [types[column]?.type ?? "string"].flat();
    if (type.includes("number")) return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
    if (type.includes("boolean")) return cell === "oui" ? true : cell === "non" ? false : cell;
    return cell;
  };
  return {
    header,
    rows: lines.map((cells) =>
      Object.fromEntries(header.map((column, i) => [column, cast(column, cells[i] ?? "")])),
    ),
  };
}
