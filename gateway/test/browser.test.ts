// The graph as a web page uses it: Debian's Chromium (playwright-core) on a page of its own origin,
// calling the real gateway over HTTP with the browser's own fetch, CORS, headers and decompression.
import type { Browser, Page } from "playwright-core";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { launchChromium, serveStaticPage, type StaticPage } from "@pole/stack/testing/chromium";
import { tokenFor } from "@pole/subgraph-kit/testing";
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
  /** The headers the page's script may read (CORS-safelisted or exposed). */
  headers: Record<string, string>;
  /** Every header of the answer as it came over the network (Cache-Control, Vary, Content-Encoding). */
  networkHeaders: Record<string, string>;
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
    const networkHeaders: Record<string, string> = {};
    page.on("response", async (response) => {
      if (response.url().startsWith(gateway.url) && response.request().method() !== "OPTIONS") {
        Object.assign(networkHeaders, await response.allHeaders());
      }
    });
    const answer = await page.evaluate(
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
    await page.waitForLoadState("networkidle");
    return { ...answer, networkHeaders };
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

test("a field the visitor may not read costs only itself: the member's name still shows", async () => {
  const answer = await fetchFrom(site.origin, {
    body: {
      query: "query MemberCard($id: ID!) { member(id: $id) { name savings } }",
      variables: { id: COMPAGNIE_DES_GRESILLES },
    },
  });
  expect(answer.body.data).toEqual({ member: { name: expect.any(String), savings: null } });
  expect(answer.body.errors).toEqual([
    expect.objectContaining({ path: ["member", "savings"], extensions: { code: "UNAUTHENTICATED" } }),
  ]);
});

const BAD_CONTRIBUTION = {
  query:
    "mutation Contribute($input: SubmitContributionInput!) { submitContribution(input: $input) { contribution { id } } }",
  variables: { input: { phaseId: "b3000000-0000-4000-8000-000000000001", displayName: " ", body: "x" } },
};

test.each([
  ["fr-FR", /^doit/, /^Saisie invalide/],
  ["en-GB", /^must/, /^Invalid input/],
])(
  "a form gets one error per failing field, in the browser's language (%s)",
  async (locale, fieldMessage, topMessage) => {
    const answer = await fetchFrom(site.origin, { body: BAD_CONTRIBUTION }, locale);
    const [error] = answer.body.errors ?? [];
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(topMessage);
    const fieldErrors = error.extensions?.fieldErrors as { path: unknown[]; rule: string; message: string }[];
    expect(fieldErrors.map(({ path, rule }) => ({ path, rule }))).toEqual(
      expect.arrayContaining([
        { path: ["input", "displayName"], rule: "length" },
        { path: ["input", "body"], rule: "length" },
      ]),
    );
    for (const { message } of fieldErrors) expect(message).toMatch(fieldMessage);
  },
);

const DIRECTORY =
  "query Directory { members(first: 20) { totalCount edges { node { id name activities legalForm } } } }";

test("an anonymous public page read with GET is cacheable and comes compressed", async () => {
  const answer = await fetchFrom(site.origin, {
    url: `${gateway.url}?query=${encodeURIComponent(DIRECTORY)}`,
    method: "GET",
    headers: { "apollo-require-preflight": "true" },
  });
  expect(answer.status).toBe(200);
  expect(answer.body.errors).toBeUndefined();
  expect(answer.headers["cache-control"]).toMatch(/^public, max-age=\d+$/);
  expect(answer.networkHeaders.vary).toMatch(/Authorization/i);
  // Chromium asks for gzip (and br over HTTPS only); the page's script reads plain JSON either way.
  expect(answer.networkHeaders["content-encoding"]).toMatch(/gzip|br/);
});

test("the same page with a token is private to that browser", async () => {
  const token = await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES });
  const answer = await fetchFrom(site.origin, {
    body: { query: DIRECTORY },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(answer.body.errors).toBeUndefined();
  expect(answer.headers["cache-control"]).toMatch(/^private\b|no-store/);
});
