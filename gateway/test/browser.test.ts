// The graph as a web page uses it: Debian's Chromium (playwright-core) on a page of its own origin,
// calling the real gateway over HTTP with the browser's own fetch, CORS, headers and decompression.
import type { Browser, Page } from "playwright-core";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { launchChromium, serveStaticPage, type StaticPage } from "@pole/stack/testing/chromium";
import { startGateway, type GatewayUnderTest } from "./gateway-harness";

const COMPAGNIE_DES_GRESILLES = "a0000000-0000-4000-8000-000000000001";
const PAGE =
  "<!doctype html><html lang=fr><head><meta charset=utf-8><title>Pôle</title></head><body></body></html>";

let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;
let browser: Browser;
let site: StaticPage;
let foreignSite: StaticPage;

beforeAll(async () => {
  [subgraphs, browser, site, foreignSite] = await Promise.all([
    startSubgraphProcesses(),
    launchChromium(),
    serveStaticPage(PAGE),
    serveStaticPage(PAGE),
  ]);
  gateway = await startGateway(subgraphs.routes, { corsOrigins: [site.origin] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), foreignSite?.close()]);
  await gateway?.stop();
  await subgraphs?.stop();
});

interface BrowserAnswer {
  status: number;
  headers: Record<string, string>;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
}

/** Opens the page of `origin` in a fresh context (French by default) and runs one fetch from it. */
async function fetchFrom(
  origin: string,
  request: { url?: string; method?: "GET" | "POST"; body?: unknown; headers?: Record<string, string> },
  locale = "fr-FR",
): Promise<BrowserAnswer> {
  const context = await browser.newContext({ locale });
  try {
    const page: Page = await context.newPage();
    await page.goto(origin);
    return await page.evaluate(
      async ({ url, method, body, headers }) => {
        const response = await fetch(url, {
          method,
          headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const seen: Record<string, string> = {};
        response.headers.forEach((value, name) => (seen[name] = value));
        return {
          status: response.status,
          headers: seen,
          body: (await response.json()) as BrowserAnswer["body"],
        };
      },
      {
        url: request.url ?? gateway.url,
        method: request.method ?? "POST",
        body: request.body,
        headers: request.headers ?? {},
      },
    );
  } finally {
    await context.close();
  }
}

test("a page of an allowed origin reads a member through the gateway", async () => {
  const answer = await fetchFrom(site.origin, {
    body: {
      query: "query MemberName($id: ID!) { member(id: $id) { name } }",
      variables: { id: COMPAGNIE_DES_GRESILLES },
    },
  });
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({ data: { member: { name: expect.any(String) } } });
});

test("a page of another origin is refused by CORS before any answer reaches its script", async () => {
  await expect(fetchFrom(foreignSite.origin, { body: { query: "{ __typename }" } })).rejects.toThrow(
    /Failed to fetch/,
  );
});
