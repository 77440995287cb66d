import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { print } from "graphql";
import { tokenFor } from "@pole/subgraph-kit/testing";
import {
  csvRecords,
  grantShareProblems,
  readScdlCsv,
  scdlRowValidator,
  scdlSubventionsSchema,
  startSubgraphProcesses,
  type RunningSubgraphs,
} from "@pole/stack/testing";
import { councilOperation } from "@pole/stack";
import { postJson, startGateway, type GatewayUnderTest } from "./gateway-harness";

// The funding received as SCDL « subventions » 2.1.1 open data, through the real gateway and through the
// report tool, validated row by row with ajv against schema/scdl/subventions-2.1.1.schema.json (the
// standard's field list), plus the standard's custom checks and its one-row-per-beneficiary rule.

type Row = Record<string, unknown>;

/** Years of the sample data with funding (2011–2013) and without (2010, 2014). */
const YEARS = [2010, 2011, 2012, 2013, 2014];
const SAMPLE_ROWS_BY_YEAR: Record<number, number> = { 2010: 0, 2011: 3, 2012: 4, 2013: 4, 2014: 0 };

const validate = scdlRowValidator();
const problemsOf = (rows: Row[]) => [
  ...rows.flatMap((row, i) => validate(row).map((problem) => `row ${i}: ${problem}`)),
  ...grantShareProblems(rows),
];

let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;
let dir: string;
let councilToken: string;

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  gateway = await startGateway(subgraphs.routes);
  councilToken = await tokenFor({ role: "council" });
  dir = mkdtempSync(join(tmpdir(), "pole-scdl-"));
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function fundingOpenData(year: number): Promise<Row[]> {
  const response = await postJson(gateway.url, {
    query: print(councilOperation("FundingOpenData")),
    variables: { year },
  });
  expect(response.body?.errors).toBeUndefined();
  return (response.body?.data as { fundingOpenData: Row[] }).fundingOpenData;
}

async function fundingCount(year: number): Promise<number> {
  const response = await postJson(gateway.url, {
    query: `query($year: Int!) { fundings(filter: { year: $year }, first: 1) { totalCount } }`,
    variables: { year },
  });
  return (response.body?.data as { fundings: { totalCount: number } }).fundings.totalCount;
}

// Asynchronous on purpose: the gateway answering the tool runs in this very process.
const report = (args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [
        "-r",
        require.resolve("@swc-node/register"),
        join(__dirname, "..", "..", "services", "stack", "src", "report.ts"),
        ...args,
      ],
      { encoding: "utf8", env: { ...process.env, POLE_GRAPHQL_URL: gateway.url, POLE_TOKEN: councilToken } },
      (error, stdout, stderr) =>
        resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

describe("fundingOpenData through the gateway", () => {
  it.each(YEARS)("gives for %i one valid SCDL row per funding recorded", async (year) => {
    const rows = await fundingOpenData(year);
    expect(rows).toHaveLength(await fundingCount(year));
    expect(rows).toHaveLength(SAMPLE_ROWS_BY_YEAR[year]);
    expect(problemsOf(rows)).toEqual([]);
    for (const row of rows) {
      expect(row.pourcentageSubvention).toBe(1);
      expect(row.conditionsVersement === "échelonné").toBe(String(row.datesPeriodeVersement).includes("/"));
    }
  });
});

describe("npm run report -- --dataset funding", () => {
  it("writes a CSV whose every row, read back by the standard's rules, is the graph's row and valid", async () => {
    const out = join(dir, "subventions.csv");
    const result = await report([
      "--year",
      "2010",
      "--to",
      "2014",
      "--dataset",
      "funding",
      "--format",
      "csv",
      "--out",
      out,
    ]);
    expect(result.status).toBe(0);
    const csv = readFileSync(out, "utf8");
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const { header, rows } = readScdlCsv(csv);
    expect(header).toEqual(Object.keys(scdlSubventionsSchema().properties));
    for (const record of csvRecords(csv)) expect(record).toHaveLength(header.length);
    expect(rows).toHaveLength(11);
    expect(problemsOf(rows)).toEqual([]);
    const fromGraph = (await Promise.all(YEARS.map(fundingOpenData))).flat();
    expect(rows).toEqual(fromGraph.map(({ __typename: _, ...row }) => row));
  });

  it("writes the header line alone for years without funding", async () => {
    const result = await report(["--year", "2014", "--dataset", "funding", "--format", "csv"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${Object.keys(scdlSubventionsSchema().properties).join(",")}\r\n`);
    const json = await report(["--year", "2014", "--dataset", "funding", "--format", "json"]);
    expect(JSON.parse(json.stdout)).toEqual([]);
  });

  it("writes JSON rows without __typename that validate", async () => {
    const json = await report(["--year", "2013", "--dataset", "funding", "--format", "json"]);
    expect(json.status).toBe(0);
    const rows = JSON.parse(json.stdout) as Row[];
    expect(rows).toHaveLength(4);
    expect(json.stdout).not.toContain("__typename");
    expect(problemsOf(rows)).toEqual([]);
  });

  it("exports a funding recorded with every SCDL option (two natures, instalments, RNA only, oui) validly", async () => {
    const staff = { authorization: `Bearer ${await tokenFor({ role: "staff" })}` };
    const recorded = await postJson(
      gateway.url,
      {
        query: `mutation($input: RecordFundingInput!) { recordFunding(input: $input) { funding { id } } }`,
        variables: {
          input: {
            year: 2015,
            funderKind: "EU",
            attributingBodyName: "Union européenne, « FSE » (exemple)",
            attributingBodySiret: "23350001600040",
            agreementDate: "2015-03-02",
            beneficiaryName: "Pôle de Coopération Culturel & Créatif du Grand Dijon",
            beneficiaryRna: "W212009999",
            object: 'Parcours d\'insertion, « métiers de la culture » et "immersions"',
            amount: 45000.25,
            natures: ["IN_KIND", "CASH"],
            paymentConditions: "INSTALMENTS",
            paymentDates: ["2015-11-30", "2015-04-30", "2015-07-31"],
            raeId: "12345",
            euNotification: true,
            subsidyPercentage: 40,
            scheme: "Fonds social européen",
            schemeId: "65d5b6c7-102c-4440-ac3b-768f708edc0a",
          },
        },
      },
      staff,
    );
    expect(recorded.body?.errors).toBeUndefined();
    const [row] = await fundingOpenData(2015);
    expect(problemsOf([row])).toEqual([]);
    expect(row).toMatchObject({
      idBeneficiaire: null,
      rnaBeneficiaire: "W212009999",
      nature: "aide en nature;aide en numéraire",
      conditionsVersement: "échelonné",
      datesPeriodeVersement: "2015-04-30/2015-11-30",
      notificationUE: true,
      pourcentageSubvention: 1,
      dispositifAide: "65d5b6c7-102c-4440-ac3b-768f708edc0a",
    });
    const csv = await report(["--year", "2015", "--dataset", "funding", "--format", "csv"]);
    const [, line] = csvRecords(csv.stdout);
    expect(line).toContain("oui");
    expect(line).toContain("45000.25");
    const { rows } = readScdlCsv(csv.stdout);
    expect(problemsOf(rows)).toEqual([]);
    const { __typename: _, ...expected } = row;
    expect(rows).toEqual([expected]);
  });
});
