import { tokenFor } from "@pole/subgraph-kit/testing";
import type { SiteUnderTest } from "../site-harness";

// Grand Dijon: a sample draft of its own, a transfer received, and Les Grésilles' published practices to adopt.
const TERRITORY = "Grand Dijon";
const GRESILLES_ID = "c1000000-0000-4000-8000-000000000003";
const LONG = {
  summary:
    "Un résumé de la pratique écrit pour le test du site : ce qu'elle est, pour qui, et ce qu'elle a permis d'obtenir sur le territoire.",
  challenge:
    "L'enjeu : des jeunes du territoire éloignés de l'emploi et des métiers culturels, faute de premiers contacts.",
  description:
    "Comment elle fonctionne : repérage par les acteurs de l'insertion, immersion de deux semaines chez un membre du Pôle, puis un parcours de formation court, suivi par un référent, avec un bilan partagé à la fin.",
  transferability:
    "Transférable à tout territoire qui réunit des entreprises culturelles et des acteurs de l'insertion volontaires.",
};

async function graph<T>(site: SiteUnderTest, token: string, query: string, variables: object): Promise<T> {
  const response = await fetch(site.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** The partner territory's area: overview, drafts submitted for review, transfers and adoptions. */
export function territoryArea(site: () => SiteUnderTest): void {
  it("asks an anonymous visitor to sign in, and tells a member the area is not theirs", async () => {
    const opened = await site().open("/territoire");
    try {
      await opened.page.getByRole("heading", { name: "Connexion requise" }).waitFor();
      await opened.page.getByRole("link", { name: "Se connecter" }).first().waitFor();
      await site().signIn(opened.page, "member", "Compagnie des Grésilles");
      await site().navigate(opened.page, "/territoire/brouillons");
      await opened.page.getByRole("heading", { name: "Accès réservé" }).waitFor();
    } finally {
      await opened.close();
    }
  });

  it("shows the territory's name and its practices by stage", async () => {
    const opened = await site().open("/connexion");
    try {
      await site().signIn(opened.page, "territory", TERRITORY);
      await site().navigate(opened.page, "/territoire");
      await opened.page
        .getByRole("heading", { level: 1, name: /Grand Dijon \(communauté d'agglomération/ })
        .waitFor();
      await opened.page.getByRole("heading", { name: "Brouillons" }).waitFor();
      await opened.page
        .getByRole("link", { name: "Parcours d'insertion par les métiers culturels et créatifs" })
        .waitFor();
      expect(await opened.page.getByRole("list", { name: "Pratiques par étape" }).textContent()).toMatch(
        /brouillons/,
      );
      await site().checkPage(opened, "territory-overview");
    } finally {
      await opened.close();
    }
  });

  it("creates a draft, shows the missing summary on its field, then submits it for review", async () => {
    const title = `Parcours culturel d'essai ${Date.now()}`;
    const opened = await site().open("/connexion");
    try {
      const { page } = opened;
      await site().signIn(page, "territory", TERRITORY);
      await site().navigate(page, "/territoire/brouillons");
      await page.getByRole("heading", { level: 1, name: "Mes brouillons de pratiques" }).waitFor();
      await page
        .getByRole("heading", { name: "Parcours d'insertion par les métiers culturels et créatifs" })
        .waitFor();
      await site().checkPage(opened, "territory-drafts");

      const form = page.getByRole("form", { name: "Nouvelle pratique" });
      await form.getByLabel("Titre (obligatoire)").fill(title);
      await form.getByRole("button", { name: "Créer le brouillon" }).click();
      const summary = form.getByLabel("Résumé (obligatoire)");
      await form.locator('textarea[aria-invalid="true"]').first().waitFor();
      expect(await summary.getAttribute("aria-invalid")).toBe("true");
      const describedBy = (await summary.getAttribute("aria-describedby"))!;
      const message = page.locator(`[id="${describedBy.split(" ").pop()}"]`);
      expect(await message.getAttribute("class")).toBe("field-error");
      expect((await message.textContent())!.length).toBeGreaterThan(0);

      await summary.fill(LONG.summary);
      await form.getByLabel("Enjeu").fill(LONG.challenge);
      await form.getByLabel("Description").fill(LONG.description);
      await form.getByLabel("Transférabilité").fill(LONG.transferability);
      await form.getByLabel("Mots-clés").fill("insertion, essai");
      await form.getByRole("button", { name: "Créer le brouillon" }).click();
      await form.getByRole("status").filter({ hasText: title }).waitFor();

      const card = page.locator("article", { has: page.getByRole("heading", { name: title }) });
      await card.waitFor();
      const practiceId = (await card.getAttribute("id"))!.replace("pratique-", "");
      await card.getByRole("button", { name: "Soumettre pour relecture" }).click();
      const inReview = page.locator("section", { has: page.getByRole("heading", { name: "En relecture" }) });
      await inReview.getByText(title).waitFor();
      expect(await inReview.getByText(title).textContent()).toContain(title);

      const staff = await tokenFor({ role: "staff" });
      const data = await graph<{ practice: { status: string; title: string } }>(
        site(),
        staff,
        "query ($id: ID!) { practice(id: $id) { status title } }",
        { id: practiceId },
      );
      expect(data.practice).toEqual({ status: "IN_REVIEW", title });
    } finally {
      await opened.close();
    }
  });

  it("lists the transfers received and records, updates and deletes an adoption of another territory's practice", async () => {
    const title = `Pratique à adopter ${Date.now()}`;
    const staff = await tokenFor({ role: "staff" });
    await graph(
      site(),
      staff,
      "mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id } } }",
      {
        input: {
          title,
          pillar: "KNOWLEDGE_SHARING",
          territoryId: GRESILLES_ID,
          status: "PUBLISHED",
          ...LONG,
        },
      },
    );
    const opened = await site().open("/connexion");
    try {
      const { page } = opened;
      await site().signIn(page, "territory", TERRITORY);
      await site().navigate(page, "/territoire/transferts");
      await page.getByRole("heading", { level: 1, name: "Transferts et adoptions" }).waitFor();
      await page.getByText("Présentation du modèle du Pôle aux élus du Grand Dijon").waitFor();
      await site().checkPage(opened, "territory-transfers");

      const form = page.getByRole("form", { name: "Adopter une pratique d'un autre territoire" });
      const select = form.getByLabel("Pratique publiée");
      const value = await select.locator("option", { hasText: title }).getAttribute("value");
      expect(await select.locator("option", { hasText: "Grand Dijon" }).count()).toBe(0);
      await select.selectOption(value!);
      await form.getByRole("button", { name: "Enregistrer l'adoption" }).click();
      await form.getByRole("status").filter({ hasText: title }).waitFor();

      const card = page.locator("li.card", { has: page.getByRole("link", { name: title }) });
      await card.waitFor();
      expect(await card.textContent()).toContain("Pratique de Les Grésilles, Dijon");
      await card.getByRole("combobox", { name: "Statut", exact: true }).selectOption("IN_PROGRESS");
      await card.getByRole("button", { name: "Enregistrer le statut" }).click();
      await card.getByRole("status").filter({ hasText: "en cours" }).waitFor();

      await card.getByRole("button", { name: "Supprimer" }).click();
      await card.getByRole("button", { name: "Oui, supprimer" }).click();
      await page.getByRole("link", { name: title }).waitFor({ state: "detached" });
    } finally {
      await opened.close();
    }
  });
}
