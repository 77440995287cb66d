import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:net";
import { isPortInUse, ownDatabaseVariable } from "@pole/subgraph-kit";
import { dropTestDatabase, testDatabaseUrl, testServerUrl, tokenFor } from "@pole/subgraph-kit/testing";
import { freePort } from "../src/testing/free-port";
import { SUBGRAPHS } from "../src/services";
import { childPids, collect, isAlive, launch, stackPorts, startedLines } from "./launcher";

/** The first of `count` consecutive free ports (METRICS_PORT and the ports npm start uses after it). */
async function freePortRun(count: number): Promise<number> {
  for (;;) {
    const first = await freePort();
    if (first + count > 65535) continue;
    const rest = await Promise.all(Array.from({ length: count - 1 }, (_, i) => isPortInUse(first + 1 + i)));
    if (!rest.includes(true)) return first;
  }
}

const portEnv = stackPorts;

describe("npm start", () => {
  const databases = SUBGRAPHS.map((service) => testDatabaseUrl(`start_${service.name}`));
  afterAll(() => Promise.all(databases.map(dropTestDatabase)));

  it("starts the subgraphs, the gateway and the web site, prints their URLs, gives each service a metrics port of its own, and stops every process on SIGTERM", async () => {
    const ports = await portEnv();
    const metricsPort = await freePortRun(1 + SUBGRAPHS.length);
    const child = launch({
      ...ports,
      METRICS_PORT: String(metricsPort),
      DATABASE_URL: testServerUrl(),
      // Databases of this test, not npm start's own pole_* databases on that server.
      ...Object.fromEntries(SUBGRAPHS.map((service, i) => [ownDatabaseVariable(service.name), databases[i]])),
    });
    const output = collect(child);
    try {
      const gatewayUrl = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;
      const deadline = Date.now() + 90_000;
      while (!output.stdout().includes(gatewayUrl) && Date.now() < deadline && child.exitCode === null) {
        await new Promise((r) => setTimeout(r, 200));
      }
      if (!output.stdout().includes(gatewayUrl)) {
        // Say why it did not start: its exit code and last log lines.
        throw new Error(`npm start did not start (exit ${child.exitCode}):\n${output.logs().slice(-3000)}`);
      }
      expect(output.stdout().trim()).toBe(startedLines(ports));

      const response = await fetch(gatewayUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${await tokenFor({ role: "council" })}`,
        },
        body: JSON.stringify({
          query: "{ annualReport(year: 2013) { economy { memberCount occupiedAreaSqm } } }",
        }),
      });
      expect(await response.json()).toEqual({
        data: { annualReport: { economy: { memberCount: 15, occupiedAreaSqm: 400 } } },
      });

      // METRICS_PORT: the gateway's metrics there (and no longer on its main port), each subgraph's on
      // the ports after it, in SUBGRAPHS order (one shared port would stop the second service).
      const scrape = async (port: number | string) => {
        const answer = await fetch(`http://127.0.0.1:${port}/metrics`);
        return { status: answer.status, text: await answer.text() };
      };
      const gatewayMetrics = await scrape(metricsPort);
      expect(gatewayMetrics.status).toBe(200);
      expect(gatewayMetrics.text).toMatch(/pole_graphql_requests_total\{[^}]*outcome="ok"[^}]*\} 1/);
      expect((await scrape(ports.GATEWAY_PORT)).status).toBe(404);
      // A subgraph's own series (its database pool), which the gateway has not.
      expect(gatewayMetrics.text).not.toContain("pole_db_pool_connections");
      for (const i of SUBGRAPHS.keys()) {
        const subgraphMetrics = await scrape(metricsPort + 1 + i);
        expect(subgraphMetrics.status).toBe(200);
        expect(subgraphMetrics.text).toContain("pole_db_pool_connections");
      }
      expect(output.stderr()).toContain(
        `gateway on port ${metricsPort}, economic on port ${metricsPort + 1}`,
      );

      // The web site: its pages with their CSP, the gateway's URL in them, and the gateway open to its origin.
      const siteOrigin = `http://127.0.0.1:${ports.WEB_PORT}`;
      const page = await fetch(`${siteOrigin}/membres`);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-security-policy")).toContain(
        `connect-src 'self' http://127.0.0.1:${ports.GATEWAY_PORT}`,
      );
      expect(await page.text()).toContain(`<meta name="pole-gateway-url" content="${gatewayUrl}">`);
      const preflight = await fetch(gatewayUrl, {
        method: "OPTIONS",
        headers: {
          origin: siteOrigin,
          "access-control-request-method": "GET",
          "access-control-request-headers": "authorization",
        },
      });
      expect(preflight.headers.get("access-control-allow-origin")).toBe(siteOrigin);

      const services = childPids(child.pid!);
      expect(services).toHaveLength(4);
      child.kill("SIGTERM");
      expect(await output.exit).toBe(0);
      expect(services.filter(isAlive)).toEqual([]);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 120_000);

  it("runs the knowledge subgraph alone as a territory would in production: its own secret kept, empty with SAMPLE_DATA=none, partner keys accepted", async () => {
    const ports = await portEnv();
    const database = testDatabaseUrl("start_knowledge_alone");
    const secret = randomBytes(32).toString("base64url");
    const partnerKey = randomBytes(32).toString("base64url");
    const child = launch(
      {
        ...ports,
        NODE_ENV: "production",
        JWT_SECRET: randomBytes(32).toString("base64url"),
        SUBGRAPH_SECRET: secret,
        SAMPLE_DATA: "none",
        KNOWLEDGE_PARTNER_KEYS: `besancon-planoise:${partnerKey}`,
        DATABASE_URL: testServerUrl(),
        [ownDatabaseVariable("knowledge")]: database,
      },
      ["knowledge"],
    );
    const output = collect(child);
    try {
      const url = `http://127.0.0.1:${ports.KNOWLEDGE_PORT}/graphql`;
      const deadline = Date.now() + 90_000;
      while (!output.stdout().includes(url) && Date.now() < deadline && child.exitCode === null) {
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(output.stdout().trim()).toBe(url);
      const ask = (headers: Record<string, string>) =>
        fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({ query: "{ practices { totalCount } territories { totalCount } }" }),
        });
      expect((await ask({})).status).toBe(401);
      const empty = { data: { practices: { totalCount: 0 }, territories: { totalCount: 0 } } };
      expect(await (await ask({ "x-pole-subgraph-secret": secret })).json()).toEqual(empty);
      expect(await (await ask({ "x-pole-partner-key": partnerKey })).json()).toEqual(empty);
      expect(output.stderr()).toContain("partner keys accepted for: besancon-planoise");
      expect(output.stderr()).not.toContain(partnerKey);
      expect(output.stderr()).not.toContain(secret);

      child.kill("SIGTERM");
      expect(await output.exit).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await dropTestDatabase(database);
    }
  }, 120_000);

  it("refuses a SAMPLE_DATA it does not know, naming it", async () => {
    const output = collect(launch({ ...(await portEnv()), SAMPLE_DATA: "some" }, ["knowledge"]));
    expect(await output.exit).toBe(1);
    expect(output.stderr()).toContain("SAMPLE_DATA:");
  });

  it("refuses an unparsable DATABASE_URL with one message naming it, without a stack trace", async () => {
    const output = collect(launch({ ...(await portEnv()), DATABASE_URL: "not a url" }));
    expect(await output.exit).toBe(1);
    expect(output.stderr()).toContain("DATABASE_URL: must be a URL such as postgres://");
    expect(output.stderr()).not.toMatch(/\n\s+at /);
  });

  it("names DATABASE_URL when its server does not answer", async () => {
    const deadPort = await freePort();
    const output = collect(
      launch({ ...(await portEnv()), DATABASE_URL: `postgres://pole:secret@127.0.0.1:${deadPort}/pole` }),
    );
    expect(await output.exit).toBe(1);
    expect(output.stderr()).toContain(
      `DATABASE_URL: cannot reach PostgreSQL at postgres://pole:***@127.0.0.1:${deadPort}/pole`,
    );
    expect(output.stderr()).not.toContain("secret");
  });

  it("refuses to start in production without the identity provider the web site signs people in with", async () => {
    const output = collect(launch({ ...(await portEnv()), NODE_ENV: "production" }));
    expect(await output.exit).toBe(1);
    expect(output.stderr()).toContain("OIDC_ISSUER and OIDC_CLIENT_ID");
    expect(output.stderr()).not.toContain("ready at");
  });

  it("names WEB_PORT when the web site's port is taken", async () => {
    const ports = await portEnv();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(Number(ports.WEB_PORT), "127.0.0.1", resolve));
    try {
      const output = collect(launch({ ...ports, DATABASE_URL: testServerUrl() }));
      expect(await output.exit).toBe(1);
      expect(output.stderr()).toContain(`WEB_PORT: port ${ports.WEB_PORT} on 127.0.0.1 is already in use`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it("names the variable of a port already in use and starts nothing", async () => {
    const ports = await portEnv();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(Number(ports.GATEWAY_PORT), "127.0.0.1", resolve));
    try {
      const output = collect(launch({ ...ports, DATABASE_URL: testServerUrl() }));
      expect(await output.exit).toBe(1);
      expect(output.stderr()).toContain(
        `GATEWAY_PORT: port ${ports.GATEWAY_PORT} on 127.0.0.1 is already in use`,
      );
      expect(output.stderr()).not.toContain("ready at");
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
