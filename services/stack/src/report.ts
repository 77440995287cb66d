// `npm run report -- --year 2013 [--to 2015] [--format md|csv|json|xlsx|html] [--layout long|wide]
// [--locale en|fr] [--dataset reports|funding] [--out FILE]`
// The regional council's report: queries the gateway with Apollo Client and the council token in
// POLE_TOKEN (operations in schema/operations/council.graphql), and writes Markdown tables for people, CSV
// for spreadsheets, an Excel workbook, one self-contained HTML page to read or print, or JSON for machines.
// Labels, units and definitions come from the graph's indicator catalogue (`reportIndicators`).
// `--dataset funding` writes the funding received as SCDL « subventions » rows instead.
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from "@apollo/client";
import { accessSync, constants, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { currentReportYear, MAX_REPORT_YEAR, MIN_REPORT_YEAR } from "@pole/subgraph-kit";
import { councilOperation } from "./report/council-operations";
import {
  reportsToCsv,
  SAMPLE_WARNING,
  toMarkdown,
  type CsvLocale,
  type ReportLayout,
} from "./report/report-formats";
import { reportsToHtml } from "./report/report-html";
import {
  catalogueEntries,
  catalogueOf,
  rowsOfReport,
  usesSampleData,
  withoutTypename,
  type Report,
} from "./report/report-rows";
import { fundingToXlsx, reportsToXlsx } from "./report/report-xlsx";
import { SCDL_SUBVENTIONS_COLUMNS, scdlCsv, scdlJson } from "./report/scdl-csv";

const USAGE =
  "usage: POLE_TOKEN=<council token> npm run -s report -- --year 2013 [--to 2015] [--format md|csv|json|xlsx|html] [--layout long|wide] [--locale en|fr] [--dataset reports|funding] [--out FILE] [--url URL]";
const MAX_YEARS = 30;
const FORMATS = ["md", "csv", "json", "xlsx", "html"];

class UsageError extends Error {}
/** A file that cannot be written: said with its path, never taken for the graph being unreachable. */
class FileError extends Error {}

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        year: { type: "string" },
        to: { type: "string" },
        format: { type: "string", default: "md" },
        layout: { type: "string" },
        locale: { type: "string" },
        dataset: { type: "string", default: "reports" },
        out: { type: "string" },
        url: { type: "string", default: process.env.POLE_GRAPHQL_URL ?? "http://127.0.0.1:4000/graphql" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  const year = Number(values.year);
  const to = values.to === undefined ? year : Number(values.to);
  const format = values.format!;
  const problems: string[] = [];
  if (values.year === undefined) problems.push("--year is required");
  else if (!Number.isInteger(year) || year < MIN_REPORT_YEAR || year > MAX_REPORT_YEAR) {
    problems.push(`--year must be a year between ${MIN_REPORT_YEAR} and ${MAX_REPORT_YEAR}`);
  }
  if (!Number.isInteger(to) || to < year) problems.push("--to must be a year, not before --year");
  else if (to - year + 1 > MAX_YEARS) problems.push(`at most ${MAX_YEARS} years at once`);
  // A year that has not begun has nothing to report (the graph refuses it too).
  const current = currentReportYear();
  if (Number.isInteger(to) && to > current) {
    problems.push(
      `${values.to === undefined ? "--year" : "--to"} must not be after the current year ${current}`,
    );
  }
  if (!FORMATS.includes(format)) problems.push("--format must be md, csv, json, xlsx or html");
  if (values.layout !== undefined) {
    if (!["long", "wide"].includes(values.layout)) problems.push("--layout must be long or wide");
    else if (!["md", "csv", "xlsx"].includes(format)) problems.push("--layout applies to md, csv and xlsx");
  }
  if (values.locale !== undefined) {
    if (!["en", "fr"].includes(values.locale)) problems.push("--locale must be en or fr");
    else if (format !== "csv") problems.push("--locale applies to csv");
  }
  if (!["reports", "funding"].includes(values.dataset!))
    problems.push("--dataset must be reports or funding");
  if (values.dataset === "funding" && ["md", "html"].includes(format))
    problems.push("--dataset funding is written as csv, xlsx or json");
  // The SCDL standard fixes the funding file's CSV conventions (`,`, UTF-8): no French variant.
  if (values.dataset === "funding" && values.locale !== undefined)
    problems.push("--locale applies to the reports, not to the SCDL funding rows");
  if (values.dataset === "funding" && values.layout !== undefined)
    problems.push("--layout applies to the reports, not to the SCDL funding rows");
  if (!process.env.POLE_TOKEN) problems.push("POLE_TOKEN must hold a council (or staff) token");
  if (problems.length > 0) throw new UsageError(problems.join("; "));
  return {
    year,
    to,
    format,
    layout: (values.layout ?? "long") as ReportLayout,
    locale: (values.locale ?? "en") as CsvLocale,
    dataset: values.dataset!,
    out: values.out,
    url: values.url!,
  };
}

/** What went wrong, in words for the council rather than codes. */
function explain(error: unknown, url: string): string {
  if (error instanceof FileError) return error.message;
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => e.extensions?.code);
    if (codes.includes("UNAUTHENTICATED")) return "the token in POLE_TOKEN is missing, invalid or expired";
    if (codes.includes("FORBIDDEN")) return "this token may not read reports (council or staff tokens only)";
    return error.errors.map((e) => e.message).join("; ");
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return "the token in POLE_TOKEN is missing, invalid or expired";
    if (error.statusCode === 429) return "too many requests: wait a minute and try again";
    return `the graph answered HTTP ${error.statusCode}`;
  }
  return `cannot reach the graph at ${url} (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Checks `--out` before asking the graph anything: its folder exists and may be written to, and the path is
 * not a folder. A FileError names the path.
 */
function checkOut(path: string | undefined): void {
  if (!path) return;
  const target = resolve(path);
  const folder = dirname(target);
  const stat = (each: string) => {
    try {
      return statSync(each);
    } catch {
      return undefined;
    }
  };
  const folderStat = stat(folder);
  if (!folderStat) throw new FileError(`cannot write ${path}: the folder ${folder} does not exist`);
  if (!folderStat.isDirectory()) throw new FileError(`cannot write ${path}: ${folder} is not a folder`);
  if (stat(target)?.isDirectory()) throw new FileError(`cannot write ${path}: it is a folder, not a file`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new FileError(`cannot write ${path}: the folder ${folder} is not writable`);
  }
}

/** Writes the whole file or nothing: a temporary file renamed into place; a failure is a FileError. */
function writeOut(path: string | undefined, content: string | Buffer): void {
  if (!path) {
    process.stdout.write(content);
    return;
  }
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new FileError(`cannot write ${path}: ${(error as Error).message}`);
  }
}

async function main(): Promise<void> {
  const settings = options();
  // A wrong --out is the council's to fix, and is said before the graph is asked anything.
  checkOut(settings.out);
  const client = new ApolloClient({
    link: new HttpLink({ uri: settings.url, headers: { authorization: `Bearer ${process.env.POLE_TOKEN}` } }),
    cache: new InMemoryCache(),
  });
  const span = settings.year === settings.to ? `${settings.year}` : `${settings.year}–${settings.to}`;
  const title = `Pôle de Coopération Culturel & Créatif du Grand Dijon — rapport ${span}`;
  process.stderr.write(`[report] asking ${settings.url} for the ${settings.dataset} of ${span}…\n`);
  const annualReports = async (operation: "AnnualReports" | "ReportSampleData") =>
    (
      await client.query<{ annualReports: Report[] }>({
        query: councilOperation(operation),
        variables: { from: settings.year, to: settings.to },
        fetchPolicy: "no-cache",
      })
    ).data!.annualReports;
  try {
    if (settings.dataset === "funding") {
      const rows: Record<string, unknown>[] = [];
      for (let year = settings.year; year <= settings.to; year += 1) {
        const result = await client.query<{ fundingOpenData: Record<string, unknown>[] }>({
          query: councilOperation("FundingOpenData"),
          variables: { year },
          fetchPolicy: "no-cache",
        });
        rows.push(...result.data!.fundingOpenData.map(({ __typename: _, ...row }) => row));
      }
      // The SCDL columns are fixed by the standard: sample data is said on stderr (and in the xlsx sheet).
      const sampleData = usesSampleData(await annualReports("ReportSampleData"));
      writeOut(
        settings.out,
        settings.format === "json"
          ? scdlJson(rows)
          : settings.format === "xlsx"
            ? await fundingToXlsx([...SCDL_SUBVENTIONS_COLUMNS], rows, { sampleData })
            : scdlCsv(rows),
      );
      if (sampleData) process.stderr.write(`[report] warning: ${SAMPLE_WARNING}\n`);
      process.stderr.write(
        `[report] ${rows.length} funding rows written${settings.out ? ` to ${settings.out}` : ""}\n`,
      );
      return;
    }
    const [reports, catalogue] = await Promise.all([
      annualReports("AnnualReports"),
      // The catalogue gives labels and units; a pillar's list missing (its subgraph down) leaves field names.
      client
        .query<{ reportIndicators: Record<string, unknown> | null }>({
          query: councilOperation("ReportIndicators"),
          fetchPolicy: "no-cache",
          errorPolicy: "all",
        })
        .then((result) => catalogueOf(result.data?.reportIndicators)),
    ]);
    const rows = reports.flatMap((report) => rowsOfReport(report, catalogue));
    const sampleData = usesSampleData(reports);
    const definitions = catalogueEntries(catalogue);
    let content: string | Buffer;
    switch (settings.format) {
      case "json":
        content = `${JSON.stringify(withoutTypename(reports), null, 2)}\n`;
        break;
      case "csv":
        content = reportsToCsv(rows, { layout: settings.layout, locale: settings.locale });
        break;
      case "xlsx":
        content = await reportsToXlsx(rows, definitions, { sampleData, title, layout: settings.layout });
        break;
      case "html":
        content = reportsToHtml({ title, rows, definitions, sampleData });
        break;
      default:
        content = toMarkdown(rows, title, { layout: settings.layout, sampleData });
    }
    writeOut(settings.out, content);
    if (sampleData) process.stderr.write(`[report] warning: ${SAMPLE_WARNING}\n`);
    process.stderr.write(
      `[report] ${reports.length} year(s), ${rows.length} figures written${settings.out ? ` to ${settings.out}` : ""}\n`,
    );
  } catch (error) {
    throw new Error(explain(error, settings.url));
  } finally {
    client.stop();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`[report] ${error.message}\n${error instanceof UsageError ? `${USAGE}\n` : ""}`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
