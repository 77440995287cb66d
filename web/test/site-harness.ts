// The web site as its users get it, for the browser tests: the three subgraphs and the gateway as real
// processes (npm start's pieces), the site built by Vite and served by its own server (dev sign-in), and
// one Debian Chromium (playwright-core) for every test of the run.
import type { ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { GATEWAY, spawnService, stopProcess } from "@pole/stack";
import {
  freePort,
  gatewayEnvFor,
  startSubgraphProcesses,
  waitForReadyLine,
  type RunningSubgraphs,
} from "@pole/stack/testing";
import { launchChromium } from "@pole/stack/testing/chromium";
import { testAuth } from "@pole/subgraph-kit/testing";
import { buildSite, startSiteServer, WEB_ROOT, type RunningSite } from "../server";
import { startFakeOidcProvider, type FakeOidcProvider } from "./fake-oidc-provider";

/** Where each page's screenshots go (README: Web site), one per width. */
export const SCREENSHOTS = join(WEB_ROOT, "screenshots");
export const WIDTHS = { desktop: 1280, phone: 375 } as const;

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions so far (CSP violations show here). */
  problems: string[];
  close(): Promise<void>;
}

export interface SiteUnderTest {
  /** The site's origin, e.g. http://127.0.0.1:41234 (dev sign-in). */
  origin: string;
  /**
   * The same site as production serves it, on another origin: sign-in through OpenID Connect (a fake
   * provider, `oidc`), no dev-token endpoint.
   */
  productionOrigin: string;
  oidc: FakeOidcProvider;
  gatewayUrl: string;
  browser: Browser;
  subgraphs: RunningSubgraphs;
  /** A page at `path` in a fresh French context (1280 px wide unless told), its problems recorded. */
  open(path: string, options?: { width?: number; origin?: string }): Promise<OpenPage>;
  /**
   * Signs in through the dev sign-in page, as a person does: the role, and for a member or territory the
   * name picked in the list. Lands on the role's area.
   */
  signIn(page: Page, role: "staff" | "member" | "council" | "territory", who?: string): Promise<void>;
  /**
   * Goes to `path` inside the running app, as a link does: the address changes without a reload, so the
   * session (its token is in memory only) is kept. `page.goto` would sign the person out.
   */
  navigate(page: Page, path: string): Promise<void>;
  /**
   * The checks every page passes: no serious or critical axe violation, nothing wider than the screen at
   * 375 px, no console error; writes `<name>-1280.png` and `<name>-375.png` into SCREENSHOTS.
   */
  checkPage(opened: OpenPage, name: string): Promise<void>;
  stop(): Promise<void>;
}

const ROLE_LABELS = {
  staff: "Équipe du Pôle",
  member: "Membre",
  council: "Conseil régional",
  territory: "Territoire partenaire",
} as const;

export async function startSite(): Promise<SiteUnderTest> {
  const outDir = mkdtempSync(join(tmpdir(), "pole-web-"));
  mkdirSync(SCREENSHOTS, { recursive: true });
  const sitePort = await freePort();
  const siteOrigin = `http://127.0.0.1:${sitePort}`;
  const productionPort = await freePort();
  const productionOrigin = `http://127.0.0.1:${productionPort}`;
  let gateway: ChildProcess | undefined;
  let site: RunningSite | undefined;
  let productionSite: RunningSite | undefined;
  let oidc: FakeOidcProvider | undefined;
  let browser: Browser | undefined;
  let subgraphs: RunningSubgraphs | undefined;
  let gatewayUrl = "";
  const stop = async () => {
    await browser?.close();
    await site?.close();
    await productionSite?.close();
    await oidc?.close();
    if (gateway) await stopProcess(gateway);
    await subgraphs?.stop();
    rmSync(outDir, { recursive: true, force: true });
  };
  try {
    [subgraphs, browser] = await Promise.all([
      // As in production: a contribution is published once the Pôle's team has approved it.
      startSubgraphProcesses({ neighbourhood: { NEIGHBOURHOOD_CONTRIBUTIONS_PREMODERATED: "true" } }),
      launchChromium(),
      buildSite(outDir),
    ]);
    gateway = spawnService(
      GATEWAY,
      {
        PORT: "0",
        HOST: "127.0.0.1",
        ...gatewayEnvFor(subgraphs.routes),
        CORS_ORIGINS: `${siteOrigin},${productionOrigin}`,
        // One browser makes every request from 127.0.0.1: the tests stay under the limits of a crowd.
        RATE_LIMIT_PER_IP: "100000",
        RATE_LIMIT_PER_TOKEN: "100000",
        LOG_LEVEL: process.env.LOG_LEVEL ?? "info", // its "ready at" line is at info
      },
      "main",
      "pipe",
    );
    gatewayUrl = await waitForReadyLine("gateway", gateway);
    site = await startSiteServer(
      {
        distDir: outDir,
        gatewayUrl,
        signIn: {
          kind: "dev",
          secret: testAuth.secret!,
          issuer: testAuth.issuer,
          audience: testAuth.audience,
        },
      },
      sitePort,
    );
    oidc = await startFakeOidcProvider(productionOrigin);
    productionSite = await startSiteServer(
      { distDir: outDir, gatewayUrl, signIn: { kind: "oidc", issuer: oidc.issuer, clientId: oidc.clientId } },
      productionPort,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const theBrowser = browser;

  async function open(path: string, options: { width?: number; origin?: string } = {}): Promise<OpenPage> {
    const context = await theBrowser.newContext({
      locale: "fr-FR",
      timezoneId: "Europe/Paris",
      viewport: { width: options.width ?? WIDTHS.desktop, height: 900 },
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    await page.goto(new URL(path, options.origin ?? siteOrigin).href);
    return { page, context, problems, close: () => context.close() };
  }

  async function signIn(page: Page, role: keyof typeof ROLE_LABELS, who?: string) {
    await page.goto(new URL("/connexion", siteOrigin).href);
    await page.getByRole("radio", { name: ROLE_LABELS[role] }).check();
    if (role === "member" || role === "territory") {
      // The combobox, not the radio button of the same name.
      const list = page.getByRole("combobox", {
        name: role === "member" ? "Membre" : "Territoire",
        exact: true,
      });
      await list
        .locator("option", { hasText: who ?? "" })
        .first()
        .waitFor({ state: "attached" });
      const value = await list
        .locator("option", { hasText: who ?? "" })
        .first()
        .getAttribute("value");
      await list.selectOption(value!);
    }
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("button", { name: "Se déconnecter" }).waitFor();
  }

  async function navigate(page: Page, path: string) {
    await page.evaluate(
      `window.history.pushState({}, "", ${JSON.stringify(path)}); window.dispatchEvent(new PopStateEvent("popstate"))`,
    );
  }

  async function checkPage(opened: OpenPage, name: string) {
    const { page } = opened;
    await page.waitForLoadState("networkidle");
    const axe = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    const serious = axe.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
    expect(serious).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${WIDTHS.desktop}.png`), fullPage: true });
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: WIDTHS.phone, height: 800 });
    const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${WIDTHS.phone}.png`), fullPage: true });
    await page.setViewportSize(viewport);
    expect(opened.problems).toEqual([]);
  }

  return {
    origin: siteOrigin,
    productionOrigin,
    oidc: oidc!,
    gatewayUrl,
    browser: theBrowser,
    subgraphs: subgraphs!,
    open,
    signIn,
    navigate,
    checkPage,
    stop,
  };
}
