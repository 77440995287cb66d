import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { print } from "graphql";
import { tokenFor } from "@pole/subgraph-kit/testing";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { launchChromium } from "@pole/stack/testing/chromium";
import { councilOperation } from "@pole/stack";
import { countingFetcher, postJson, startGateway, type GatewayUnderTest } from "./gateway-harness";

// The regional council's reports through the real gateway: the operations of schema/operations/council.graphql,
// the number of subgraph fetches, access, and the report tool itself (npm run report).

const SCDL_COLUMNS = [
  "nomAttribuant",
  "idAttribuant",
  "dateConvention",
  "referenceDecision",
  "nomBeneficiaire",
  "idBeneficiaire",
  "rnaBeneficiaire",
  "objet",
  "montant",
  "nature",
  "conditionsVersement",
  "datesPeriodeVersement",
  "idRAE",
  "notificationUE",
  "pourcentageSubvention",
  "dispositifAide",
];

let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;
const counter = countingFetcher();
let council: Record<string, string>;

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  gateway = await startGateway(subgraphs.routes, { fetcher: counter.fetcher });
  council = { authorization: `Bearer ${await tokenFor({ role: "council" })}` };
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

type Part = Record<string, unknown> & { changeFromPreviousYear: Record<string, unknown> | null };
interface Report {
  year: number;
  economy: Part;
  neighbourhood: Part;
  knowledge: Part;
}

const annualReports = async (from: number, to: number, headers = council) =>
  postJson(
    gateway.url,
    { query: print(councilOperation("AnnualReports")), variables: { from, to } },
    headers,
  );

describe("annualReports through the gateway", () => {
  it("answers ten years with exactly one fetch to each subgraph", async () => {
    counter.calls.length = 0;
    const response = await annualReports(2004, 2013);
    expect(response.body?.errors).toBeUndefined();
    const reports = (response.body?.data as { annualReports: Report[] }).annualReports;
    expect(reports.map((report) => report.year)).toEqual([
      2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013,
    ]);
    const urls = counter.calls.sort();
    expect(urls).toEqual(
      Object.values(subgraphs.routes)
        .map((route) => route.url)
        .sort(),
    );
  });

  it("gives the 2013 economy the seed document's figures, and each number its change against 2012", async () => {
    const reports = ((await annualReports(2012, 2013)).body?.data as { annualReports: Report[] })
      .annualReports;
    const [previous, current] = reports;
    expect(current.economy).toMatchObject({
      memberCount: 15,
      installedMemberCount: 9,
      associatedMemberCount: 6,
      fte: 57,
      permanentEmployees: 50,
      consolidatedBudget: 3_700_000,
      cumulatedRevenue: 1_600_000,
      cumulatedEquity: 600_000,
      legalFormCount: 5,
      occupiedAreaSqm: 400,
    });
    for (const pillar of ["economy", "neighbourhood", "knowledge"] as const) {
      const change = current[pillar].changeFromPreviousYear!;
      // A figure without data (null) on either side has no change: null.
      const difference = (value: number | null, before: number | null | undefined) =>
        value === null || before === null || before === undefined
          ? null
          : Math.round((value - before) * 100) / 100;
      for (const [field, value] of Object.entries(current[pillar])) {
        if (typeof value === "number" || value === null) {
          expect([pillar, field, change[field]]).toEqual([
            pillar,
            field,
            difference(value, previous[pillar][field] as number | null),
          ]);
        } else if (Array.isArray(value)) {
          const before = new Map(
            (previous[pillar][field] as { key: string; value: number | null }[]).map((i) => [i.key, i.value]),
          );
          const changes = new Map(
            (change[field] as { key: string; value: number | null }[]).map((i) => [i.key, i.value]),
          );
          for (const item of value as { key: string; value: number | null }[]) {
            expect([pillar, field, item.key, changes.get(item.key)]).toEqual([
              pillar,
              field,
              item.key,
              difference(item.value, before.get(item.key)),
            ]);
          }
        }
      }
    }
  });

  it("refuses more than 30 years, and a span that ends before it starts", async () => {
    const tooLong = await annualReports(1990, 2020);
    expect(tooLong.body?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooLong.body?.errors?.[0]?.message).toMatch(/at most 30 years/);
    const backwards = await annualReports(2013, 2012);
    expect(backwards.body?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("is for the council and staff: anonymous callers authenticate, other roles are refused", async () => {
    expect((await annualReports(2013, 2013, {})).body?.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    for (const viewer of [
      { role: "member" as const, memberId: "a0000000-0000-4000-8000-000000000001" },
      { role: "territory" as const, territoryId: "c1000000-0000-4000-8000-000000000001" },
    ]) {
      const response = await annualReports(2013, 2013, { authorization: `Bearer ${await tokenFor(viewer)}` });
      expect(response.body?.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const staff = await annualReports(2013, 2013, {
      authorization: `Bearer ${await tokenFor({ role: "staff" })}`,
    });
    expect(staff.body?.errors).toBeUndefined();
  });
});

const PILLAR_FIGURES = `query PillarFigures($year: Int!) {
  annualReport(year: $year) {
    year
    neighbourhood {
      coverage coverageLabel sampleData
      actionCount inhabitantsReached contributionCount insertionEntryCount
      actionsByPlaceKind { key label value }
      actionsByQpvCode { key label value }
      changeFromPreviousYear { actionCount insertionEntryCount actionsByPlaceKind { key value } }
    }
    knowledge {
      coverage sampleData
      practiceCount transferCount territoryCount participantCount adoptionCount
      partnerTransferCount partnerParticipantCount
      transfersByKind { key value }
      changeFromPreviousYear { transferCount partnerTransferCount adoptionCount }
    }
  }
}`;

interface PillarFigures {
  annualReport: {
    year: number;
    neighbourhood: Record<string, unknown> & {
      actionCount: number | null;
      actionsByPlaceKind: { key: string; value: number | null }[];
      actionsByQpvCode: { key: string; value: number | null }[];
    };
    knowledge: Record<string, unknown>;
  };
}

const pillarFigures = async (year: number) => {
  const response = await postJson(gateway.url, { query: PILLAR_FIGURES, variables: { year } }, council);
  expect(response.body?.errors).toBeUndefined();
  return (response.body?.data as PillarFigures).annualReport;
};

describe("the neighbourhood and knowledge parts through the gateway", () => {
  it("says how complete a year is, that it rests on sample data, and breaks the actions down by place and QPV", async () => {
    const report = await pillarFigures(2013);
    expect(report.neighbourhood).toMatchObject({
      coverage: "COMPLETE",
      coverageLabel: "Données complètes",
      sampleData: true,
      actionCount: 4,
    });
    const total = (items: { value: number | null }[]) => items.reduce((sum, item) => sum + item.value!, 0);
    expect(report.neighbourhood.actionsByPlaceKind.map((item) => item.key)).toEqual([
      "BOUTARIC_BUILDING",
      "ESPLANADE_BOUTARIC",
      "ELSEWHERE_IN_NEIGHBOURHOOD",
    ]);
    expect(total(report.neighbourhood.actionsByPlaceKind)).toBe(4);
    expect(report.neighbourhood.actionsByQpvCode).toEqual([
      { key: "QP021003", label: "Les Grésilles (Dijon)", value: 4 },
      { key: "OUTSIDE_QPV", label: "Hors quartier prioritaire", value: 0 },
    ]);
    // 2012 had no insertion cohort: no data, so 2013's change is null too, not +entries.
    expect(report.neighbourhood.insertionEntryCount).toBeGreaterThan(0);
    expect(report.neighbourhood.changeFromPreviousYear).toMatchObject({ insertionEntryCount: null });
    expect(report.knowledge).toMatchObject({
      coverage: "COMPLETE",
      sampleData: true,
      practiceCount: 2,
      transferCount: 2,
      territoryCount: 1,
      participantCount: 21,
      adoptionCount: 1,
      partnerTransferCount: 0,
      partnerParticipantCount: 0,
      changeFromPreviousYear: { transferCount: 1, partnerTransferCount: 0, adoptionCount: null },
    });
  });

  it("answers null figures, never 0, for a year nothing was recorded", async () => {
    const report = await pillarFigures(2020);
    expect(report.neighbourhood).toMatchObject({
      coverage: "NONE",
      sampleData: false,
      actionCount: null,
      inhabitantsReached: null,
      contributionCount: null,
      changeFromPreviousYear: { actionCount: null },
    });
    expect(report.neighbourhood.actionsByPlaceKind.every((item) => item.value === null)).toBe(true);
    expect(report.knowledge).toMatchObject({
      coverage: "NONE",
      sampleData: false,
      practiceCount: null,
      transferCount: null,
      partnerTransferCount: null,
      adoptionCount: null,
    });
  });

  it("keeps a transfer a territory records about itself out of the Pôle's counts, in the partner counts", async () => {
    const chenove = "c1000000-0000-4000-8000-000000000005";
    const territory = {
      authorization: `Bearer ${await tokenFor({ role: "territory", territoryId: chenove })}`,
    };
    const before = (await pillarFigures(2013)).knowledge;
    const created = await postJson(
      gateway.url,
      {
        query: `mutation($input: CreateTransferInput!) { createTransfer(input: $input) { transfer { id origin } } }`,
        variables: {
          input: {
            kind: "IN_SITU_TRAINING",
            title: "Formation organisée par le centre social (test)",
            heldOn: "2013-10-15",
            territoryId: chenove,
            audience: "animateurs",
            audienceKind: "NEIGHBOURHOOD_OPERATORS",
            participantCount: 14,
          },
        },
      },
      territory,
    );
    expect(created.body?.errors).toBeUndefined();
    const transfer = (created.body?.data as { createTransfer: { transfer: { id: string; origin: string } } })
      .createTransfer.transfer;
    expect(transfer.origin).toBe("PARTNER_TERRITORY");
    try {
      const after = (await pillarFigures(2013)).knowledge;
      // The Pôle's own work did not move…
      for (const field of ["transferCount", "territoryCount", "participantCount", "transfersByKind"]) {
        expect([field, after[field]]).toEqual([field, before[field]]);
      }
      // …the partners' reports did.
      expect(after).toMatchObject({
        partnerTransferCount: (before.partnerTransferCount as number) + 1,
        partnerParticipantCount: (before.partnerParticipantCount as number) + 14,
      });
    } finally {
      const deleted = await postJson(
        gateway.url,
        {
          query: `mutation($input: DeleteTransferInput!) { deleteTransfer(input: $input) { deletedTransferId } }`,
          variables: { input: { id: transfer.id } },
        },
        territory,
      );
      expect(deleted.body?.errors).toBeUndefined();
    }
  });
});

describe("reportIndicators through the gateway", () => {
  it("gives anyone the three pillars' definitions, each from its own subgraph", async () => {
    const response = await postJson(gateway.url, { query: print(councilOperation("ReportIndicators")) });
    expect(response.body?.errors).toBeUndefined();
    const catalogue = (
      response.body?.data as { reportIndicators: Record<string, { key: string; pillar: string }[]> }
    ).reportIndicators;
    expect(catalogue.economy.map((entry) => entry.key)).toContain("consolidatedBudget");
    expect(catalogue.neighbourhood.map((entry) => entry.key)).toContain("inhabitantsReached");
    expect(catalogue.knowledge.map((entry) => entry.key)).toContain("transferCount");
    expect(catalogue.knowledge.every((entry) => entry.pillar === "KNOWLEDGE")).toBe(true);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
  });
});

describe("the economy part through the gateway", () => {
  // The story's lists multiply the operation's cost by the 30 years annualReports may span: a council
  // reads decisions year by year (annualReport), the ten-year series without them.
  const ECONOMY = `query($from: Int!, $to: Int!) { annualReports(from: $from, to: $to) { year
    milestones { title } awards { name } steeringCommitteeMeetings { heldOn }
    fundings { funderKind amount }
    economy { memberCount membersReporting coverage sampleData occupiedAreaSqm fte consolidatedBudget
      fundingReceived fundingByFunderKind { key value } changeFromPreviousYear { fte consolidatedBudget } } } }`;
  interface EconomyYear {
    year: number;
    milestones: { title: string }[];
    awards: { name: string }[];
    steeringCommitteeMeetings: { heldOn: string }[];
    fundings: { funderKind: string; amount: number }[];
    economy: {
      memberCount: number;
      membersReporting: number;
      coverage: string;
      sampleData: boolean;
      occupiedAreaSqm: number;
      fte: number | null;
      consolidatedBudget: number | null;
      fundingReceived: number | null;
      fundingByFunderKind: { key: string; value: number | null }[];
      changeFromPreviousYear: { fte: number | null; consolidatedBudget: number | null };
    };
  }
  const economy = async (from: number, to: number) =>
    postJson(gateway.url, { query: ECONOMY, variables: { from, to } }, council);

  it("gives a year without figures null, never 0, with its coverage, and no change against 2013", async () => {
    const response = await economy(2013, 2014);
    expect(response.body?.errors).toBeUndefined();
    const [y2013, y2014] = (response.body?.data as { annualReports: EconomyYear[] }).annualReports;
    expect(y2013.economy).toMatchObject({ membersReporting: 15, coverage: "COMPLETE", sampleData: true });
    expect(y2014.economy).toMatchObject({
      memberCount: 15,
      membersReporting: 0,
      coverage: "PARTIAL",
      occupiedAreaSqm: 400,
      fte: null,
      consolidatedBudget: null,
      fundingReceived: null,
      changeFromPreviousYear: { fte: null, consolidatedBudget: null },
    });
    expect(y2014.economy.fundingByFunderKind.every((item) => item.value === null)).toBe(true);
  });

  it("refuses a year after the current one with BAD_USER_INPUT", async () => {
    const next = new Intl.DateTimeFormat("en", { timeZone: "Europe/Paris", year: "numeric" }).format(
      new Date(),
    );
    const response = await postJson(
      gateway.url,
      {
        query: `query($year: Int!) { annualReport(year: $year) { year } }`,
        variables: { year: Number(next) + 1 },
      },
      council,
    );
    expect(response.body?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.body?.errors?.[0]?.message).toContain("must not be after the current year");
  });

  it("fills a year's review in one query (the council's AnnualReview): meetings with their decisions, awards, fundings", async () => {
    const response = await postJson(
      gateway.url,
      { query: print(councilOperation("AnnualReview")), variables: { year: 2011 } },
      council,
    );
    expect(response.body?.errors).toBeUndefined();
    const y2011 = (
      response.body?.data as {
        annualReport: {
          steeringCommitteeMeetings: { heldOn: string; decisions: { title: string; outcome: string }[] }[];
          awards: unknown[];
          fundings: { amount: number }[];
          economy: { fundingReceived: number };
        };
      }
    ).annualReport;
    expect(y2011.steeringCommitteeMeetings.map((meeting) => meeting.heldOn)).toEqual([
      "2011-03-15",
      "2011-11-10",
    ]);
    expect(y2011.steeringCommitteeMeetings[0].decisions).toContainEqual({
      title: "Recrutement d'un second poste à temps plein",
      outcome: "ADOPTED",
      outcomeLabel: "Adoptée",
    });
    expect(y2011.awards).toEqual([]);
    expect(y2011.fundings.reduce((sum, funding) => sum + funding.amount, 0)).toBe(
      y2011.economy.fundingReceived,
    );
  });

  it("tells ten years' story (milestones, awards, meetings, fundings) in one fetch to the economic subgraph", async () => {
    counter.calls.length = 0;
    const response = await economy(2004, 2013);
    expect(response.body?.errors).toBeUndefined();
    const reports = (response.body?.data as { annualReports: EconomyYear[] }).annualReports;
    expect(counter.calls).toEqual([subgraphs.routes.economic.url]);
    const y2013 = reports.find((report) => report.year === 2013)!;
    expect(y2013.awards.map((award) => award.name)).toEqual(["Concours Bourgogne ESS"]);
    expect(y2013.steeringCommitteeMeetings.map((meeting) => meeting.heldOn)).toEqual(["2013-06-18"]);
    expect(y2013.fundings.reduce((sum, funding) => sum + funding.amount, 0)).toBe(
      y2013.economy.fundingReceived,
    );
    expect(reports.find((report) => report.year === 2007)!.milestones.map((m) => m.title)).toEqual([
      "L'alliance entre un opérateur culturel et un bailleur social",
      "Installation des premières entreprises dans l'immeuble Boutaric",
    ]);
  });
});

describe("fundingOpenData", () => {
  it("gives rows whose fields are the SCDL « subventions » columns, in the standard's formats", async () => {
    const response = await postJson(gateway.url, {
      query: print(councilOperation("FundingOpenData")),
      variables: { year: 2013 },
    });
    const rows = (response.body?.data as { fundingOpenData: Record<string, unknown>[] }).fundingOpenData;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(SCDL_COLUMNS);
      expect(row.idAttribuant).toMatch(/^\d{14}$/);
      expect(row.dateConvention).toMatch(/^2013-\d{2}-\d{2}$/);
      expect(
        String(row.nature)
          .split(";")
          .every((n) => ["aide en numéraire", "aide en nature"].includes(n)),
      ).toBe(true);
      expect(["unique", "échelonné"]).toContain(row.conditionsVersement);
      expect(row.datesPeriodeVersement).toMatch(/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/);
      expect(row.pourcentageSubvention).toBe(1); // the association is the sole beneficiary (scdl-subventions.test.ts)
    }
  });
});

describe("npm run report", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "pole-report-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Asynchronous on purpose: the gateway answering the tool runs in this very process.
  const report = (args: string[], token?: string) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [
          "-r",
          require.resolve("@swc-node/register"),
          join(__dirname, "..", "..", "services", "stack", "src", "report.ts"),
          ...args,
        ],
        {
          encoding: "utf8",
          env: {
            ...process.env,
            POLE_GRAPHQL_URL: gateway.url,
            POLE_TOKEN: token ?? council.authorization.slice(7),
          },
        },
        (error, stdout, stderr) =>
          resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });

  it("writes Markdown tables for people, with each number's change", async () => {
    const out = join(dir, "rapport.md");
    const result = await report(["--year", "2012", "--to", "2013", "--out", out]);
    expect(result.status).toBe(0);
    const markdown = readFileSync(out, "utf8");
    expect(markdown).toContain("## 2013");
    expect(markdown).toContain("### Développement économique");
    // Labels and units from the graph's indicator catalogue; each change also in percent of 2012's figure.
    const members = /\| Structures membres \| nombre \| 15 \| \+(\d+) \| \+([\d,]+) % \|/.exec(markdown);
    expect(members).not.toBeNull();
    const change = Number(members![1]);
    // 13 members on 31 December 2012 (« Lumière Coop » left on 30 June), 15 on 31 December 2013.
    expect(change).toBe(2);
    expect(Number(members![2].replace(",", "."))).toBe(Math.round((change / (15 - change)) * 1000) / 10);
    expect(markdown).toMatch(/\| Budget consolidé \| € \| 3\s700\s000 \|/);
    expect(markdown).toContain("n.d. : non disponible");
    expect(markdown).toContain("> **Données d'exemple");
  });

  it("writes CSV for spreadsheets and JSON for machines", async () => {
    const csv = await report(["--year", "2013", "--format", "csv"]);
    expect(csv.status).toBe(0);
    const lines = csv.stdout.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "annee,pilier,indicateur,cle,libelle,unite,valeur,evolution,evolution_pct,couverture,donnees_exemple",
    );
    const members = lines.find((line) => line.startsWith("2013,economy,memberCount,"))!.split(",");
    expect(members.slice(4, 7)).toEqual(["Structures membres", "nombre", "15"]);
    const change = Number(members[7]);
    expect(change).toBe(2);
    expect(Number(members[8])).toBe(Math.round((change / (15 - change)) * 1000) / 10);
    // The stack runs on the sample data, and every row says so.
    expect(members[10]).toBe("oui");
    expect(lines.find((line) => line.startsWith("2013,economy,fte,"))).toMatch(
      /^2013,economy,fte,,Équivalents temps plein,ETP,57,/,
    );
    const json = await report(["--year", "2013", "--format", "json"]);
    expect((JSON.parse(json.stdout) as Report[])[0].economy.memberCount).toBe(15);
    expect(json.stdout).not.toContain("__typename");
  });

  it("writes CSV a French spreadsheet opens as it is, long or wide", async () => {
    const long = await report(["--year", "2013", "--format", "csv", "--locale", "fr"]);
    expect(long.status).toBe(0);
    expect(long.stdout.startsWith("\uFEFFannee;pilier;indicateur;")).toBe(true);
    // Decimal commas: the funding's percentage change, to 0.1 %.
    expect(long.stdout).toMatch(
      /\r\n2013;economy;fundingReceived;;Financements reçus;€;\d+;-?\d+;-?\d+,\d;[^;]*;(oui|non)\r\n/,
    );
    const wide = await report([
      "--year",
      "2011",
      "--to",
      "2013",
      "--format",
      "csv",
      "--layout",
      "wide",
      "--locale",
      "fr",
    ]);
    expect(wide.status).toBe(0);
    const lines = wide.stdout.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("pilier;indicateur;cle;libelle;unite;2011;2012;2013;donnees_exemple");
    expect(lines.find((line) => line.startsWith("economy;memberCount;"))).toMatch(
      /^economy;memberCount;;Structures membres;nombre;\d+;\d+;15;oui$/,
    );
  });

  it("writes an Excel workbook: numbers as numbers, years as columns, the definitions", async () => {
    const out = join(dir, "rapport.xlsx");
    const result = await report(["--year", "2012", "--to", "2013", "--format", "xlsx", "--out", out]);
    expect(result.status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Indicateurs", "Tableau", "Définitions"]);
    // The stack runs on the sample data: every sheet opens with the banner that says so, then its header.
    for (const sheet of workbook.worksheets) {
      expect([sheet.name, String(sheet.getRow(1).getCell(1).value)]).toEqual([
        sheet.name,
        expect.stringMatching(/^Données d'exemple/),
      ]);
    }
    const HEADER_ROW = 2;
    const wide = workbook.getWorksheet("Tableau")!;
    expect(wide.getRow(HEADER_ROW).values).toEqual(
      expect.arrayContaining(["Pilier", "Libellé", "Unité", "2012", "2013"]),
    );
    const budget = wide
      .getRows(HEADER_ROW + 1, wide.rowCount - HEADER_ROW)!
      .find((row) => row.getCell(2).value === "consolidatedBudget")!;
    expect([budget.getCell(4).value, budget.getCell(5).value, budget.getCell(7).value]).toEqual([
      "Budget consolidé",
      "€",
      3_700_000,
    ]);
    expect(budget.getCell(7).type).toBe(ExcelJS.ValueType.Number);
    const definitions = workbook.getWorksheet("Définitions")!;
    const reached = definitions
      .getRows(HEADER_ROW + 1, definitions.rowCount - HEADER_ROW)!
      .find((row) => row.getCell(2).value === "inhabitantsReached")!;
    expect(String(reached.getCell(5).value)).toMatch(/compte plusieurs fois/);
  });

  it("writes one HTML page that needs no network, with its charts, and prints to PDF in Chromium", async () => {
    const out = join(dir, "rapport.html");
    const result = await report(["--year", "2010", "--to", "2013", "--format", "html", "--out", out]);
    expect(result.status).toBe(0);
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ locale: "fr-FR" });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(out).href, { waitUntil: "load" });
      expect(requests).toEqual([pathToFileURL(out).href]);
      expect(await page.locator("h2").first().textContent()).toBe("Développement économique");
      expect(await page.locator("svg.chart").count()).toBeGreaterThanOrEqual(10);
      expect(await page.locator('figure[data-indicator="memberCount"] circle').count()).toBe(4);
      expect(await page.locator("#definitions dt").count()).toBeGreaterThan(40);
      expect(await page.locator(".sample[role=alert]").textContent()).toMatch(/^Données d'exemple/);
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(requests).toHaveLength(1);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it("says a wrong --out is a file error, with its path, before asking the graph, and leaves nothing", async () => {
    const unreachable = ["--url", "http://127.0.0.1:9/graphql"];
    const missing = join(dir, "no-such-folder", "rapport.csv");
    const noFolder = await report(["--year", "2013", "--format", "csv", "--out", missing, ...unreachable]);
    expect(noFolder.status).toBe(1);
    expect(noFolder.stderr).toContain(
      `cannot write ${missing}: the folder ${join(dir, "no-such-folder")} does not exist`,
    );
    expect(noFolder.stderr).not.toContain("cannot reach the graph");
    const folder = await report(["--year", "2013", "--out", dir, ...unreachable]);
    expect(folder.stderr).toContain(`cannot write ${dir}: it is a folder, not a file`);
    expect(existsSync(join(dir, "no-such-folder"))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("exports the year's funding as an SCDL CSV", async () => {
    const result = await report(["--year", "2013", "--dataset", "funding", "--format", "csv"]);
    expect(result.status).toBe(0);
    expect(result.stdout.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(SCDL_COLUMNS.join(","));
    // The standard fixes the columns: that the rows are sample data is said on stderr.
    expect(result.stderr).toContain("warning: Données d'exemple");
  });

  it("refuses bad arguments and tokens clearly, writing nothing", async () => {
    const out = join(dir, "never.md");
    const bad = await report(["--year", "13", "--format", "pdf", "--out", out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      "--year must be a year between 1900 and 2100; --format must be md, csv, json, xlsx or html",
    );
    const next = new Date().getUTCFullYear() + 2;
    const future = await report(["--year", String(next), "--out", out]);
    expect(future.status).toBe(2);
    expect(future.stderr).toMatch(/--year must not be after the current year \d{4}/);
    const futureTo = await report(["--year", "2013", "--to", String(next), "--out", out]);
    expect(futureTo.stderr).toMatch(/--to must not be after the current year \d{4}/);
    const refused = await report(["--year", "2013", "--out", out], "not-a-token");
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("the token in POLE_TOKEN is missing, invalid or expired");
    expect(existsSync(out)).toBe(false);
  });
});
