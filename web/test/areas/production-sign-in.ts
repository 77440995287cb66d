import type { SiteUnderTest } from "../site-harness";

const COMPAGNIE_DES_GRESILLES = "a0000000-0000-4000-8000-000000000001";

/** The site as production serves it: OpenID Connect sign-in, no dev tokens, nothing kept in storage. */
export function productionSignInArea(site: () => SiteUnderTest): void {
  it("has no dev-token endpoint", async () => {
    const response = await fetch(`${site().productionOrigin}/dev/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ role: "staff" }),
    });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/eyJ/);
  });

  it("signs a member in through the identity provider with PKCE, shows its name, keeps no token in storage", async () => {
    site().oidc.signInNext({ role: "member", memberId: COMPAGNIE_DES_GRESILLES });
    const opened = await site().open("/connexion", { origin: site().productionOrigin });
    try {
      const { page } = opened;
      await page.getByRole("button", { name: "Se connecter avec mon compte du Pôle" }).click();
      await page.getByRole("button", { name: "Se déconnecter" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/espace-membre");
      await page.getByRole("link", { name: /Compagnie des Grésilles/ }).waitFor();
      const lastTokenRequest = site().oidc.tokenRequests.at(-1)!;
      expect(lastTokenRequest.grant_type).toBe("authorization_code");
      expect(lastTokenRequest.code_verifier).toMatch(/^[A-Za-z0-9._~-]{43,128}$/);
      const stored = await page.evaluate<string>("JSON.stringify({ ...localStorage, ...sessionStorage })");
      expect(stored).not.toMatch(/eyJ/);
      await site().checkPage(opened, "connexion-oidc-membre");
      await page.getByRole("button", { name: "Se déconnecter" }).click();
      await page.getByRole("banner").getByRole("link", { name: "Se connecter" }).waitFor();
    } finally {
      await opened.close();
    }
  });

  it("says in words that a sign-in link replayed or forged did not work", async () => {
    const opened = await site().open("/connexion/retour?code=forged&state=forged", {
      origin: site().productionOrigin,
    });
    try {
      await opened.page.getByText("La connexion n'a pas abouti").waitFor();
      await opened.page.getByRole("link", { name: "Revenir à la page de connexion" }).waitFor();
      // oidc-client-ts reports the unknown state on the console: the one error this page expects.
      opened.problems.length = 0;
    } finally {
      await opened.close();
    }
  });
}
