import { tokenFor } from "@pole/subgraph-kit/testing";
import type { SiteUnderTest } from "../site-harness";

// Sample practices (services/knowledge/src/sample-data/sample-practices.ts), published, which other areas
// only read: 1 « Résidences d'artistes avec les habitants » (members: Compagnie des Grésilles, Bureau
// d'accompagnement artistique; actions drawn from), 2 « Mutualisation de bureaux pour entreprises
// culturelles » (adopted by the Tilleuls in Chalon-sur-Saône; members: Atelier Boutaric Images, Bureau …).
const RESIDENCES = {
  id: "c2000000-0000-4000-8000-000000000001",
  title: "Résidences d'artistes avec les habitants",
};
const MUTUALISATION = {
  id: "c2000000-0000-4000-8000-000000000002",
  title: "Mutualisation de bureaux pour entreprises culturelles",
};
const RADIO = "Une radio de quartier animée par les habitants";
const ATELIER_BOUTARIC_IMAGES = {
  id: "a0000000-0000-4000-8000-000000000002",
  name: "Atelier Boutaric Images (exemple)",
};

const CHENOVE = { id: "c1000000-0000-4000-8000-000000000005", name: "Le Mail, Chenôve (exemple)" };

/** A GraphQL request to the gateway with a token; its data, or the test fails with the errors. */
async function graphql<T>(site: SiteUnderTest, token: string, query: string, variables: object): Promise<T> {
  const response = await fetch(site.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/** The practice library: its list, search as you type with highlighted words, the theme facet, a practice's page. */
export function practicesArea(site: () => SiteUnderTest): void {
  it("lists the published practices when the search box is empty", async () => {
    const opened = await site().open("/pratiques");
    try {
      const { page } = opened;
      await page.getByRole("heading", { level: 1, name: "Bonnes pratiques" }).waitFor();
      await page.getByRole("link", { name: RESIDENCES.title }).waitFor();
      await page.getByRole("link", { name: MUTUALISATION.title }).waitFor();
      await page.getByRole("link", { name: RADIO }).waitFor();
      // Drafts and practices in review are not in the public library.
      expect(await page.getByText("Parcours d'insertion par les métiers culturels et créatifs").count()).toBe(
        0,
      );
      await page.getByText(/\d+ pratiques? dans la bibliothèque\./).waitFor();
      await site().checkPage(opened, "pratiques-bibliotheque");
    } finally {
      await opened.close();
    }
  });

  it("searches as you type, without accents, highlights the word found and keeps the text in the address", async () => {
    const opened = await site().open("/pratiques");
    try {
      const { page } = opened;
      const box = page.getByLabel("Rechercher une pratique");
      await box.pressSequentially("residence", { delay: 40 });
      await page.waitForURL(/[?&]q=residence(&|$)/);
      const card = page
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: RESIDENCES.title }) });
      // The search's results, not the list shown before: wait for their count, then for a marked word.
      await page.getByText(/pratiques? trouvées?\./).waitFor();
      await card.locator("mark").first().waitFor();
      const marks = await card.locator("mark").allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^r[ée]sidence/);
      // Practices without the word are gone.
      await page.getByRole("link", { name: RADIO }).waitFor({ state: "detached" });
      await page.getByText(/pratiques? trouvées?\./).waitFor();
      await site().checkPage(opened, "pratiques-recherche");

      // The address holds the search: opened again, the page shows the same results, box filled.
      const again = await site().open(`/pratiques?q=${encodeURIComponent("mutualisation")}`);
      try {
        await again.page.getByRole("link", { name: MUTUALISATION.title }).waitFor();
        expect(await again.page.getByLabel("Rechercher une pratique").inputValue()).toBe("mutualisation");
        expect((await again.page.locator("mark").first().textContent())?.toLowerCase()).toMatch(/^mutualis/);
      } finally {
        await again.close();
      }

      // Emptying the box brings back the list of published practices.
      await box.fill("");
      await page.getByRole("link", { name: RADIO }).waitFor();
      await page.waitForURL((url) => !url.searchParams.has("q"));
    } finally {
      await opened.close();
    }
  });

  it("narrows the list with a theme of the facet, which shows how many practices carry it", async () => {
    const opened = await site().open("/pratiques");
    try {
      const { page } = opened;
      const facet = page.getByRole("combobox", { name: "Thème" });
      await page.getByRole("link", { name: RESIDENCES.title }).waitFor();
      const option = facet.locator("option", { hasText: /^mutualisation \(\d+\)$/ });
      expect(await option.count()).toBe(1);
      await facet.selectOption("mutualisation");
      await page.waitForURL(/[?&]theme=mutualisation/);
      await page.getByText("pour le thème « mutualisation »").waitFor();
      await page.getByRole("link", { name: MUTUALISATION.title }).waitFor();
      await page.getByRole("link", { name: RESIDENCES.title }).waitFor({ state: "detached" });
      expect(await page.getByRole("link", { name: RADIO }).count()).toBe(0);

      // The facet applies to a search too: « habitants » within « participation des habitants ».
      await facet.selectOption("participation des habitants");
      await page.getByLabel("Rechercher une pratique").fill("radio");
      await page.waitForURL(/[?&]q=radio(&|$)/);
      await page.getByText(/pratiques? trouvées? pour le thème « participation des habitants »/).waitFor();
      await page.getByRole("link", { name: RADIO }).waitFor();
      expect(await page.getByRole("link", { name: RESIDENCES.title }).count()).toBe(0);
    } finally {
      await opened.close();
    }
  });

  it("shows more practices, page after page, as a territory reading its own drafts with a theme", async () => {
    // Only 4 sample practices are published: the territory's own drafts (listed to it, to nobody else) make
    // more than a page. Withdrawn again at the end (withdrawn before publication, they stay invisible).
    const token = await tokenFor({ role: "territory", territoryId: CHENOVE.id });
    const theme = `pagination ${Date.now()}`;
    const ids: string[] = [];
    for (let n = 1; n <= 12; n++) {
      const data = await graphql<{ createPractice: { practice: { id: string } } }>(
        site(),
        token,
        "mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id } } }",
        {
          input: {
            title: `Brouillon de pagination n° ${String(n).padStart(2, "0")} (${theme})`,
            summary: "Un brouillon créé par les tests de la bibliothèque des pratiques.",
            pillar: "KNOWLEDGE_SHARING",
            themes: [theme],
          },
        },
      );
      ids.push(data.createPractice.practice.id);
    }
    const opened = await site().open("/connexion");
    try {
      const { page } = opened;
      await site().signIn(page, "territory", CHENOVE.name);
      await site().navigate(page, `/pratiques?theme=${encodeURIComponent(theme)}`);
      await page.getByText(`12 pratiques dans la bibliothèque pour le thème « ${theme} »`).waitFor();
      const cards = page.locator(".practice-results > li");
      await page.getByText("10 sur 12").waitFor();
      expect(await cards.count()).toBe(10);
      await cards
        .first()
        .getByText(/Brouillon$/)
        .waitFor();
      await page.getByRole("button", { name: "Afficher plus de pratiques" }).click();
      await page
        .getByRole("link", { name: new RegExp(`n° \\d\\d \\(${theme}\\)`) })
        .nth(11)
        .waitFor();
      expect(await cards.count()).toBe(12);
      const titles = await cards.getByRole("heading").allTextContents();
      expect(new Set(titles).size).toBe(12);
      expect(await page.getByRole("button", { name: "Afficher plus de pratiques" }).count()).toBe(0);
    } finally {
      await opened.close();
      for (const id of ids) {
        await graphql(
          site(),
          token,
          "mutation ($input: WithdrawPracticeInput!) { withdrawPractice(input: $input) { practice { id } } }",
          { input: { id, reason: "Brouillon de test de la pagination." } },
        );
      }
    }
  });

  it("shows a practice's page: content, licence and how to cite it, adoptions, members, open data", async () => {
    const opened = await site().open(`/pratiques/${MUTUALISATION.id}`);
    try {
      const { page } = opened;
      await page.getByRole("heading", { level: 1, name: MUTUALISATION.title }).waitFor();
      await page.getByText("Les Grésilles, Dijon").first().waitFor();
      await page.getByRole("heading", { name: "Le défi" }).waitFor();
      await page.getByRole("heading", { name: "Résultats" }).waitFor();
      // The licence, named and linked, and the citation with the practice's URI.
      const licence = page.getByRole("link", {
        name: "Creative Commons Attribution – Partage dans les mêmes conditions 4.0 International",
      });
      expect(await licence.first().getAttribute("href")).toBe(
        "https://creativecommons.org/licenses/by-sa/4.0/deed.fr",
      );
      const uri = `${new URL(site().gatewayUrl).origin}/open-data/practices/${MUTUALISATION.id}.jsonld`;
      await page.getByText(`« ${MUTUALISATION.title} », Les Grésilles, Dijon,`).waitFor();
      expect(await page.locator(".citation").textContent()).toContain(uri);
      // Its adoption by the Tilleuls, with the status in words.
      const adoptions = page.locator("section", {
        has: page.getByRole("heading", { name: "Adoptions par d'autres territoires" }),
      });
      await adoptions
        .getByRole("heading", { name: "Quartier des Tilleuls, Chalon-sur-Saône (exemple)" })
        .waitFor();
      await adoptions.getByText(/commencée le 3 juin 2013, terminée le 28 novembre 2013/).waitFor();
      // The members who contributed link to their pages.
      const member = page.getByRole("link", { name: ATELIER_BOUTARIC_IMAGES.name });
      expect(await member.getAttribute("href")).toBe(`/membres/${ATELIER_BOUTARIC_IMAGES.id}`);
      // The open-data link is the JSON-LD document, which the gateway serves.
      const openData = page.getByRole("link", { name: "Données ouvertes de cette pratique (JSON-LD)" });
      expect(await openData.getAttribute("href")).toBe(uri);
      const document = await fetch(uri);
      expect(document.status).toBe(200);
      expect(JSON.stringify(await document.json())).toContain(MUTUALISATION.title);
      await site().checkPage(opened, "pratiques-fiche");
    } finally {
      await opened.close();
    }
  });

  it("shows the actions a practice was drawn from, at 375 px too", async () => {
    const opened = await site().open(`/pratiques/${RESIDENCES.id}`, { width: 375 });
    try {
      const { page } = opened;
      await page.getByRole("heading", { level: 1, name: RESIDENCES.title }).waitFor();
      const actions = page.locator("section", {
        has: page.getByRole("heading", { name: "Actions du quartier d'où elle vient" }),
      });
      expect(await actions.getByRole("link").count()).toBe(2);
      await page.getByRole("link", { name: "Compagnie des Grésilles (exemple)" }).waitFor();
      await page.getByText("Aucun territoire n'a encore adopté cette pratique.").waitFor();
    } finally {
      await opened.close();
    }
  });

  it("answers « Pratique introuvable » for an unknown practice, an unpublished one and a malformed address", async () => {
    const draft = "c2000000-0000-4000-8000-000000000004";
    for (const id of ["c2000000-0000-4000-8000-00000000ffff", draft, "pas-un-identifiant"]) {
      const opened = await site().open(`/pratiques/${id}`);
      try {
        await opened.page.getByRole("heading", { level: 1, name: "Pratique introuvable" }).waitFor();
        expect(opened.problems).toEqual([]);
      } finally {
        await opened.close();
      }
    }
  });
}

/**
 * The economic subgraph stopped: the practice library and a practice's page still show the knowledge
 * subgraph's data, a notice in place of the contributing members; the member page says in words that it
 * cannot be shown. The subgraph is started again whatever happens, so nothing after breaks.
 */
export function outageArea(site: () => SiteUnderTest): void {
  it("keeps the practice library and a practice's page up while the economic subgraph is down", async () => {
    await site().subgraphs.stopSubgraph("economic");
    try {
      const library = await site().open("/pratiques");
      try {
        const { page } = library;
        await page.getByRole("link", { name: RESIDENCES.title }).waitFor();
        await page.getByRole("link", { name: MUTUALISATION.title }).waitFor();
        expect(await page.getByRole("alert").count()).toBe(0);
        await page.getByLabel("Rechercher une pratique").pressSequentially("radio", { delay: 30 });
        await page.getByRole("link", { name: RADIO }).waitFor();
        await page
          .locator("mark", { hasText: /^radio$/i })
          .first()
          .waitFor();
      } finally {
        await library.close();
      }

      const practice = await site().open(`/pratiques/${RESIDENCES.id}`);
      try {
        const { page } = practice;
        await page.getByRole("heading", { level: 1, name: RESIDENCES.title }).waitFor();
        await page.getByRole("heading", { name: "Ce qui a été fait" }).waitFor();
        await page.getByText(/Chaque résidence dure de trois à six semaines/).waitFor();
        await page
          .getByRole("link", { name: /Creative Commons/ })
          .first()
          .waitFor();
        const members = page.locator("section", {
          has: page.getByRole("heading", { name: "Membres du Pôle qui y ont contribué" }),
        });
        await members.getByText(/Cette partie n'a pas pu être chargée/).waitFor();
        expect(await members.getByRole("link").count()).toBe(0);
        // The neighbourhood subgraph still answers: the actions stay.
        const actions = page.locator("section", {
          has: page.getByRole("heading", { name: "Actions du quartier d'où elle vient" }),
        });
        expect(await actions.getByRole("link").count()).toBe(2);
        const text = (await page.locator("main").textContent()) ?? "";
        expect(text).not.toMatch(/[{}]|"extensions"|"path"/);
        await site().checkPage(practice, "pratiques-fiche-panne-economique");
      } finally {
        await practice.close();
      }

      const member = await site().open(`/membres/${ATELIER_BOUTARIC_IMAGES.id}`);
      try {
        const { page } = member;
        // The member itself comes from the economic subgraph: the page says it cannot be shown, in words.
        await page.locator('[role="alert"], .notice').first().waitFor();
        const text = (await page.locator("main").textContent()) ?? "";
        expect(text).not.toMatch(/[{}]|"extensions"/);
        expect(text).not.toContain(ATELIER_BOUTARIC_IMAGES.name);
      } finally {
        await member.close();
      }
    } finally {
      await site().subgraphs.startSubgraph("economic");
    }
  });

  it("keeps the home page and a member's page, less their actions, while the neighbourhood subgraph is down", async () => {
    await site().subgraphs.stopSubgraph("neighbourhood");
    try {
      const home = await site().open("/");
      try {
        const { page } = home;
        const actions = page.locator("section", {
          has: page.getByRole("heading", { name: "Dernières actions aux Grésilles" }),
        });
        await actions.getByText(/n'a pas pu être chargée/).waitFor();
        expect(await actions.getByRole("link").count()).toBe(0);
        const practices = page.locator("section", {
          has: page.getByRole("heading", { name: "Dernières bonnes pratiques publiées" }),
        });
        expect(await practices.getByRole("link").count()).toBeGreaterThan(0);
        await page.getByRole("heading", { name: "Développement économique" }).waitFor();
        expect((await page.locator("main").textContent()) ?? "").not.toMatch(/[{}]|"extensions"/);
        await site().checkPage(home, "public-accueil-panne-quartier");
      } finally {
        await home.close();
      }

      const member = await site().open(`/membres/${ATELIER_BOUTARIC_IMAGES.id}`);
      try {
        const { page } = member;
        await page.getByRole("heading", { level: 1, name: ATELIER_BOUTARIC_IMAGES.name }).waitFor();
        const actions = page.locator("section", {
          has: page.getByRole("heading", { name: "Actions menées aux Grésilles" }),
        });
        await actions.getByText(/n'a pas pu être chargée/).waitFor();
        await page.getByRole("heading", { name: "Bonnes pratiques partagées" }).waitFor();
        expect((await page.locator("main").textContent()) ?? "").not.toMatch(/[{}]|"extensions"/);
        await site().checkPage(member, "public-membre-panne-quartier");
      } finally {
        await member.close();
      }
    } finally {
      await site().subgraphs.startSubgraph("neighbourhood");
    }
  });
}
