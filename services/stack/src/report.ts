// `npm run report -- --year 2013 [--to 2015] [--format md|csv|json] [--dataset reports|funding] [--out FILE]`
// The regional council's report: queries the gateway with Apollo Client and the council token in
// POLE_TOKEN (operations in schema/operations/council.graphql), and writes Markdown tables for people, CSV
// for spreadsheets or JSON for machines. `--dataset funding` writes the funding received as SCDL
// « subventions » rows instead.
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from "@apollo/client";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR } from "@pole/subgraph-kit";
import { councilOperation } from "./report/council-operations";
import { reportsToCsv, toMarkdown } from "./report/report-formats";
import { scdlCsv, scdlJson } from "./report/scdl-csv";
import { rowsOfReport } from "./report/report-rows";

const USAGE =
  "usage: POLE_TOKEN=<council token> npm run -s report -- --year 2013 [--to 2015] [--format md|csv|json] [--dataset reports|funding] [--out FILE] [--url URL]";
const MAX_YEARS = 30;

class UsageError extends Error {}

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        year: { type: "string" },
        to: { type: "string" },
        format: { type: "string", default: "md" },
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
  const problems: string[] = [];
  if (values.year === undefined) problems.push("--year is required");
  else if (!Number.isInteger(year) || year < MIN_REPORT_YEAR || year > MAX_REPORT_YEAR) {
    problems.push(`--year must be a year between ${MIN_REPORT_YEAR} and ${MAX_REPORT_YEAR}`);
  }
  if (!Number.isInteger(to) || to < year) problems.push("--to must be a year, not before --year");
  else if (to - year + 1 > MAX_YEARS) problems.push(`at most ${MAX_YEARS} years at once`);
  if (!["md", "csv", "json"].includes(values.format!)) problems.push("--format must be md, csv or json");
  if (!["reports", "funding"].includes(values.dataset!))
    problems.push("--dataset must be reports or funding");
  if (values.dataset === "funding" && values.format === "md")
    problems.push("--dataset funding is written as csv or json");
  if (!process.env.POLE_TOKEN) problems.push("POLE_TOKEN must hold a council (or staff) token");
  if (problems.length > 0) throw new UsageError(problems.join("; "));
  return { year, to, format: values.format!, dataset: values.dataset!, out: values.out, url: values.url! };
}

/** What went wrong, in words for the council rather than codes. */
function explain(error: unknown, url: string): string {
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

/** Writes the whole file or nothing: a temporary file renamed into place. */
function writeOut(path: string | undefined, content: string): void {
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
    throw error;
  }
}

async function main(): Promise<void> {
  const settings = options();
  const client = new ApolloClient({
    link: new HttpLink({ uri: settings.url, headers: { authorization: `Bearer ${process.env.POLE_TOKEN}` } }),
    cache: new InMemoryCache(),
  });
  const span = settings.year === settings.to ? `${settings.year}` : `${settings.year}–${settings.to}`;
  process.stderr.write(`[report] asking ${settings.url} for the ${settings.dataset} of ${span}…\n`);
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
      writeOut(settings.out, settings.format === "json" ? scdlJson(rows) : scdlCsv(rows));
      process.stderr.write(
        `[report] ${rows.length} funding rows written${settings.out ? ` to ${settings.out}` : ""}\n`,
      );
      return;
    }
    const result = await client.query<{ annualReports: (Record<string, unknown> & { year: number })[] }>({
      query: councilOperation("AnnualReports"),
      variables: { from: settings.year, to: settings.to },
      fetchPolicy: "no-cache",
    });
    const reports = result.data!.annualReports;
    const rows = reports.flatMap(rowsOfReport);
    const content =
      settings.format === "json"
        ? `${JSON.stringify(reports, null, 2)}\n`
        : settings.format === "csv"
          ? reportsToCsv(rows)
          : toMarkdown(rows, `Pôle de Coopération Culturel & Créatif du Grand Dijon — rapport ${span}`);
    writeOut(settings.out, content);
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
