import { ConfigError, SUBGRAPH_SECRET_HEADER } from "@pole/subgraph-kit";
import { freePort, startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { gatewayConfigFromEnv } from "../src/gateway-config";
import { DEFAULT_OPERATION_LIMITS } from "../src/operation-limits";
import { postJson, send, startGateway, type GatewayUnderTest } from "./gateway-harness";

let subgraphs: RunningSubgraphs;
let production: GatewayUnderTest;
const ALLOWED_ORIGIN = "https://frontend.pole-coursive-boutaric.example";

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  // What gatewayConfigFromEnv gives with NODE_ENV=production (checked below): no introspection, no suggestions.
  production = await startGateway(subgraphs.routes, {
    introspection: false,
    limits: { ...DEFAULT_OPERATION_LIMITS, blockSuggestions: true },
    corsOrigins: [ALLOWED_ORIGIN],
  });
}, 120_000);
afterAll(async () => {
  await production?.stop();
  await subgraphs?.stop();
});

describe("production configuration", () => {
  const secret = "s".repeat(32);
  const productionEnv = {
    NODE_ENV: "production",
    JWT_SECRET: "p".repeat(40),
    ECONOMIC_SUBGRAPH_SECRET: secret,
    NEIGHBOURHOOD_SUBGRAPH_SECRET: secret,
    KNOWLEDGE_SUBGRAPH_SECRET: secret,
  };
  const withEnv = <T>(env: Record<string, string>, read: () => T): T => {
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      return read();
    } finally {
      process.env = saved;
    }
  };
  const problemsOf = (env: Record<string, string>) =>
    withEnv(env, () => {
      try {
        gatewayConfigFromEnv(process.env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    });

  it("turns introspection and suggestions off unless told otherwise", () => {
    const config = withEnv(productionEnv, () => gatewayConfigFromEnv(process.env));
    expect(config.introspection).toBe(false);
    expect(config.limits.blockSuggestions).toBe(true);
    expect(
      withEnv({ ...productionEnv, INTROSPECTION: "true" }, () => gatewayConfigFromEnv(process.env))
        .introspection,
    ).toBe(true);
  });

  it("refuses to start with the development JWT secret or without the subgraphs' secrets", () => {
    expect(
      problemsOf({
        NODE_ENV: "production",
        JWT_SECRET: "",
        ECONOMIC_SUBGRAPH_SECRET: secret,
        NEIGHBOURHOOD_SUBGRAPH_SECRET: secret,
        KNOWLEDGE_SUBGRAPH_SECRET: secret,
      }),
    ).toEqual([expect.stringMatching(/^JWT_SECRET: .*development secret is refused/)]);
    expect(problemsOf({ NODE_ENV: "production", JWT_SECRET: "p".repeat(40) })).toEqual([
      "ECONOMIC_SUBGRAPH_SECRET: required in production",
      "NEIGHBOURHOOD_SUBGRAPH_SECRET: required in production",
      "KNOWLEDGE_SUBGRAPH_SECRET: required in production",
    ]);
  });

  it("lists every bad limit and origin by its variable", () => {
    expect(problemsOf({ MAX_DEPTH: "zero", BODY_LIMIT: "lots", CORS_ORIGINS: "" })).toEqual([
      expect.stringMatching(/^MAX_DEPTH: /),
      expect.stringMatching(/^BODY_LIMIT: must look like 100kb/),
    ]);
    expect(problemsOf({ CORS_ORIGINS: "https://ok.example, not an origin" })).toEqual([
      "CORS_ORIGINS: not an origin (scheme://host[:port]): not an origin",
    ]);
  });
});

describe("a production gateway", () => {
  it("refuses introspection probing", async () => {
    const response = await postJson(production.url, { query: "{ __schema { types { name } } }" });
    expect(response.status).toBe(400);
    expect(response.body?.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
  });

  it("gives no field suggestions", async () => {
    const response = await postJson(production.url, { query: "{ membrs { totalCount } }" });
    expect(response.status).toBe(400);
    const message = response.body?.errors?.[0]?.message ?? "";
    expect(message).toMatch(/Cannot query field/);
    expect(message).not.toMatch(/Did you mean|members/);
  });

  it("tells clients a subgraph is unavailable without its address", async () => {
    const down = await startGateway({
      ...subgraphs.routes,
      economic: { url: `http://127.0.0.1:${await freePort()}/graphql` },
    });
    try {
      const response = await postJson(down.url, { query: "{ members(first: 1) { totalCount } }" });
      const text = JSON.stringify(response.body);
      expect(response.body?.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|http:\/\//);
      expect(text).not.toMatch(/stacktrace/i);
    } finally {
      await down.stop();
    }
  });

  it("allows cross-origin browser calls from the allow-list only", async () => {
    const preflight = (origin: string) =>
      send(production.url, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type",
        },
      });
    expect((await preflight(ALLOWED_ORIGIN)).headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    expect((await preflight("https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("subgraphs behind the gateway", () => {
  it("answer nobody without their secret: operations, _service and _entities get 401", async () => {
    const url = subgraphs.routes.economic.url;
    for (const query of [
      "{ members(first: 1) { totalCount } }",
      "{ _service { sdl } }",
      '{ _entities(representations: [{ __typename: "Member", id: "a0000000-0000-4000-8000-000000000001" }]) { __typename } }',
    ]) {
      const response = await postJson(url, { query });
      expect(response.status).toBe(401);
      expect(response.body?.data).toBeUndefined();
      const wrong = await postJson(url, { query }, { [SUBGRAPH_SECRET_HEADER]: "x".repeat(32) });
      expect(wrong.status).toBe(401);
    }
    const right = await postJson(
      url,
      { query: "{ _service { sdl } }" },
      { [SUBGRAPH_SECRET_HEADER]: subgraphs.routes.economic.secret },
    );
    expect(right.status).toBe(200);
  });

  it("keep their health and readiness endpoints open for orchestrators", async () => {
    const origin = new URL(subgraphs.routes.knowledge.url).origin;
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    expect((await fetch(`${origin}/ready`)).status).toBe(200);
  });
});
