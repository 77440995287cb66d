// The site server as an attacker meets it: bodies that are not JSON or too large, bad %-escapes in the
// path, missing assets. Each gets its status and a sentence, never Express's default page with a stack.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testAuth } from "@pole/subgraph-kit/testing";
import { startSiteServer, type RunningSite } from "../server";

let site: RunningSite;
let distDir: string;

beforeAll(async () => {
  distDir = mkdtempSync(join(tmpdir(), "pole-site-server-"));
  writeFileSync(
    join(distDir, "index.html"),
    '<!doctype html><html lang="fr"><head><meta name="pole-gateway-url" content=""></head><body></body></html>',
  );
  site = await startSiteServer(
    {
      distDir,
      // Never reached: every request here is refused before the gateway would be asked.
      gatewayUrl: "http://127.0.0.1:9/graphql",
      signIn: { kind: "dev", secret: testAuth.secret!, issuer: testAuth.issuer, audience: testAuth.audience },
    },
    0,
  );
});

afterAll(async () => {
  await site?.close();
  rmSync(distDir, { recursive: true, force: true });
});

const STACK = /at |Error:|node_modules|<pre>/;

async function send(path: string, init?: RequestInit) {
  const response = await fetch(`${site.origin}${path}`, init);
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    body: await response.text(),
  };
}

const postToken = (body: string) =>
  send("/dev/token", { method: "POST", headers: { "content-type": "application/json" }, body });

describe("the site server's refusals", () => {
  it("answers a dev-token body that is not JSON with 400 and a sentence in JSON", async () => {
    const answer = await postToken("{bad");
    expect(answer.status).toBe(400);
    expect(answer.type).toMatch(/application\/json/);
    expect(JSON.parse(answer.body)).toEqual({ error: "Demande invalide." });
  });

  it("answers a dev-token body over its limit with 413, without reading it as JSON", async () => {
    const answer = await postToken(JSON.stringify({ role: "staff", padding: "a".repeat(2_000_000) }));
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ error: "La demande est trop volumineuse." });
  });

  it.each(["/membres/%E0%A4%A", "/%ff%fe", "/downloads/%ff", "/assets/%c0"])(
    "answers the bad %%-escape of %s with 400 and no stack",
    async (path) => {
      const answer = await send(path);
      expect(answer.status).toBe(400);
      expect(answer.body).not.toMatch(STACK);
      expect(answer.body).toMatch(/Demande invalide/);
    },
  );

  it("answers a missing asset with 404 in words, and still serves the page for a client-side route", async () => {
    const missing = await send("/assets/index-00000000.js");
    expect(missing.status).toBe(404);
    expect(missing.body).toBe("Cette ressource n'existe pas.");
    const route = await send("/membres/quelqu-un");
    expect(route.status).toBe(200);
    expect(route.body).toContain('name="pole-gateway-url"');
  });
});
