import type { Page } from "playwright-core";
import type { OpenPage, SiteUnderTest } from "../site-harness";

/** A sample member with two office leases (Bureau 1.04 until 2011, Bureau 1.03 since 2012) and figures 2010–2013. */
const MEMBER = "Studio Esplanade Graphisme (exemple)";

/** A year the sample data does not have (it has 2010–2013), far from the years other areas look at. */
const YEAR = 2060 + (Date.now() % 30);

/** A day in 2031 of this run, so that a rerun on the same database books another slot. */
const DAY = new Date(Date.UTC(2031, 0, 1) + (Date.now() % 300) * 86_400_000).toISOString().slice(0, 10);

/** Euros as the site writes them, whatever spaces Intl puts in: « 95 000 € ». */
const euros = (digits: string) =>
  new RegExp(`${digits.replace(/ /g, "[\\s\\u202f\\u00a0]")}[\\s\\u202f\\u00a0]€`);

/** The member's area as its members use it: figures, leases, bookings, savings; members only. */
export function memberArea(site: () => SiteUnderTest): void {
  /** Opens the site signed in as the sample member, on its area's overview (the token lives in memory). */
  async function signedIn(): Promise<OpenPage> {
    const opened = await site().open("/connexion");
    await signInAsMember(opened.page, site().origin);
    await opened.page.getByRole("heading", { level: 1, name: MEMBER }).waitFor();
    return opened;
  }

  /** Follows the area's own navigation (a reload would drop the in-memory token). */
  async function goTo(page: Page, link: string, heading: string) {
    await page.getByRole("navigation", { name: "Espace membre" }).getByRole("link", { name: link }).click();
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  }

  it("greets the member with its name, current lease, next bookings and latest figures", async () => {
    const opened = await signedIn();
    try {
      const { page } = opened;
      const lease = page.getByRole("region", { name: "Bail en cours" });
      await lease.getByText("Bureau 1.03").waitFor();
      await lease.getByText(/30 m²/).waitFor();
      await page.getByRole("heading", { name: "Mes chiffres 2013" }).waitFor();
      await page.getByText(euros("95 000")).first().waitFor();
      await page.getByRole("heading", { name: "Prochaines réservations" }).waitFor();
      await page.getByRole("heading", { name: "Mes économies" }).waitFor();
      await site().checkPage(opened, "member-area-overview");
    } finally {
      await opened.close();
    }
  });

  it("lists the member's office leases with their dates and rents", async () => {
    const opened = await signedIn();
    try {
      const { page } = opened;
      await goTo(page, "Mes bureaux", "Mes bureaux");
      const current = page.getByRole("row", { name: /Bureau 1\.03/ });
      await current.getByText("(en cours)").waitFor();
      await current.getByText("1 janvier 2012").waitFor();
      const earlier = page.getByRole("row", { name: /Bureau 1\.04/ });
      await earlier.getByText("31 décembre 2011").waitFor();
      expect(await current.getByRole("cell").nth(3).textContent()).toMatch(euros("\\d+(?: \\d{3})*,\\d{2}"));
      await site().checkPage(opened, "member-area-leases");
    } finally {
      await opened.close();
    }
  });

  it("shows the member's figures by year, records a new year and shows it in the table at once", async () => {
    const opened = await signedIn();
    try {
      const { page } = opened;
      await goTo(page, "Mes chiffres", "Mes chiffres");
      const row2013 = page.getByRole("row", { name: /^2013/ });
      await row2013.getByText(euros("95 000")).waitFor();
      await row2013.getByText(euros("90 000")).waitFor();
      await site().checkPage(opened, "member-area-figures");

      await page.getByLabel("Année", { exact: true }).fill(String(YEAR));
      await page.getByLabel("Équivalents temps plein (ETP)").fill("4,5");
      await page.getByLabel("Salariés permanents").fill("4");
      await page.getByLabel("Budget (€)").fill("123 456,78");
      await page.getByLabel("Chiffre d'affaires (€)").fill("98765");
      await page.getByLabel("Fonds propres (€)").fill("-1500");
      await page.getByRole("button", { name: "Enregistrer l'année" }).click();
      await page
        .getByRole("status")
        .filter({ hasText: `Les chiffres de ${YEAR} sont enregistrés.` })
        .waitFor();
      const row = page.getByRole("row", { name: new RegExp(`^${YEAR}`) });
      await row.getByText(euros("123 457")).waitFor();
      await row.getByText(euros("98 765")).waitFor();
      await row.getByText(euros("-1 500")).waitFor();
      expect(await row.getByRole("cell").first().textContent()).toBe("4,5");
    } finally {
      await opened.close();
    }
  });

  it("shows the server's messages on the fields it refuses: negative staff, a year the structure was not a member", async () => {
    const opened = await signedIn();
    try {
      const { page } = opened;
      await goTo(page, "Mes chiffres", "Mes chiffres");
      const year = page.getByLabel("Année", { exact: true });
      const staff = page.getByLabel("Salariés permanents");
      await year.fill("2005");
      await page.getByLabel("Équivalents temps plein (ETP)").fill("1");
      await staff.fill("-2");
      await page.getByLabel("Budget (€)").fill("1000");
      await page.getByLabel("Chiffre d'affaires (€)").fill("1000");
      await page.getByLabel("Fonds propres (€)").fill("0");
      await page.getByRole("button", { name: "Enregistrer l'année" }).click();
      await page.getByRole("alert").filter({ hasText: "L'année n'a pas été enregistrée" }).waitFor();
      // The staff field: refused by the input's validation (no negative count), its message beside it.
      await expectFieldError(page, "Salariés permanents", /supérieur ou égal à 0/);

      await staff.fill("2");
      await page.getByRole("button", { name: "Enregistrer l'année" }).click();
      // The year: refused by the resolver (the structure joined in 2010), its message beside it.
      await expectFieldError(page, "Année", /n'était pas membre en 2005/);
      expect(await staff.getAttribute("aria-invalid")).toBeNull();
      expect(await page.getByRole("row", { name: /^2005/ }).count()).toBe(0);
    } finally {
      await opened.close();
    }
  });

  it("books a shared resource, refuses the same slot again in words next to the form, and cancels it", async () => {
    const opened = await signedIn();
    try {
      const { page } = opened;
      await goTo(page, "Réservations", "Réservations");
      await page.getByRole("row", { name: /^Studio son Salle/ }).waitFor();
      await page.getByRole("heading", { name: "Mes dernières réservations passées" }).waitFor();
      await page.getByRole("table").filter({ hasText: "Prix membre" }).getByRole("row").nth(1).waitFor();
      await site().checkPage(opened, "member-area-bookings");

      const fillSlot = async () => {
        const resource = page.getByLabel("Salle ou matériel");
        const value = await resource.locator("option", { hasText: "Studio son" }).getAttribute("value");
        await resource.selectOption(value!);
        await page.getByLabel("Jour").fill(DAY);
        await page.getByLabel("Heure de début").fill("10:00");
        await page.getByLabel("Heure de fin").fill("12:00");
      };
      await fillSlot();
      await page.getByLabel("Objet (facultatif)").fill(`Enregistrement ${YEAR}`);
      await page.getByRole("button", { name: "Réserver", exact: true }).click();
      await page.getByRole("status").filter({ hasText: "Réservation enregistrée : Studio son" }).waitFor();
      const upcoming = page.getByRole("list", { name: "Réservations à venir" });
      const mine = upcoming.getByRole("listitem").filter({ hasText: `Enregistrement ${YEAR}` });
      await mine.getByText("Studio son").waitFor();
      await mine.getByText(/10:00 → 12:00/).waitFor();
      // The overview lists it among the next bookings.
      await goTo(page, "Vue d'ensemble", MEMBER);
      await page
        .getByRole("listitem")
        .filter({ hasText: "Studio son" })
        .filter({ hasText: "10:00" })
        .waitFor();
      await goTo(page, "Réservations", "Réservations");
      await mine.waitFor();

      await fillSlot();
      await page.getByRole("button", { name: "Réserver", exact: true }).click();
      await page
        .getByRole("alert")
        .filter({
          hasText: "Ce créneau n'est pas libre : Studio son est déjà réservé sur une partie de ce créneau.",
        })
        .waitFor();
      expect(
        await upcoming
          .getByRole("listitem")
          .filter({ hasText: `Enregistrement ${YEAR}` })
          .count(),
      ).toBe(1);

      await mine.getByRole("button", { name: /^Annuler la réservation Studio son/ }).click();
      await page.getByRole("status").filter({ hasText: "Réservation annulée : Studio son" }).waitFor();
      await mine.waitFor({ state: "detached" });
    } finally {
      await opened.close();
    }
  });

  it("shows the member's savings by year, by family of service and on its rent", async () => {
    const opened = await signedIn();
    try {
      const { page } = opened;
      await goTo(page, "Mes économies", "Mes économies");
      await page.getByText("économisés depuis l'adhésion").waitFor();
      const byYear = page
        .getByRole("table")
        .filter({ has: page.getByRole("columnheader", { name: "Année" }) });
      await byYear.getByRole("row", { name: /^2013/ }).getByText(euros("\\d+(?: \\d{3})*,\\d{2}")).waitFor();
      await page
        .getByRole("table")
        .filter({ has: page.getByRole("columnheader", { name: "Famille" }) })
        .getByRole("row")
        .nth(1)
        .waitFor();
      await page.getByText(/Bureau 1\.03.*en cours/).waitFor();
      expect(await page.getByText("Cette partie n'a pas pu être chargée").count()).toBe(0);
      await site().checkPage(opened, "member-area-savings");
    } finally {
      await opened.close();
    }
  });

  it("asks an anonymous visitor to sign in, and tells a council user the area is reserved", async () => {
    const anonymous = await site().open("/espace-membre");
    try {
      await anonymous.page.getByRole("heading", { level: 1, name: "Connexion requise" }).waitFor();
      await anonymous.page.getByRole("link", { name: "Se connecter" }).first().waitFor();
      expect(await anonymous.page.getByRole("navigation", { name: "Espace membre" }).count()).toBe(0);
    } finally {
      await anonymous.close();
    }
    const council = await site().open("/connexion?retour=%2Fespace-membre%2Fchiffres");
    try {
      const { page } = council;
      await page.getByRole("radio", { name: "Conseil régional" }).check();
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.getByRole("heading", { level: 1, name: "Accès réservé" }).waitFor();
      expect(await page.getByRole("heading", { name: "Mes chiffres" }).count()).toBe(0);
    } finally {
      await council.close();
    }
  });
}

/** The field labelled `label` is marked invalid and described by a message matching `message`. */
async function expectFieldError(page: Page, label: string, message: RegExp) {
  const field = page.getByLabel(label, { exact: true });
  await field.and(page.locator('[aria-invalid="true"]')).waitFor();
  const describedBy = (await field.getAttribute("aria-describedby"))!.split(" ");
  const errorId = describedBy.find((id) => id.endsWith("-erreur"))!;
  expect(await page.locator(`[id="${errorId}"]`).textContent()).toMatch(message);
  expect(await page.locator(`[id="${errorId}"]`).getAttribute("class")).toBe("field-error");
}

/**
 * Signs in as MEMBER through the dev sign-in page. (The harness's `signIn(page, "member", …)` finds the
 * member list by its label « Membre », which the role's radio button also carries: a strict-mode clash, so
 * this area picks the list by its role.)
 */
async function signInAsMember(page: Page, origin: string) {
  await page.goto(new URL("/connexion", origin).href);
  await page.getByRole("radio", { name: "Membre" }).check();
  const list = page.getByRole("combobox", { name: "Membre", exact: true });
  const option = list.locator("option", { hasText: MEMBER }).first();
  await option.waitFor({ state: "attached" });
  await list.selectOption((await option.getAttribute("value"))!);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("button", { name: "Se déconnecter" }).waitFor();
}
