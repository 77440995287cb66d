import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { SCDL_SUBVENTIONS_COLUMNS } from "@pole/stack/report";
import { tokenFor } from "@pole/subgraph-kit/testing";
import type { SiteUnderTest } from "../site-harness";

const COMPAGNIE_DES_GRESILLES = "a0000000-0000-4000-8000-000000000001";

async function graph<T>(site: SiteUnderTest, token: string, query: string): Promise<T> {
  const response = await fetch(site.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** The figure a table shows for a year: its « Valeur » cell. */
const valueCell = (page: Page, table: RegExp, year: number) =>
  page
    .getByRole("table", { name: table })
    .locator("tr", { has: page.getByRole("rowheader", { name: String(year), exact: true }) })
    .locator("td")
    .first();

const digits = (text: string | null) => (text ?? "").replace(/\D/g, "");

const ROLE_LABELS = { member: "Membre", council: "Conseil régional" } as const;

/**
 * Signs in through the dev sign-in page and lands on `path` (search included): the token lives in the tab's
 * memory only, so the page is reached by the site's own navigation, never by reloading it.
 */
async function signInTo(site: SiteUnderTest, page: Page, path: string, role: "member" | "council", who = "") {
  await page.goto(`${site.origin}/connexion?retour=${encodeURIComponent(path)}`);
  await page.getByRole("radio", { name: ROLE_LABELS[role] }).check();
  if (role === "member") {
    const list = page.getByRole("combobox", { name: "Membre", exact: true });
    const option = list.locator("option", { hasText: who }).first();
    await option.waitFor({ state: "attached" });
    await list.selectOption((await option.getAttribute("value"))!);
  }
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("button", { name: "Se déconnecter" }).waitFor();
  await page.waitForURL((url) => `${url.pathname}${url.search}` === path);
}

/** Clicks a download button and waits for the file the browser saves. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), content: await readFile(path) };
}

/** The regional council's dashboard: key indicators over a range of years and the report's files. */
export function councilArea(site: () => SiteUnderTest): void {
  it("asks an anonymous visitor to sign in, and tells a member the dashboard is not theirs", async () => {
    const opened = await site().open("/conseil");
    try {
      await opened.page.getByRole("heading", { name: "Connexion requise" }).waitFor();
      await signInTo(site(), opened.page, "/conseil", "member", "Compagnie des Grésilles");
      await opened.page.getByRole("heading", { name: "Accès réservé" }).waitFor();
      expect(await opened.page.getByRole("button", { name: /Rapport en XLSX/ }).count()).toBe(0);
    } finally {
      await opened.close();
    }
  });

  it("brings a visitor who signs in from a bookmarked range back to that range", async () => {
    const opened = await site().open("/conseil?from=2011&to=2012");
    try {
      const { page } = opened;
      await page.getByRole("heading", { name: "Connexion requise" }).waitFor();
      await page.locator("#contenu").getByRole("link", { name: "Se connecter" }).click();
      await page.getByRole("radio", { name: "Conseil régional" }).check();
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.waitForURL((url) => `${url.pathname}${url.search}` === "/conseil?from=2011&to=2012");
      await page.getByRole("button", { name: "Se déconnecter" }).waitFor();
    } finally {
      await opened.close();
    }
  });

  it("lands the council on its dashboard with 2013's figures from the seed, gaps never drawn as 0", async () => {
    const council = await tokenFor({ role: "council" });
    const { annualReport } = await graph<{
      annualReport: {
        economy: { memberCount: number; consolidatedBudget: number };
        knowledge: { practiceCount: number };
      };
    }>(
      site(),
      council,
      "{ annualReport(year: 2013) { economy { memberCount consolidatedBudget } knowledge { practiceCount } } }",
    );
    const opened = await site().open("/connexion");
    try {
      const { page } = opened;
      await site().signIn(page, "council");
      await page.waitForURL(/\/conseil$/);
      await page.getByRole("heading", { level: 1, name: "Tableau de bord du Conseil régional" }).waitFor();
      // The default range includes 2013.
      expect(await page.getByLabel("Première année").inputValue()).toBe("2010");
      expect(await page.getByLabel("Dernière année").inputValue()).toBe("2013");

      const budget = valueCell(page, /^Budget consolidé \(€\), 2010–2013/, 2013);
      await budget.waitFor();
      expect(digits(await budget.textContent())).toBe(String(annualReport.economy.consolidatedBudget));
      expect(await budget.textContent()).toContain("€");
      const members = valueCell(page, /^Structures membres/, 2013);
      expect(digits(await members.textContent())).toBe(String(annualReport.economy.memberCount));
      // 13 members in 2012, 15 in 2013: the year-over-year change, signed, in French.
      const membersRow = page
        .getByRole("table", { name: /^Structures membres/ })
        .locator("tr", { has: page.getByRole("rowheader", { name: "2013", exact: true }) });
      expect(await membersRow.locator("td").nth(1).textContent()).toBe("+15,4 %");
      const firstYear = page
        .getByRole("table", { name: /^Structures membres/ })
        .locator("tr", { has: page.getByRole("rowheader", { name: "2010", exact: true }) });
      expect(await firstYear.locator("td").nth(1).textContent()).toBe("—");

      // Knowledge: nothing recorded in 2010 and 2011 — « non disponible », never 0, and a notice.
      const practices2010 = valueCell(page, /^Bonnes pratiques publiées/, 2010);
      expect(await practices2010.textContent()).toBe("non disponible");
      expect(digits(await valueCell(page, /^Bonnes pratiques publiées/, 2013).textContent())).toBe(
        String(annualReport.knowledge.practiceCount),
      );
      const knowledge = page.locator("section", {
        has: page.getByRole("heading", { level: 2, name: "Modélisation et essaimage" }),
      });
      expect(await knowledge.getByText(/Non disponible pour 2010 et 2011/).count()).toBe(1);
      // The chart draws a point for each year with data only: 2012 and 2013, none at 0 for 2010–2011.
      const chart = page.locator("article", {
        has: page.getByRole("heading", { name: /^Bonnes pratiques publiées/ }),
      });
      await chart.locator(".recharts-line-dot").first().waitFor();
      expect(await chart.locator(".recharts-line-dot").count()).toBe(2);
      // Each chart's text alternative says what the figure means.
      expect(await chart.locator(".council-definition").textContent()).toMatch(/Fiches de bonnes pratiques/);

      await page.getByRole("note", { name: "Données d'exemple" }).waitFor();
      expect(await page.getByRole("note", { name: "Données d'exemple" }).textContent()).toMatch(
        /enregistrements inventés/,
      );
      await site().checkPage(opened, "council-dashboard");
    } finally {
      await opened.close();
    }
  });

  it("keeps the range in the URL, and says why a bad range shows nothing", async () => {
    const opened = await site().open("/connexion");
    try {
      const { page } = opened;
      await signInTo(site(), page, "/conseil?from=2005&to=2007", "council");
      await page.getByRole("table", { name: /^Heures d'actions \(heures\), 2005–2007/ }).waitFor();
      expect(await valueCell(page, /^Heures d'actions/, 2005).textContent()).toBe("non disponible");
      expect(digits(await valueCell(page, /^Heures d'actions/, 2007).textContent())).toBe("30");

      await page.getByLabel("Première année").fill("2011");
      await page.getByLabel("Dernière année").fill("2013");
      await page.getByRole("button", { name: "Afficher la période" }).click();
      await page.waitForURL(/\/conseil\?from=2011&to=2013$/);
      await page.getByRole("table", { name: /^Budget consolidé \(€\), 2011–2013/ }).waitFor();
      await page.getByRole("heading", { name: "Télécharger le rapport 2011–2013" }).waitFor();

      await page.getByLabel("Première année").fill("2013");
      await page.getByLabel("Dernière année").fill("2011");
      await page.getByRole("button", { name: "Afficher la période" }).click();
      await page.waitForURL(/\/conseil\?from=2013&to=2011$/);
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(
        /Période invalide : .*\(2013\) vient après la dernière \(2011\)/,
      );
      expect(await page.getByLabel("Première année").getAttribute("aria-invalid")).toBe("true");
      expect(await page.getByRole("table").count()).toBe(0);
      await site().checkPage(opened, "council-bad-range");
    } finally {
      await opened.close();
    }
  });

  it("downloads the report as XLSX (it opens, with 2013's figures), CSV and SCDL", async () => {
    const council = await tokenFor({ role: "council" });
    const { annualReport } = await graph<{ annualReport: { economy: { consolidatedBudget: number } } }>(
      site(),
      council,
      "{ annualReport(year: 2013) { economy { consolidatedBudget } } }",
    );
    const opened = await site().open("/connexion");
    try {
      const { page } = opened;
      await signInTo(site(), page, "/conseil?from=2011&to=2013", "council");
      await page.getByRole("table", { name: /^Budget consolidé/ }).waitFor();

      const xlsx = await download(page, "Rapport en XLSX (Excel)");
      expect(xlsx.name).toBe("pole-rapport-2011-2013.xlsx");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.content as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet("Indicateurs");
      expect(sheet).toBeDefined();
      let budget2013: unknown;
      sheet!.eachRow((row) => {
        if (row.getCell(1).value === 2013 && row.getCell(3).value === "consolidatedBudget") {
          budget2013 = row.getCell(7).value;
        }
      });
      expect(budget2013).toBe(annualReport.economy.consolidatedBudget);
      await page.getByRole("status").filter({ hasText: "pole-rapport-2011-2013.xlsx téléchargé" }).waitFor();

      const csv = await download(page, "Rapport en CSV");
      expect(csv.name).toBe("pole-rapport-2011-2013.csv");
      const csvText = csv.content.toString("utf8");
      expect(csvText.split("\r\n")[0]).toMatch(/^\uFEFFannee;pilier;indicateur;/);
      expect(csvText).toContain(
        `2013;economy;consolidatedBudget;;Budget consolidé;€;${annualReport.economy.consolidatedBudget};`,
      );

      const scdl = await download(page, "Subventions reçues (SCDL, CSV)");
      expect(scdl.name).toBe("pole-subventions-scdl-2011-2013.csv");
      expect(scdl.content.toString("utf8").split("\r\n")[0]).toBe(SCDL_SUBVENTIONS_COLUMNS.join(","));
      expect(scdl.content.toString("utf8").trimEnd().split("\r\n").length).toBeGreaterThan(1);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("refuses the downloads without a token (401) and passes on the gateway's refusal of a member", async () => {
    const url = `${site().origin}/downloads/rapport.xlsx?from=2011&to=2013`;
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: string }).error).toMatch(/Connectez-vous/);
    const member = await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES });
    const refused = await fetch(url, { headers: { authorization: `Bearer ${member}` } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-disposition")).toBeNull();
    expect(((await refused.json()) as { error: string }).error).toMatch(/réservé au Conseil régional/);
  });

  it("hides only the knowledge charts while its subgraph is down, and gives no half file", async () => {
    await site().subgraphs.stopSubgraph("knowledge");
    try {
      const opened = await site().open("/connexion");
      try {
        const { page } = opened;
        await signInTo(site(), page, "/conseil?from=2012&to=2013", "council");
        const knowledge = page.locator("section", {
          has: page.getByRole("heading", { level: 2, name: "Modélisation et essaimage" }),
        });
        await knowledge.getByText(/Les indicateurs de ce pilier n'ont pas pu être chargés/).waitFor();
        expect(await knowledge.getByRole("table").count()).toBe(0);
        // The other pillars stay, with their figures.
        await valueCell(page, /^Budget consolidé/, 2013).waitFor();
        expect(await valueCell(page, /^Heures d'actions/, 2013).textContent()).not.toBe("non disponible");

        // The report needs every pillar: no file, a sentence instead.
        await page.getByRole("button", { name: "Rapport en XLSX (Excel)" }).click();
        const alert = page.getByRole("alert");
        await alert.waitFor();
        expect(await alert.textContent()).toMatch(/le fichier n'a pas été produit|n'a pas pu être produit/);
      } finally {
        await opened.close();
      }
    } finally {
      await site().subgraphs.startSubgraph("knowledge");
    }
  });
}
