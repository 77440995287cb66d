// The site server's report downloads (web/server/report-downloads.ts) against the real gateway and
// subgraphs: the files are the report tool's, with the figures the gateway answers; refusals come back in
// words with their HTTP status, never as half a file.
import type { ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import ExcelJS from "exceljs";
import express from "express";
import { GATEWAY, spawnService, stopProcess } from "@pole/stack";
import {
  KEY_INDICATORS as REPORT_KEY_INDICATORS,
  NO_DATA as REPORT_NO_DATA,
  SAMPLE_WARNING as REPORT_SAMPLE_WARNING,
  SCDL_SUBVENTIONS_COLUMNS,
} from "@pole/stack/report";
import {
  freePort,
  gatewayEnvFor,
  startSubgraphProcesses,
  waitForReadyLine,
  type RunningSubgraphs,
} from "@pole/stack/testing";
import { tokenFor } from "@pole/subgraph-kit/testing";
import { reportDownloads, yearRangeOf } from "../server/report-downloads";
import { KEY_INDICATORS, NO_DATA, SAMPLE_WARNING } from "../src/pages/council/council-logic";

const COMPAGNIE_DES_GRESILLES = "a0000000-0000-4000-8000-000000000001";

let subgraphs: RunningSubgraphs;
let gateway: ChildProcess;
let gatewayUrl: string;
const servers: Server[] = [];

/** A site server with the downloads only, on a free port, talking to `gatewayAt`. */
async function downloadsServer(gatewayAt: string): Promise<string> {
  const app = express();
  app.use("/downloads", reportDownloads(gatewayAt));
  const server = createServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/downloads`;
}

let downloads: string;

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  gateway = spawnService(
    GATEWAY,
    { PORT: "0", HOST: "127.0.0.1", ...gatewayEnvFor(subgraphs.routes), LOG_LEVEL: "info" },
    "main",
    "pipe",
  );
  gatewayUrl = await waitForReadyLine("gateway", gateway);
  downloads = await downloadsServer(gatewayUrl);
}, 240_000);

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  if (gateway) await stopProcess(gateway);
  await subgraphs?.stop();
});

async function graph<T>(token: string, query: string, variables: object = {}): Promise<T> {
  const response = await fetch(gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const get = (path: string, token?: string) =>
  fetch(`${downloads}/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe("the report downloads of the site server", () => {
  it("draws the same key indicators, with the same words, as the report tool", () => {
    expect(KEY_INDICATORS).toEqual(REPORT_KEY_INDICATORS);
    expect(SAMPLE_WARNING).toBe(REPORT_SAMPLE_WARNING);
    expect(NO_DATA).toBe(REPORT_NO_DATA);
  });

  it("checks the years as the graph does", () => {
    const now = new Date("2026-06-01T12:00:00Z");
    expect(yearRangeOf({ from: "2011", to: "2013" }, now)).toEqual({ from: 2011, to: 2013 });
    for (const query of [{}, { from: "2011" }, { from: "x", to: "2013" }, { from: "2013", to: "2011" }]) {
      expect(() => yearRangeOf(query, now)).toThrow();
    }
    expect(() => yearRangeOf({ from: "2026", to: "2027" }, now)).toThrow(/au plus 2026/);
    expect(() => yearRangeOf({ from: "1980", to: "2013" }, now)).toThrow(/Au plus 30 années/);
  });

  it("refuses without a token (401) and bad years (400), in words, as JSON", async () => {
    const anonymous = await get("rapport.xlsx?from=2011&to=2013");
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toMatch(/json/);
    expect(((await anonymous.json()) as { error: string }).error).toMatch(/Connectez-vous/);

    const council = await tokenFor({ role: "council" });
    const backwards = await get("rapport.csv?from=2013&to=2011", council);
    expect(backwards.status).toBe(400);
    expect(((await backwards.json()) as { error: string }).error).toMatch(/vient après/);
    const unknown = await get("rapport.pdf?from=2013&to=2013", council);
    expect(unknown.status).toBe(404);
  });

  it("passes on the gateway's refusal of a member (403) and of a bad token (401)", async () => {
    const member = await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES });
    const refused = await get("rapport.xlsx?from=2011&to=2013", member);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toBe(
      "Vous n'avez pas le droit de faire cela. Le rapport du Conseil est réservé au Conseil régional et à l'équipe du Pôle.",
    );
    const scdl = await get("subventions-scdl.csv?from=2013&to=2013", member);
    expect(scdl.status).toBe(403);

    const forged = await get("rapport.csv?from=2013&to=2013", "not-a-token");
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { error: string }).error).toMatch(/reconnectez-vous/);
  });

  it("gives the council an XLSX workbook with the gateway's 2013 figures", async () => {
    const council = await tokenFor({ role: "council" });
    const response = await get("rapport.xlsx?from=2011&to=2013", council);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="pole-rapport-2011-2013.xlsx"',
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Indicateurs", "Tableau", "Définitions"]);

    const { annualReport } = await graph<{
      annualReport: { economy: { memberCount: number; consolidatedBudget: number } };
    }>(council, "{ annualReport(year: 2013) { economy { memberCount consolidatedBudget } } }");
    const sheet = workbook.getWorksheet("Indicateurs")!;
    const values: { year: unknown; indicator: unknown; key: unknown; value: unknown }[] = [];
    sheet.eachRow((row) =>
      values.push({
        year: row.getCell(1).value,
        indicator: row.getCell(3).value,
        key: row.getCell(4).value,
        value: row.getCell(7).value,
      }),
    );
    const figure = (indicator: string) =>
      values.find((row) => row.year === 2013 && row.indicator === indicator && !row.key)?.value;
    expect(figure("consolidatedBudget")).toBe(annualReport.economy.consolidatedBudget);
    expect(figure("memberCount")).toBe(annualReport.economy.memberCount);
    const years = values.map((row) => row.year).filter((year) => typeof year === "number");
    expect([...new Set(years)]).toEqual([2011, 2012, 2013]);
  });

  it("gives the council the CSV (French conventions) and the SCDL funding rows", async () => {
    const council = await tokenFor({ role: "council" });
    const csv = await get("rapport.csv?from=2013&to=2013", council);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toContain('filename="pole-rapport-2013.csv"');
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toBe(
      "annee;pilier;indicateur;cle;libelle;unite;valeur;evolution;evolution_pct;couverture;donnees_exemple",
    );
    expect(text).toMatch(/\r\n2013;economy;consolidatedBudget;;Budget consolidé;€;3700000;/);

    const scdl = await get("subventions-scdl.csv?from=2012&to=2013", council);
    expect(scdl.status).toBe(200);
    expect(scdl.headers.get("content-disposition")).toContain(
      'filename="pole-subventions-scdl-2012-2013.csv"',
    );
    const lines = (await scdl.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(SCDL_SUBVENTIONS_COLUMNS.join(","));
    const counted = async (year: number) =>
      (
        await graph<{ fundingOpenData: unknown[] }>(
          council,
          "query ($year: Int!) { fundingOpenData(year: $year) { montant } }",
          { year },
        )
      ).fundingOpenData.length;
    expect(lines.length - 1).toBe((await counted(2012)) + (await counted(2013)));
    expect(lines.length).toBeGreaterThan(1);
  });

  it("says so, with no file, when the gateway does not answer", async () => {
    const closed = await downloadsServer(`http://127.0.0.1:${await freePort()}/graphql`);
    const council = await tokenFor({ role: "council" });
    const response = await fetch(`${closed}/rapport.xlsx?from=2013&to=2013`, {
      headers: { authorization: `Bearer ${council}` },
    });
    expect(response.status).toBe(502);
    expect(response.headers.get("content-disposition")).toBeNull();
    expect(((await response.json()) as { error: string }).error).toMatch(/ne répond pas/);
  });
});
