import type { Page } from "playwright-core";
import { tokenFor } from "@pole/subgraph-kit/testing";
import type { OpenPage, SiteUnderTest } from "../site-harness";

// Les Grésilles, a sample partner territory: the practices of these tests are written in its name.
const GRESILLES_ID = "c1000000-0000-4000-8000-000000000003";
const LONG = {
  summary:
    "Un résumé de la pratique écrit pour le test de l'espace équipe : ce qu'elle est, pour qui, et ce qu'elle a permis d'obtenir sur le territoire.",
  challenge:
    "L'enjeu : des habitants du quartier qui ne se croisent plus, faute de lieux et d'occasions partagés.",
  description:
    "Comment elle fonctionne : un atelier ouvert chaque semaine au pied des immeubles, animé par un membre du Pôle, où les habitants fabriquent ensemble des objets pour l'espace public, puis une fête de quartier.",
  transferability:
    "Transférable à tout quartier qui dispose d'un local en rez-de-chaussée et d'une structure culturelle volontaire.",
};

/** A GraphQL request to the gateway with a token; its data, or the test fails with the errors. */
async function graph<T>(
  site: SiteUnderTest,
  token: string,
  query: string,
  variables: object = {},
): Promise<T> {
  const response = await fetch(site.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A day in Dijon, `days` from today, as a LocalDate. */
function dayInDijon(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(date);
}

/** A participatory project with one phase open today (the sample ones are closed), made by staff. */
async function openProject(
  site: SiteUnderTest,
  title: string,
): Promise<{ projectId: string; phaseId: string }> {
  const staff = await tokenFor({ role: "staff" });
  const { createParticipatoryProject } = await graph<{
    createParticipatoryProject: { participatoryProject: { id: string } };
  }>(
    site,
    staff,
    "mutation ($input: CreateParticipatoryProjectInput!) { createParticipatoryProject(input: $input) { participatoryProject { id } } }",
    {
      input: {
        title,
        summary: "Un projet créé par le test de l'espace équipe, pour recueillir les idées des habitants.",
        startsOn: dayInDijon(-2),
        endsOn: dayInDijon(60),
        place: "Square des Grésilles (essai)",
      },
    },
  );
  const projectId = createParticipatoryProject.participatoryProject.id;
  const { createProjectPhase } = await graph<{ createProjectPhase: { projectPhase: { id: string } } }>(
    site,
    staff,
    "mutation ($input: CreateProjectPhaseInput!) { createProjectPhase(input: $input) { projectPhase { id isOpen } } }",
    {
      input: {
        projectId,
        title: "Idées des habitants",
        description: "Chacun propose une idée pour le square.",
        startsOn: dayInDijon(-1),
        endsOn: dayInDijon(30),
        acceptsContributions: true,
      },
    },
  );
  return { projectId, phaseId: createProjectPhase.projectPhase.id };
}

/** A practice of Les Grésilles, written and submitted for review by the territory itself. */
async function practiceInReview(site: SiteUnderTest, title: string): Promise<string> {
  const territory = await tokenFor({ role: "territory", territoryId: GRESILLES_ID });
  const { createPractice } = await graph<{ createPractice: { practice: { id: string } } }>(
    site,
    territory,
    "mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id } } }",
    { input: { title, pillar: "NEIGHBOURHOOD", territoryId: GRESILLES_ID, ...LONG } },
  );
  const id = createPractice.practice.id;
  await graph(
    site,
    territory,
    "mutation ($id: ID!) { submitPractice(input: { id: $id }) { practice { id status } } }",
    { id },
  );
  return id;
}

/** Signs in as staff (landing on /equipe) and follows a link of the back-office's navigation. */
async function staffGoTo(site: SiteUnderTest, opened: OpenPage, link?: string): Promise<Page> {
  const { page } = opened;
  await site.signIn(page, "staff");
  await page.getByRole("heading", { level: 1, name: "Espace de l'équipe du Pôle" }).waitFor();
  if (link) {
    await page.getByRole("navigation", { name: "Espace équipe" }).getByRole("link", { name: link }).click();
  }
  return page;
}

/** Follows an address inside the site, as its links do (the session lives in the tab's memory). */
async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate(
    `window.history.pushState(null, "", ${JSON.stringify(path)}); window.dispatchEvent(new PopStateEvent("popstate"));`,
  );
}

/** The Pôle team's back-office: moderation, practices in review, audit trails, and who may enter. */
export function staffArea(site: () => SiteUnderTest): void {
  it("asks an anonymous visitor to sign in, and tells a member the back-office is not theirs", async () => {
    const opened = await site().open("/equipe/moderation");
    try {
      const { page } = opened;
      await page.getByRole("heading", { level: 1, name: "Connexion requise" }).waitFor();
      await site().signIn(page, "member", "Compagnie des Grésilles");
      for (const path of ["/equipe", "/equipe/moderation", "/equipe/journal"]) {
        await goInApp(page, path);
        await page.getByRole("heading", { level: 1, name: "Accès réservé" }).waitFor();
        expect(await page.getByRole("navigation", { name: "Espace équipe" }).count()).toBe(0);
      }
      await site().checkPage(opened, "staff-acces-reserve");
    } finally {
      await opened.close();
    }
  });

  it("a contribution is submitted and appears after moderation; hiding asks for a reason", async () => {
    const stamp = Date.now();
    const projectTitle = `Square partagé ${stamp}`;
    const { projectId } = await openProject(site(), projectTitle);
    const displayName = `Voisine du square ${stamp % 100000}`;
    const body = `Des bancs à l'ombre et un coin pour les enfants, s'il vous plaît (essai ${stamp}).`;

    // An anonymous visitor contributes through the site's form.
    const visitor = await site().open(`/participation/${projectId}`);
    try {
      const { page } = visitor;
      await page.getByRole("heading", { level: 1, name: projectTitle }).waitFor();
      await page.getByLabel("Nom affiché").fill(displayName);
      await page.getByLabel("Votre contribution").fill(body);
      await page.getByRole("button", { name: "Envoyer ma contribution" }).click();
      await page.getByText(/Votre contribution a bien été reçue/).waitFor();
    } finally {
      await visitor.close();
    }

    // Not on the public page while it waits (a new context: nothing cached by the browser).
    const before = await site().open(`/participation/${projectId}`);
    try {
      await before.page.getByRole("heading", { level: 1, name: projectTitle }).waitFor();
      await before.page.getByRole("heading", { name: "Idées des habitants" }).first().waitFor();
      await before.page.waitForLoadState("networkidle");
      expect(await before.page.getByText(body).count()).toBe(0);
    } finally {
      await before.close();
    }

    const opened = await site().open("/connexion");
    try {
      const page = await staffGoTo(site(), opened);
      await page
        .getByText(/en attente de modération/)
        .first()
        .waitFor();
      await site().checkPage(opened, "staff-accueil");
      await page
        .getByRole("navigation", { name: "Espace équipe" })
        .getByRole("link", { name: "Modération" })
        .click();
      await page.getByRole("heading", { level: 1, name: "Modération des contributions" }).waitFor();
      const card = page.locator("article", { has: page.getByRole("heading", { name: displayName }) });
      await card.getByText(body).waitFor();
      expect(await page.getByLabel("Contributions affichées").inputValue()).toBe("PENDING");
      await site().checkPage(opened, "staff-moderation");

      // Hiding without a reason: refused, the message on the reason's field.
      await card.getByRole("button", { name: "Masquer" }).click();
      const reason = card.getByLabel("Motif du masquage (obligatoire pour masquer)");
      await card.locator('textarea[aria-invalid="true"]').waitFor();
      const describedBy = (await reason.getAttribute("aria-describedby"))!;
      const message = page.locator(`[id="${describedBy.split(" ").pop()}"]`);
      expect(await message.getAttribute("class")).toBe("field-error");
      expect((await message.textContent())!.trim().length).toBeGreaterThan(0);
      expect(await card.count()).toBe(1);

      // Published: it leaves the queue at once.
      await card.getByRole("button", { name: "Publier" }).click();
      await page
        .getByRole("status")
        .getByText(`La contribution de « ${displayName} » est publiée.`)
        .waitFor();
      await card.waitFor({ state: "detached" });
    } finally {
      await opened.close();
    }

    // The public page now shows it (a new context again).
    const after = await site().open(`/participation/${projectId}`);
    try {
      await after.page.getByText(body).waitFor();
      expect(await after.page.getByText(displayName).count()).toBeGreaterThan(0);
    } finally {
      await after.close();
    }
  });

  it("hides a published contribution with a reason, lists it among the hidden ones, and publishes it again", async () => {
    const staff = await tokenFor({ role: "staff" });
    // A sample project's published contribution (an old, closed phase): the oldest of its phase.
    const { participatoryProjects } = await graph<{
      participatoryProjects: {
        edges: {
          node: {
            phases: {
              id: string;
              contributions: { edges: { node: { id: string; displayName: string; body: string } }[] };
            }[];
          };
        }[];
      };
    }>(
      site(),
      staff,
      `{ participatoryProjects(first: 20) { edges { node { phases { id contributions(first: 1,
         filter: { status: PUBLISHED }, sort: { field: SUBMITTED_AT, direction: ASC }) {
         edges { node { id displayName body } } } } } } } }`,
    );
    const contribution = participatoryProjects.edges
      .flatMap((edge) => edge.node.phases)
      .flatMap((phase) => phase.contributions.edges.map((edge) => edge.node))[0];
    expect(contribution).toBeDefined();
    const reasonText = "Hors sujet pour cette phase (essai de modération).";

    const opened = await site().open("/connexion");
    try {
      const page = await staffGoTo(site(), opened, "Modération");
      await page.getByRole("heading", { level: 1, name: "Modération des contributions" }).waitFor();
      await page.getByLabel("Contributions affichées").selectOption("PUBLISHED");
      const card = page.locator(`article[id="c-${contribution.id}"]`);
      await card.waitFor();
      await card.getByLabel("Motif du masquage (obligatoire pour masquer)").fill(reasonText);
      await card.getByRole("button", { name: "Masquer" }).click();
      await page
        .getByRole("status")
        .getByText(`La contribution de « ${contribution.displayName} » est masquée.`)
        .waitFor();
      await card.waitFor({ state: "detached" });

      await page.getByLabel("Contributions affichées").selectOption("HIDDEN");
      await card.waitFor();
      await card.getByText(`Motif du masquage : ${reasonText}`).waitFor();
      await site().checkPage(opened, "staff-moderation-masquees");
      await card.getByRole("button", { name: "Publier" }).click();
      await card.waitFor({ state: "detached" });
    } finally {
      await opened.close();
    }
    const { contribution: now } = await graph<{ contribution: { status: string } }>(
      site(),
      staff,
      "query ($id: ID!) { contribution(id: $id) { status } }",
      { id: contribution.id },
    );
    expect(now.status).toBe("PUBLISHED");
  });

  it("staff publish a practice and it appears in the public search", async () => {
    const stamp = Date.now();
    const title = `Atelier kaléidoscope des voisins ${stamp}`;
    const practiceId = await practiceInReview(site(), title);

    // Not yet in the public library.
    const before = await site().open("/pratiques");
    try {
      const { page } = before;
      await page.getByLabel("Rechercher une pratique").pressSequentially("kaleidoscope", { delay: 30 });
      await page.waitForURL(/[?&]q=kaleidoscope(&|$)/);
      await page
        .getByText(/pratiques? trouvées?\.|Aucune pratique/)
        .first()
        .waitFor();
      await page.waitForLoadState("networkidle");
      expect(await page.getByRole("link", { name: title }).count()).toBe(0);
    } finally {
      await before.close();
    }

    const opened = await site().open("/connexion");
    try {
      const page = await staffGoTo(site(), opened, "Pratiques en relecture");
      await page.getByRole("heading", { level: 1, name: "Pratiques en relecture" }).waitFor();
      await page.getByRole("link", { name: title }).waitFor();
      await site().checkPage(opened, "staff-pratiques");
      await page.getByRole("link", { name: title }).click();
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      await page.getByText(LONG.description).waitFor();
      await site().checkPage(opened, "staff-pratique");
      await page.getByRole("button", { name: "Publier la pratique" }).click();
      await page.getByText("La pratique est publiée").waitFor();
      expect(await page.getByRole("button", { name: "Publier la pratique" }).count()).toBe(0);
      expect(await page.getByRole("link", { name: "Voir sa page publique" }).getAttribute("href")).toBe(
        `/pratiques/${practiceId}`,
      );
      // It has left the list of practices in review.
      await page.getByRole("link", { name: "Retour aux pratiques en relecture" }).click();
      await page.getByRole("heading", { level: 1, name: "Pratiques en relecture" }).waitFor();
      await page.waitForLoadState("networkidle");
      expect(await page.getByRole("link", { name: title }).count()).toBe(0);
    } finally {
      await opened.close();
    }

    // The public library's search as you type finds it now.
    const after = await site().open("/pratiques");
    try {
      const { page } = after;
      await page.getByLabel("Rechercher une pratique").pressSequentially("kaleidoscope", { delay: 30 });
      await page.getByRole("link", { name: title }).waitFor();
    } finally {
      await after.close();
    }
  });

  it("returns a practice to its territory with a comment", async () => {
    const title = `Chorale des escaliers ${Date.now()}`;
    const comment = "Précisez le nombre d'habitants touchés et le coût d'une saison.";
    const practiceId = await practiceInReview(site(), title);
    const opened = await site().open("/connexion");
    try {
      const page = await staffGoTo(site(), opened, "Pratiques en relecture");
      await page.getByRole("link", { name: title }).click();
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      await page.getByLabel("Commentaire pour le territoire").fill(comment);
      await page.getByRole("button", { name: "Renvoyer en brouillon" }).click();
      await page.getByText("La pratique est renvoyée en brouillon").waitFor();
      const comments = page.locator("section", {
        has: page.getByRole("heading", { name: "Commentaires de relecture" }),
      });
      await comments.getByText(comment).waitFor();
      expect(await page.getByRole("button", { name: "Publier la pratique" }).count()).toBe(0);
    } finally {
      await opened.close();
    }
    // The territory reads the comment on its draft.
    const territory = await tokenFor({ role: "territory", territoryId: GRESILLES_ID });
    const { practice } = await graph<{
      practice: { status: string; reviewComments: { authorRole: string; comment: string }[] };
    }>(
      site(),
      territory,
      "query ($id: ID!) { practice(id: $id) { status reviewComments { authorRole comment } } }",
      {
        id: practiceId,
      },
    );
    expect(practice.status).toBe("DRAFT");
    expect(practice.reviewComments).toEqual([{ authorRole: "staff", comment }]);
  });

  it("reads the audit trails by pillar, narrows them to one record and shows more, page after page", async () => {
    const stamp = Date.now();
    const { projectId } = await openProject(site(), `Projet du journal ${stamp}`);
    const staff = await tokenFor({ role: "staff" });
    // 21 changes of this project: more than a page (20) of its own trail.
    for (let i = 1; i <= 21; i++) {
      await graph(
        site(),
        staff,
        "mutation ($input: UpdateParticipatoryProjectInput!) { updateParticipatoryProject(input: $input) { participatoryProject { id } } }",
        { input: { id: projectId, summary: `Version ${i} du résumé du projet du journal.` } },
      );
    }
    const opened = await site().open("/connexion");
    try {
      const page = await staffGoTo(site(), opened, "Journal des modifications");
      await page.getByRole("heading", { level: 1, name: "Journal des modifications" }).waitFor();
      const neighbourhood = page.locator("section", {
        has: page.getByRole("heading", { name: /^Quartier/ }),
      });
      await neighbourhood.getByText("Modification d'un projet participatif").first().waitFor();
      for (const name of [/^Économie/, /^Savoirs/])
        await page.getByRole("heading", { level: 2, name }).waitFor();
      // French dates: « 7 décembre 2026 à 22:47 ».
      expect(await neighbourhood.locator("time").first().textContent()).toMatch(
        /^\d{1,2} [a-zéû]+ \d{4} à \d{2}:\d{2}$/,
      );
      await site().checkPage(opened, "staff-journal");

      await page.getByLabel("Pilier").selectOption("neighbourhood");
      await page.getByLabel("Identifiant de l'enregistrement (facultatif)").fill(projectId);
      await page.getByRole("button", { name: "Afficher" }).click();
      await page.waitForURL(/pilier=neighbourhood/);
      await page.getByText(/^22 modifications de l'enregistrement/).waitFor();
      expect(await page.getByRole("heading", { level: 2, name: /^Économie/ }).count()).toBe(0);
      const entries = page.locator(".audit-list li");
      expect(await entries.count()).toBe(20);
      for (const text of await entries.allTextContents()) expect(text).toContain(projectId);
      await page.getByRole("button", { name: "Voir plus" }).click();
      await page.getByText("Création d'un projet participatif").waitFor();
      expect(await entries.count()).toBe(22);
      expect(await page.getByRole("button", { name: "Voir plus" }).count()).toBe(0);
    } finally {
      await opened.close();
    }
  });

  it("keeps the other pillars' trails while the economic subgraph is down", async () => {
    // At least one entry in the neighbourhood's trail, whatever ran before.
    await openProject(site(), `Projet de la panne ${Date.now()}`);
    const opened = await site().open("/connexion");
    try {
      const page = await staffGoTo(site(), opened);
      await site().subgraphs.stopSubgraph("economic");
      await page
        .getByRole("navigation", { name: "Espace équipe" })
        .getByRole("link", { name: "Journal des modifications" })
        .click();
      const economic = page.locator("section", { has: page.getByRole("heading", { name: /^Économie/ }) });
      const neighbourhood = page.locator("section", {
        has: page.getByRole("heading", { name: /^Quartier/ }),
      });
      // The economic pillar says it is unavailable, in words (a partial answer or a failed request).
      const notice = economic.locator(".notice").first();
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/indisponible|ne répond pas/);
      await neighbourhood.locator(".audit-list li").first().waitFor();
      expect(await neighbourhood.locator(".notice").count()).toBe(0);
      const text = (await page.locator("main").textContent()) ?? "";
      expect(text).not.toMatch(/[{}]|"extensions"/);
      await site().checkPage(opened, "staff-journal-panne-economique");

      await page
        .getByRole("navigation", { name: "Espace équipe" })
        .getByRole("link", { name: "Vue d'ensemble" })
        .click();
      await page.getByText(/indisponible pour le moment/).waitFor();
      await page.getByRole("link", { name: "Ouvrir la file de modération" }).waitFor();
      await page.getByRole("link", { name: "Relire les pratiques" }).waitFor();
    } finally {
      await site().subgraphs.startSubgraph("economic");
      await opened.close();
    }
  });
}
