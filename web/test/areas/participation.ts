import { randomInt } from "node:crypto";
import { tokenFor } from "@pole/subgraph-kit/testing";
import type { Page } from "playwright-core";
import type { SiteUnderTest } from "../site-harness";

// « Réenchantez l'Esplanade Boutaric » (sample data): four phases, all closed (2010–2013).
const ESPLANADE = "Réenchantez l'Esplanade Boutaric";
// The subgraph-kit's headers (subgraph-server.ts): the gateway's secret, and the client address it reports.
const SUBGRAPH_SECRET_HEADER = "x-pole-subgraph-secret";
const CLIENT_IP_HEADER = "x-pole-client-ip";

interface GraphAnswer<T> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

async function post<T>(url: string, headers: Record<string, string>, query: string, variables: object) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": "fr", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphAnswer<T>;
}

/** As the staff, through the gateway; fails the test on any error. */
async function asStaff<T>(site: SiteUnderTest, query: string, variables: object): Promise<T> {
  const body = await post<T>(
    site.gatewayUrl,
    { authorization: `Bearer ${await tokenFor({ role: "staff" })}` },
    query,
    variables,
  );
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** A LocalDate `offset` days from today (UTC; the phases below leave a margin of a day each side). */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A new project (staff, through the gateway) with these phases; its id and its phases' ids. */
async function createProject(
  site: SiteUnderTest,
  title: string,
  phases: { title: string; startsOn: string; endsOn: string }[],
): Promise<{ projectId: string; phaseIds: string[] }> {
  const created = await asStaff<{ createParticipatoryProject: { participatoryProject: { id: string } } }>(
    site,
    `mutation ParticipationTestProject($input: CreateParticipatoryProjectInput!) {
      createParticipatoryProject(input: $input) { participatoryProject { id } } }`,
    {
      input: {
        title,
        summary: "Un projet participatif créé pour les tests du site.",
        startsOn: day(-60),
        place: "Square des essais",
      },
    },
  );
  const projectId = created.createParticipatoryProject.participatoryProject.id;
  const phaseIds: string[] = [];
  for (const phase of phases) {
    const data = await asStaff<{ createProjectPhase: { projectPhase: { id: string } } }>(
      site,
      `mutation ParticipationTestPhase($input: CreateProjectPhaseInput!) {
        createProjectPhase(input: $input) { projectPhase { id } } }`,
      { input: { projectId, description: `Ce qui se passe pendant « ${phase.title} ».`, ...phase } },
    );
    phaseIds.push(data.createProjectPhase.projectPhase.id);
  }
  return { projectId, phaseIds };
}

const SUBMIT = `mutation ParticipationTestSubmit($input: SubmitContributionInput!) {
  submitContribution(input: $input) { contribution { id } } }`;

/**
 * One submission straight to the neighbourhood subgraph, as the gateway would send it for a client at
 * `clientIp` (a TEST-NET address, not the browser's 127.0.0.1): set-up data that leaves the browser's
 * own limit of 5 submissions an hour untouched.
 */
function submitFrom(site: SiteUnderTest, clientIp: string, phaseId: string, displayName: string) {
  const { url, secret } = site.subgraphs.routes.neighbourhood;
  return post<{ submitContribution: { contribution: { id: string } } | null }>(
    url,
    { [SUBGRAPH_SECRET_HEADER]: secret, [CLIENT_IP_HEADER]: clientIp },
    SUBMIT,
    {
      input: { phaseId, displayName, body: `L'idée de ${displayName} pour le square : des bancs à l'ombre.` },
    },
  );
}

/** A random address of a documentation network (TEST-NET-1, -2 or -3: 192.0.2, 198.51.100, 203.0.113). */
const testNetAddress = (network: "192.0.2" | "198.51.100" | "203.0.113") => `${network}.${randomInt(1, 255)}`;

/** The error of the contribution form's field `label` (aria-describedby → .field-error), its text. */
async function fieldErrorOf(page: Page, label: string): Promise<string> {
  const field = page.getByLabel(label, { exact: true });
  expect(await field.getAttribute("aria-invalid")).toBe("true");
  const ids = (await field.getAttribute("aria-describedby"))!.split(" ");
  const message = page.locator(`[id="${ids[ids.length - 1]}"]`);
  expect(await message.getAttribute("class")).toBe("field-error");
  return (await message.textContent())!;
}

/** « Réenchantez l'Esplanade Boutaric » and any participatory project: phases, contributions, the form. */
export function participationArea(site: () => SiteUnderTest): void {
  // One project with a closed phase and an open one, shared by the tests below (created once).
  let openProject: Promise<{ projectId: string; openPhaseId: string; title: string }> | undefined;
  const theOpenProject = () =>
    (openProject ??= (async () => {
      const title = `Le square des essais ${Date.now()}`;
      const { projectId, phaseIds } = await createProject(site(), title, [
        { title: "Premier diagnostic", startsOn: day(-50), endsOn: day(-20) },
        { title: "Idées pour le square", startsOn: day(-2), endsOn: day(30) },
      ]);
      return { projectId, openPhaseId: phaseIds[1], title };
    })());

  it("shows the Esplanade Boutaric: its phases, published contributions with their votes, results and milestones", async () => {
    const opened = await site().open("/esplanade-boutaric");
    try {
      const { page } = opened;
      await page.getByRole("heading", { level: 1, name: ESPLANADE }).waitFor();
      const phases = page.locator("ol.phases > li");
      await phases.first().waitFor();
      expect(await page.title()).toContain(ESPLANADE);
      // Every section came (the project read in full used to pass the gateway's cost limit).
      expect(await page.locator(".notice-error").count()).toBe(0);
      expect(await phases.locator("h3").allTextContents()).toEqual([
        "Diagnostic partagé",
        "Imaginer l'esplanade",
        "Chantier artistique",
        "Inauguration et bilan",
      ]);
      // All of them are over (2010–2013): none is highlighted as the current one.
      expect(await page.locator('[aria-current="step"]').count()).toBe(0);
      expect(await phases.first().textContent()).toContain("Terminée");

      const imagine = page.locator("article", {
        has: page.getByRole("heading", { name: "Imaginer l'esplanade" }),
      });
      // Four published contributions; the hidden one (an advertisement) is not shown.
      await imagine.getByRole("heading", { name: "Contributions publiées (4)" }).waitFor();
      expect(await imagine.locator("li.contribution").count()).toBe(4);
      const mamans = imagine.locator("li.contribution", { hasText: "Les mamans du square" });
      expect(await mamans.textContent()).toContain("Des jeux peints au sol");
      expect(await mamans.locator(".votes").textContent()).toBe("32 votes");
      expect(await page.getByText("Un passant pressé").count()).toBe(0);
      // Closed phases: nobody votes any more, and four contributions fit on one page.
      expect(await page.getByRole("button", { name: /^Voter/ }).count()).toBe(0);
      expect(await page.getByRole("button", { name: "Voir plus de contributions" }).count()).toBe(0);
      expect(await page.getByRole("button", { name: "Envoyer ma contribution" }).count()).toBe(0);
      await page.getByText("Aucune phase n'est ouverte aux contributions en ce moment").waitFor();

      const results = page.locator("section", {
        has: page.getByRole("heading", { name: "Résultats et étapes" }),
      });
      const benches = results.locator("article", {
        has: page.getByRole("heading", { name: "Des bancs et des jeux peints sur l'esplanade" }),
      });
      await benches.waitFor();
      expect(await benches.locator("ol.milestones li").allTextContents()).toEqual([
        "18 juin 2011 : Vote des habitants sur les maquettes",
        "2 avril 2012 : Début du chantier artistique",
        "13 octobre 2012 : Bancs et jeux installés",
      ]);
      await benches.getByRole("progressbar").waitFor();
      await site().checkPage(opened, "participation-esplanade");
    } finally {
      await opened.close();
    }
  });

  it("highlights the open phase, shows the form's rules before sending, and puts the server's field errors on their fields, the text kept", async () => {
    const { projectId, title } = await theOpenProject();
    const opened = await site().open(`/participation/${projectId}`);
    try {
      const { page } = opened;
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      const current = page.locator('[aria-current="step"]');
      expect(await current.locator("h3").allTextContents()).toEqual(["Idées pour le square"]);
      expect(await current.textContent()).toContain("En cours");
      expect(await current.textContent()).toContain("ouverte aux contributions");

      const form = page.getByRole("form", { name: "Contribuer à la phase « Idées pour le square »" });
      await form.waitFor();
      // The rules, before anything is sent.
      const rules = await form.locator(".notice").first().textContent();
      expect(rules).toContain("de 2 à 60 caractères");
      expect(rules).toContain("de 10 à 2000 caractères");
      expect(rules).toContain("ni adresse e-mail ni numéro de téléphone");
      expect(rules).toContain("relue par l'équipe du Pôle avant d'être publiée");
      expect(await form.getByLabel("Nom affiché").getAttribute("aria-invalid")).toBeNull();
      await site().checkPage(opened, "participation-project");

      // Empty: both fields are refused by the server (BAD_USER_INPUT, extensions.fieldErrors).
      await form.getByRole("button", { name: "Envoyer ma contribution" }).click();
      await form.locator('[aria-invalid="true"]').nth(1).waitFor();
      expect(await fieldErrorOf(page, "Nom affiché")).toMatch(/^Nom affiché : .+/);
      expect(await fieldErrorOf(page, "Votre contribution")).toMatch(/^Texte : .+/);
      expect(await form.getByRole("alert").textContent()).toBe(
        "La contribution n'a pas été envoyée : corrigez les champs signalés.",
      );

      // Too long: the text's field only, and the text stays in the form to be shortened.
      const tooLong = "Des bancs à l'ombre et des jeux pour les petits. ".repeat(41).trim();
      expect([...tooLong].length).toBeGreaterThan(2000);
      await form.getByLabel("Nom affiché").fill("Voisine du square");
      await form.getByLabel("Votre contribution").fill(tooLong);
      await form.getByRole("button", { name: "Envoyer ma contribution" }).click();
      // The answer is in once the name is no longer refused while the text still is.
      await form.locator('input[name="displayName"]:not([aria-invalid])').waitFor();
      await form.locator('textarea[aria-invalid="true"]').waitFor();
      expect(await form.getByLabel("Nom affiché").getAttribute("aria-invalid")).toBeNull();
      expect(await fieldErrorOf(page, "Votre contribution")).toMatch(/^Texte : .*2000/);
      expect(await form.getByLabel("Votre contribution").inputValue()).toBe(tooLong);
      expect(await form.getByLabel("Nom affiché").inputValue()).toBe("Voisine du square");
      expect(await form.textContent()).toContain(`${[...tooLong].length} caractères sur 2000`);
      await site().checkPage(opened, "participation-form-errors");
    } finally {
      await opened.close();
    }
  });

  it("sends a valid contribution: it awaits moderation and stays out of the public list", async () => {
    const { projectId, openPhaseId } = await theOpenProject();
    const body = `Une fontaine à eau près des jeux, pour l'été (test ${Date.now()}).`;
    const opened = await site().open(`/participation/${projectId}`);
    try {
      const { page } = opened;
      const form = page.getByRole("form", { name: "Contribuer à la phase « Idées pour le square »" });
      await form.getByLabel("Nom affiché").fill("Habitante du 3e");
      await form.getByLabel("Votre contribution").fill(body);
      // One of the two real submissions this area makes from 127.0.0.1.
      await form.getByRole("button", { name: "Envoyer ma contribution" }).click();
      await form
        .getByRole("status")
        .filter({ hasText: "elle sera publiée après sa relecture par l'équipe du Pôle" })
        .waitFor();
      expect(await form.getByLabel("Votre contribution").inputValue()).toBe("");
      expect(await page.getByText(body).count()).toBe(0);
    } finally {
      await opened.close();
    }

    // The staff sees it waiting; the public page, read afresh, does not show it.
    const staffView = await asStaff<{
      projectPhase: {
        contributionCounts: { pending: number };
        contributions: { edges: { node: { body: string; status: string } }[] };
      };
    }>(
      site(),
      `query ParticipationTestPending($id: ID!) { projectPhase(id: $id) {
        contributionCounts { pending }
        contributions(first: 50, filter: { status: PENDING }) { edges { node { body status } } } } }`,
      { id: openPhaseId },
    );
    expect(staffView.projectPhase.contributions.edges.map(({ node }) => node)).toContainEqual({
      body,
      status: "PENDING",
    });
    const again = await site().open(`/participation/${projectId}`);
    try {
      const ideas = again.page.locator("article", {
        has: again.page.getByRole("heading", { name: "Idées pour le square" }),
      });
      await ideas.getByRole("heading", { name: /^Contributions publiées/ }).waitFor();
      expect(await again.page.getByText(body).count()).toBe(0);
    } finally {
      await again.close();
    }
  });

  it("pages the published contributions with « Voir plus de contributions », and counts a vote", async () => {
    const { projectId, openPhaseId } = await theOpenProject();
    // Six contributions sent from two other addresses (5 each at most), published by the staff.
    const names = Array.from({ length: 6 }, (_, n) => `Voisin n°${n + 1} du square`);
    const addresses = [testNetAddress("198.51.100"), testNetAddress("203.0.113")];
    for (const [n, name] of names.entries()) {
      const sent = await submitFrom(site(), addresses[n < 5 ? 0 : 1], openPhaseId, name);
      expect(sent.errors).toBeUndefined();
      await asStaff(
        site(),
        `mutation ParticipationTestPublish($input: ModerateContributionInput!) {
          moderateContribution(input: $input) { contribution { id status } } }`,
        { input: { contributionId: sent.data!.submitContribution!.contribution.id, status: "PUBLISHED" } },
      );
    }
    const opened = await site().open(`/participation/${projectId}`);
    try {
      const { page } = opened;
      const ideas = page.locator("article", {
        has: page.getByRole("heading", { name: "Idées pour le square" }),
      });
      await ideas.getByRole("heading", { name: "Contributions publiées (6)" }).waitFor();
      const items = ideas.locator("li.contribution");
      expect(await items.count()).toBe(5);
      await ideas.getByRole("button", { name: "Voir plus de contributions" }).click();
      await items.nth(5).waitFor();
      expect(await items.count()).toBe(6);
      const shown = await items.locator("p.muted").allTextContents();
      for (const name of names) expect(shown.filter((line) => line.includes(name))).toHaveLength(1);
      await ideas.getByRole("button", { name: "Voir plus de contributions" }).waitFor({ state: "detached" });

      // An open phase takes votes: the count goes up by one, and a second vote is refused.
      const first = items.filter({ hasText: names[0] });
      expect(await first.locator(".votes span").textContent()).toBe("0 vote");
      await first.getByRole("button", { name: `Voter pour la contribution de ${names[0]}` }).click();
      await first.getByRole("status").filter({ hasText: "Merci, votre vote est compté." }).waitFor();
      expect(await first.locator(".votes span").textContent()).toBe("1 vote");
      const done = first.getByRole("button", { name: `Vote enregistré pour la contribution de ${names[0]}` });
      expect(await done.isDisabled()).toBe(true);
      await site().checkPage(opened, "participation-more-contributions");
    } finally {
      await opened.close();
    }
  });

  it("says how long to wait when the connection sent too many contributions, the text kept", async () => {
    const { projectId, openPhaseId } = await theOpenProject();
    // The real refusal, from an address of its own that has used up its five submissions: the 6th.
    const address = testNetAddress("192.0.2");
    for (let n = 0; n < 5; n += 1) {
      expect(
        (await submitFrom(site(), address, openPhaseId, `Voisine pressée ${n + 1}`)).errors,
      ).toBeUndefined();
    }
    const refused = await submitFrom(site(), address, openPhaseId, "Voisine pressée 6");
    const [error] = refused.errors!;
    expect(error.extensions).toEqual(
      expect.objectContaining({ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) }),
    );
    const seconds = error.extensions!.retryAfterSeconds as number;

    const opened = await site().open(`/participation/${projectId}`);
    try {
      const { page } = opened;
      // FAKED ANSWER: the browser's own submission is answered here, not by the gateway, with the subgraph's
      // real RATE_LIMITED error above as the gateway passes it on (data null, the error on the mutation's
      // field, code, retryAfterSeconds and retryAt): really exhausting 127.0.0.1's limit would block the
      // other areas' submissions for an hour. Queries go as GET and are not touched.
      let faked = 0;
      await page.route(site().gatewayUrl, async (route) => {
        const request = route.request();
        if (request.method() !== "POST" || !request.postData()?.includes("SubmitContribution")) {
          return route.fallback();
        }
        faked += 1;
        await route.fulfill({
          status: 200,
          headers: {
            "content-type": "application/graphql-response+json; charset=utf-8",
            "access-control-allow-origin": site().origin,
            "access-control-allow-credentials": "true",
            vary: "Origin",
          },
          body: JSON.stringify({
            errors: [{ message: error.message, path: ["submitContribution"], extensions: error.extensions }],
            data: { submitContribution: null },
          }),
        });
      });
      const form = page.getByRole("form", { name: "Contribuer à la phase « Idées pour le square »" });
      const body = "Des tables de pique-nique sous les arbres, pour les familles du quartier.";
      await form.getByLabel("Nom affiché").fill("Voisine pressée");
      await form.getByLabel("Votre contribution").fill(body);
      await form.getByRole("button", { name: "Envoyer ma contribution" }).click();
      const alert = form.getByRole("alert");
      await alert.waitFor();
      const minutes = Math.ceil(seconds / 60);
      expect(await alert.textContent()).toBe(
        `Vous avez envoyé beaucoup de contributions depuis cette connexion : réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}. Votre texte est gardé ci-dessous.`,
      );
      expect(faked).toBe(1);
      expect(await form.getByLabel("Votre contribution").inputValue()).toBe(body);
      expect(await form.getByLabel("Nom affiché").inputValue()).toBe("Voisine pressée");
      expect(await form.locator('[aria-invalid="true"]').count()).toBe(0);
      await site().checkPage(opened, "participation-rate-limited");
    } finally {
      await opened.close();
    }
  });

  it("shows no form when no phase is open", async () => {
    const title = `Le square fermé ${Date.now()}`;
    const { projectId } = await createProject(site(), title, [
      { title: "Concertation terminée", startsOn: day(-50), endsOn: day(-20) },
      { title: "Concertation à venir", startsOn: day(20), endsOn: day(40) },
    ]);
    const opened = await site().open(`/participation/${projectId}`);
    try {
      const { page } = opened;
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      await page.getByText("Aucune phase n'est ouverte aux contributions en ce moment").waitFor();
      expect(await page.getByRole("form").count()).toBe(0);
      expect(await page.getByRole("button", { name: "Envoyer ma contribution" }).count()).toBe(0);
      const phases = page.locator("ol.phases > li");
      expect(await phases.allTextContents()).toEqual([
        expect.stringContaining("Terminée"),
        expect.stringContaining("À venir"),
      ]);
      expect(await page.locator('[aria-current="step"]').count()).toBe(0);
      await site().checkPage(opened, "participation-closed");
    } finally {
      await opened.close();
    }
  });
}
