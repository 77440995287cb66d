import type { Page } from "playwright-core";
import type { SiteUnderTest } from "../site-harness";

// The public pages, anonymous, on the sample data: home, members directory, member page, actions.
// Other areas add members, actions and practices to the same database: assert on sample records, never on
// global counts.
const COMPAGNIE = "Compagnie des Grésilles (exemple)";
const THEATRE = "Théâtre en pied d'immeuble (exemple)";
const CAFE_STUDY = "Étude de marché pour un café culturel aux Grésilles (exemple)";

const results = (page: Page, name: "Membres trouvés" | "Actions trouvées") =>
  page.getByRole("list", { name, exact: true });

/** Where the keyboard focus is: the element's tag, its accessible text, and whether it shows a visible ring. */
interface Focused {
  tag: string;
  id: string;
  text: string;
  inResults: boolean;
  focusVisible: boolean;
  outline: boolean;
}
const focused = (page: Page) =>
  page.evaluate<Focused | null>(`(() => {
    const element = document.activeElement;
    if (!element) return null;
    const style = getComputedStyle(element);
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      text: (element.textContent ?? "").trim(),
      inResults: element.closest('[aria-label="Membres trouvés"]') !== null,
      focusVisible: element.matches(":focus-visible"),
      outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
    };
  })()`);

/** Waits until the list named `name` holds more than `count` links. */
const moreThan = (page: Page, name: "Membres trouvés" | "Actions trouvées", count: number) =>
  results(page, name).getByRole("link").nth(count).waitFor();

export function publicPagesArea(site: () => SiteUnderTest): void {
  it("home: the three pillars, the anonymous key figures, the latest actions and practices with links", async () => {
    const opened = await site().open("/");
    try {
      const { page } = opened;
      await page.getByRole("heading", { level: 1, name: /Pôle de Coopération Culturel & Créatif/ }).waitFor();
      for (const pillar of [
        "Développement économique",
        "Un quartier, les Grésilles",
        "Recherche et innovation",
      ]) {
        await page.getByRole("heading", { name: pillar }).waitFor();
      }
      const members = page.locator(".figures li", { hasText: "structures membres" });
      await members.waitFor();
      // 15 current sample members (Lumière Coop left in 2012); other areas may add some.
      const count = Number((await members.locator("strong").innerText()).replace(/\D/g, ""));
      expect(count).toBeGreaterThanOrEqual(15);
      await page.locator(".figures li", { hasText: "bonnes pratiques publiées" }).waitFor();
      await page.locator(".figures li", { hasText: "actions avec les habitants" }).waitFor();

      const actions = page.locator("section", {
        has: page.getByRole("heading", { name: "Dernières actions aux Grésilles" }),
      });
      expect(await actions.locator('a[href^="/actions/"]').count()).toBeGreaterThan(0);
      const practices = page.locator("section", {
        has: page.getByRole("heading", { name: "Dernières bonnes pratiques publiées" }),
      });
      expect(await practices.locator('a[href^="/pratiques/"]').count()).toBeGreaterThan(0);
      await practices
        .getByText(/Publiée le \d+ \S+ \d{4}/)
        .first()
        .waitFor();
      await site().checkPage(opened, "public-accueil");

      await actions.getByRole("link", { name: "Toutes les actions aux Grésilles" }).click();
      await page.getByRole("heading", { level: 1, name: "Les actions aux Grésilles" }).waitFor();
    } finally {
      await opened.close();
    }
  });

  it("directory: lists members with the total, a search without accents finds a name with accents, in the URL", async () => {
    const opened = await site().open("/membres");
    try {
      const { page } = opened;
      await page.getByRole("heading", { level: 1, name: "Les membres du Pôle" }).waitFor();
      await results(page, "Membres trouvés").getByRole("link").first().waitFor();
      await page
        .getByRole("status")
        .filter({ hasText: /\d+ membres/ })
        .waitFor();
      await site().checkPage(opened, "public-membres");

      await page.getByLabel("Nom de la structure", { exact: true }).fill("gresilles");
      await page.getByRole("button", { name: "Rechercher" }).click();
      await results(page, "Membres trouvés").getByRole("link", { name: COMPAGNIE }).waitFor();
      await page.getByText(/membres? correspond/).waitFor();
      expect(
        await results(page, "Membres trouvés")
          .getByRole("link", { name: "Radio Boutaric (exemple)" })
          .count(),
      ).toBe(0);
      expect(new URL(page.url()).searchParams.get("nom")).toBe("gresilles");

      // The same list from a shared link, and a choice that updates the URL.
      await page.goto(`${site().origin}/membres?nom=CINE`);
      await results(page, "Membres trouvés")
        .getByRole("link", { name: "Ciné-Quartier Production (exemple)" })
        .waitFor();
      expect(await page.getByLabel("Nom de la structure", { exact: true }).inputValue()).toBe("CINE");

      await page.getByRole("button", { name: "Effacer les filtres" }).click();
      await page.getByLabel("Forme juridique", { exact: true }).selectOption("EPCC");
      await results(page, "Membres trouvés")
        .getByRole("link", { name: "Scène régionale EPCC (exemple)" })
        .waitFor();
      expect(new URL(page.url()).searchParams.get("forme")).toBe("EPCC");
      expect(await results(page, "Membres trouvés").getByRole("link", { name: COMPAGNIE }).count()).toBe(0);

      await page.getByLabel("Nom de la structure", { exact: true }).fill("aucun membre ne porte ce nom");
      await page.getByRole("button", { name: "Rechercher" }).click();
      await page.getByText("Aucun membre ne correspond à ces critères").waitFor();
    } finally {
      await opened.close();
    }
  });

  it("directory: a filter in the URL is applied on load", async () => {
    const opened = await site().open("/membres?implantation=ASSOCIATED&activite=LIVE_PERFORMANCE");
    try {
      const { page } = opened;
      const list = results(page, "Membres trouvés");
      await list.getByRole("link", { name: "Festival des Quartiers (exemple)" }).waitFor();
      await list.getByRole("link", { name: "Scène régionale EPCC (exemple)" }).waitFor();
      // Compagnie des Grésilles does live performance too, but is installed in the building.
      expect(await list.getByRole("link", { name: COMPAGNIE }).count()).toBe(0);
      expect(await list.getByRole("link", { name: "Radio Boutaric (exemple)" }).count()).toBe(0);
      expect(await page.getByLabel("Implantation", { exact: true }).inputValue()).toBe("ASSOCIATED");
      expect(await page.getByLabel("Activité", { exact: true }).inputValue()).toBe("LIVE_PERFORMANCE");
    } finally {
      await opened.close();
    }
  });

  it("directory: « Voir plus » brings the next page, other members, and moves the focus to the first of them", async () => {
    const opened = await site().open("/membres");
    try {
      const { page } = opened;
      const links = results(page, "Membres trouvés").getByRole("link");
      await links.first().waitFor();
      expect(await links.count()).toBe(10);
      const firstPage = await links.allInnerTexts();
      await page.getByRole("button", { name: "Voir plus de membres" }).click();
      await moreThan(page, "Membres trouvés", 10);
      const both = await links.allInnerTexts();
      const secondPage = both.slice(10);
      expect(secondPage.length).toBeGreaterThan(0);
      for (const name of secondPage) expect(firstPage).not.toContain(name);
      expect(both.slice(0, 10)).toEqual(firstPage);
      // Sorted by name: the second page goes on from the first.
      expect(secondPage[0].localeCompare(firstPage[9], "fr")).toBeGreaterThan(0);
      expect((await focused(page))?.text).toBe(secondPage[0]);
    } finally {
      await opened.close();
    }
  });

  it("directory: a keyboard user reaches the search field and the results with Tab, the focus visible", async () => {
    const opened = await site().open("/membres?nom=gresilles");
    try {
      const { page } = opened;
      await results(page, "Membres trouvés").getByRole("link", { name: COMPAGNIE }).waitFor();
      let onSearch = false;
      for (let i = 0; i < 30 && !onSearch; i++) {
        await page.keyboard.press("Tab");
        onSearch = (await focused(page))?.id === "membres-nom";
      }
      expect(onSearch).toBe(true);
      expect(await focused(page)).toMatchObject({ focusVisible: true, outline: true });
      // The « gresilles » results list the same member: wait for the new search's own answer before tabbing,
      // or the list re-renders under the keyboard.
      const answered = page.waitForResponse(
        (response) => response.url().startsWith(site().gatewayUrl) && response.url().includes("compagnie"),
      );
      await page.keyboard.type("compagnie");
      await page.keyboard.press("Enter");
      await page.waitForURL(/nom=compagnie/);
      await answered;
      await page.waitForLoadState("networkidle");
      await results(page, "Membres trouvés").getByRole("link", { name: COMPAGNIE }).waitFor();
      let onResult = false;
      for (let i = 0; i < 15 && !onResult; i++) {
        await page.keyboard.press("Tab");
        onResult = (await focused(page))?.inResults === true;
      }
      expect(await focused(page)).toMatchObject({
        tag: "a",
        text: COMPAGNIE,
        focusVisible: true,
        outline: true,
      });
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { level: 1, name: COMPAGNIE }).waitFor();
    } finally {
      await opened.close();
    }
  });

  it("member page: its public fields, the actions it leads and its practices, from the three subgraphs", async () => {
    const opened = await site().open("/membres?nom=compagnie");
    try {
      const { page } = opened;
      await results(page, "Membres trouvés").getByRole("link", { name: COMPAGNIE }).click();
      await page.getByRole("heading", { level: 1, name: COMPAGNIE }).waitFor();
      // economic
      await page.getByText("Installé dans l'immeuble Boutaric").waitFor();
      await page.getByText("Spectacle vivant").first().waitFor();
      // neighbourhood
      const actions = page.locator("section", {
        has: page.getByRole("heading", { name: "Actions menées aux Grésilles" }),
      });
      await actions.getByRole("link", { name: THEATRE }).waitFor();
      await actions.getByText("Du 15 mai 2008 au 5 juillet 2008").waitFor();
      // knowledge
      const practices = page.locator("section", {
        has: page.getByRole("heading", { name: "Bonnes pratiques partagées" }),
      });
      await practices.getByRole("link", { name: "Résidences d'artistes avec les habitants" }).waitFor();
      await practices.getByText("Publiée le 15 avril 2013").waitFor();
      expect(await page.locator(".notice-partial, .notice-error").count()).toBe(0);
      await site().checkPage(opened, "public-membre");

      await actions.getByRole("link", { name: THEATRE }).click();
      await page.getByRole("heading", { level: 1, name: THEATRE }).waitFor();
    } finally {
      await opened.close();
    }
  });

  it("member page: an unknown id says « Membre introuvable »", async () => {
    const opened = await site().open("/membres/00000000-0000-4000-8000-000000000000");
    try {
      await opened.page.getByRole("heading", { level: 1, name: "Membre introuvable" }).waitFor();
      await opened.page.getByRole("link", { name: "Retour à l'annuaire des membres" }).waitFor();
      await site().checkPage(opened, "public-membre-introuvable");
      const malformed = await site().open("/membres/pas-un-identifiant");
      try {
        await malformed.page.getByRole("heading", { level: 1, name: "Membre introuvable" }).waitFor();
      } finally {
        await malformed.close();
      }
    } finally {
      await opened.close();
    }
  });

  it("actions: the list by year and by kind, both in the URL", async () => {
    const opened = await site().open("/actions?annee=2008");
    try {
      const { page } = opened;
      await page.getByRole("heading", { level: 1, name: "Les actions aux Grésilles" }).waitFor();
      const list = results(page, "Actions trouvées");
      await list.getByRole("link", { name: THEATRE }).waitFor();
      await list.getByText("Du 15 mai 2008 au 5 juillet 2008").waitFor();
      expect(await page.getByLabel("Année", { exact: true }).inputValue()).toBe("2008");
      expect(await list.getByRole("link", { name: "La radio des habitants (exemple)" }).count()).toBe(0);
      await page.getByRole("status").filter({ hasText: "en 2008" }).waitFor();
      await site().checkPage(opened, "public-actions");

      await page.getByLabel("Année", { exact: true }).selectOption("");
      await page.getByLabel("Type d'action", { exact: true }).selectOption("MARKET_STUDY");
      await list.getByRole("link", { name: CAFE_STUDY }).waitFor();
      expect(await list.getByRole("link", { name: THEATRE }).count()).toBe(0);
      const url = new URL(page.url());
      expect(url.searchParams.get("type")).toBe("MARKET_STUDY");
      expect(url.searchParams.get("annee")).toBeNull();

      await page.getByLabel("Année", { exact: true }).selectOption("2007");
      await page.getByText("Aucune action ne correspond à ces critères").waitFor();
    } finally {
      await opened.close();
    }
  });

  it("actions: the list reads on with « Voir plus d'actions »", async () => {
    const opened = await site().open("/actions");
    try {
      const { page } = opened;
      const links = results(page, "Actions trouvées").getByRole("link");
      await links.first().waitFor();
      expect(await links.count()).toBe(10);
      const firstPage = await links.allInnerTexts();
      await page.getByRole("button", { name: "Voir plus d'actions" }).click();
      await moreThan(page, "Actions trouvées", 10);
      const more = (await links.allInnerTexts()).slice(10);
      for (const title of more) expect(firstPage).not.toContain(title);
    } finally {
      await opened.close();
    }
  });

  it("action page: dates, place, kind, figures, and the leading members with links to their pages", async () => {
    const opened = await site().open("/actions?annee=2008");
    try {
      const { page } = opened;
      await results(page, "Actions trouvées").getByRole("link", { name: THEATRE }).click();
      await page.getByRole("heading", { level: 1, name: THEATRE }).waitFor();
      await page.getByText("Du 15 mai 2008 au 5 juillet 2008").waitFor();
      await page.getByText("Actions culturelles et artistiques avec et pour les habitants").waitFor();
      await page.getByText("Esplanade Boutaric").first().waitFor();
      await page.locator(".figures li", { hasText: "habitants touchés" }).getByText("220").waitFor();
      await page.locator(".figures li", { hasText: "séances" }).getByText("8", { exact: true }).waitFor();
      await page.locator(".figures li", { hasText: "heures d'activité" }).getByText("24").waitFor();
      const leaders = page.locator("section", {
        has: page.getByRole("heading", { name: "Membres du Pôle qui mènent l'action" }),
      });
      await site().checkPage(opened, "public-action");
      await leaders.getByRole("link", { name: COMPAGNIE }).click();
      await page.getByRole("heading", { level: 1, name: COMPAGNIE }).waitFor();

      await page.goto(`${site().origin}/actions/00000000-0000-4000-8000-000000000000`);
      await page.getByRole("heading", { level: 1, name: "Action introuvable" }).waitFor();
    } finally {
      await opened.close();
    }
  });

  it("loads each public page's data in one GET to the gateway, which HTTP caches may keep", async () => {
    const ids = await fetch(site().gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `{
          members(first: 1) { edges { node { id } } }
          neighbourhoodActions(first: 1) { edges { node { id } } }
          participatoryProjects(first: 1) { edges { node { id } } }
          practices(first: 1) { edges { node { id } } }
        }`,
      }),
    }).then(
      (response) =>
        response.json() as Promise<{ data: Record<string, { edges: { node: { id: string } }[] }> }>,
    );
    const first = (list: string) => ids.data[list].edges[0].node.id;
    const paths = [
      "/",
      "/membres",
      `/membres/${first("members")}`,
      "/actions",
      `/actions/${first("neighbourhoodActions")}`,
      "/esplanade-boutaric",
      `/participation/${first("participatoryProjects")}`,
      "/pratiques",
      `/pratiques/${first("practices")}`,
    ];
    const counted: Record<string, string[]> = {};
    for (const path of paths) {
      // A fresh context, listened to before the page loads: nothing else of the site has run in it.
      const context = await site().browser.newContext({ locale: "fr-FR" });
      try {
        const page = await context.newPage();
        const requests: string[] = [];
        page.on("request", (request) => {
          if (request.url().startsWith(site().gatewayUrl)) {
            const operation = new URL(request.url()).searchParams.get("operationName");
            requests.push(`${request.method()} ${operation ?? "(posted)"}`);
          }
        });
        // Its first answer, then quiet: a loaded machine may start the query after « networkidle ».
        const answered = page.waitForResponse((response) => response.url().startsWith(site().gatewayUrl));
        await page.goto(`${site().origin}${path}`);
        await answered;
        await page.waitForLoadState("networkidle");
        await page.locator("h1").first().waitFor();
        counted[path] = requests;
      } finally {
        await context.close();
      }
    }
    // One operation per page, sent as GET (a repeat of it would still be the page's one query).
    for (const path of paths) {
      expect([path, [...new Set(counted[path])]]).toEqual([path, [expect.stringMatching(/^GET \w+$/)]]);
    }
  });
}
