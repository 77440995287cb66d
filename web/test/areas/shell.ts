import type { SiteUnderTest } from "../site-harness";

/** The frame every page shares: navigation, dev sign-in and sign-out, the CSP, the token kept in memory. */
export function shellArea(site: () => SiteUnderTest): void {
  it("serves every page with a Content-Security-Policy that allows no inline script", async () => {
    const response = await fetch(`${site().origin}/membres`);
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain(`connect-src 'self' ${new URL(site().gatewayUrl).origin}`);
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("asks the gateway for public data with GET, which HTTP caches may keep", async () => {
    const opened = await site().open("/");
    try {
      const answered = opened.page.waitForResponse(
        (response) => response.url().startsWith(site().gatewayUrl) && response.request().method() === "GET",
      );
      await opened.page.goto(`${site().origin}/connexion`);
      const response = await answered;
      expect(response.status()).toBe(200);
      expect(response.url()).toContain("operationName=SignInChoices");
      expect(await response.headerValue("cache-control")).toMatch(/public/);
    } finally {
      await opened.close();
    }
  });

  it("signs a staff member in with a dev token kept in memory only, and out again", async () => {
    const opened = await site().open("/connexion");
    try {
      await site().signIn(opened.page, "staff");
      const stored = await opened.page.evaluate<string>(
        "JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })",
      );
      expect(stored).not.toMatch(/eyJ/);
      await opened.page.getByRole("button", { name: "Se déconnecter" }).click();
      await opened.page.getByRole("banner").getByRole("link", { name: "Se connecter" }).waitFor();
    } finally {
      await opened.close();
    }
  });

  it("answers an unknown address with a page that says so", async () => {
    const opened = await site().open("/nulle-part");
    try {
      await opened.page.getByRole("heading", { name: "Page introuvable" }).waitFor();
      await site().checkPage(opened, "page-introuvable");
    } finally {
      await opened.close();
    }
  });
}
