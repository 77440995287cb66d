import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import {
  authConfigFromEnv,
  authEnvShape,
  createViewerResolver,
  DEV_JWT_SECRET,
  RoleAuthChecker,
  signToken,
  type AuthConfig,
  type Viewer,
} from "./auth";
import { parseEnv } from "./env";
import { z } from "zod";

const hsConfig: AuthConfig = { secret: DEV_JWT_SECRET, issuer: "pole-dev", audience: "pole-supergraph" };
const MEMBER = "a0000000-0000-4000-8000-000000000001";

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: { extensions?: { code?: string } }) => error.extensions?.code,
  );

describe("token verification", () => {
  const viewerOf = createViewerResolver(hsConfig);

  it("treats a missing header as anonymous and a valid token as its viewer", async () => {
    expect(await viewerOf(undefined)).toBeNull();
    const token = await signToken(hsConfig as AuthConfig & { secret: string }, {
      role: "member",
      memberId: MEMBER,
    });
    expect(await viewerOf(`Bearer ${token}`)).toEqual({
      subject: "dev-member",
      role: "member",
      memberId: MEMBER,
    });
  });

  it("reads the member and territory ids of a token in lower case, as the database prints them", async () => {
    const sign = (viewer: Parameters<typeof signToken>[1]) =>
      signToken(hsConfig as AuthConfig & { secret: string }, viewer);
    const member = await viewerOf(`Bearer ${await sign({ role: "member", memberId: MEMBER.toUpperCase() })}`);
    expect(member).toMatchObject({ role: "member", memberId: MEMBER.toLowerCase() });
    const territory = await viewerOf(
      `Bearer ${await sign({ role: "territory", territoryId: MEMBER.toUpperCase() })}`,
    );
    expect(territory).toMatchObject({ role: "territory", territoryId: MEMBER.toLowerCase() });
  });

  it("refuses expired tokens, other issuers or audiences, other secrets and garbage", async () => {
    const sign = (config: Partial<AuthConfig & { secret: string }>, expires = "5m") =>
      signToken({ ...hsConfig, secret: DEV_JWT_SECRET, ...config }, { role: "staff" }, expires);
    expect(await codeOf(viewerOf(`Bearer ${await sign({}, "-1m")}`))).toBe("UNAUTHENTICATED");
    expect(await codeOf(viewerOf(`Bearer ${await sign({ issuer: "someone-else" })}`))).toBe(
      "UNAUTHENTICATED",
    );
    expect(await codeOf(viewerOf(`Bearer ${await sign({ audience: "another-api" })}`))).toBe(
      "UNAUTHENTICATED",
    );
    expect(await codeOf(viewerOf(`Bearer ${await sign({ secret: "x".repeat(40) })}`))).toBe(
      "UNAUTHENTICATED",
    );
    expect(await codeOf(viewerOf("Bearer abc.def.ghi"))).toBe("UNAUTHENTICATED");
    expect(await codeOf(viewerOf("Basic dXNlcjpwYXNz"))).toBe("UNAUTHENTICATED");
  });

  it("refuses a member token without its member and a role it does not know", async () => {
    const secret = new TextEncoder().encode(DEV_JWT_SECRET);
    const forge = (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: "HS256" })
        .setSubject("x")
        .setIssuer(hsConfig.issuer)
        .setAudience(hsConfig.audience)
        .setExpirationTime("5m")
        .sign(secret);
    expect(await codeOf(viewerOf(`Bearer ${await forge({ role: "member" })}`))).toBe("UNAUTHENTICATED");
    expect(await codeOf(viewerOf(`Bearer ${await forge({ role: "mayor" })}`))).toBe("UNAUTHENTICATED");
  });
});

describe("token lifetime", () => {
  const secret = new TextEncoder().encode(DEV_JWT_SECRET);
  const now = () => Math.floor(Date.now() / 1000);
  /** A staff token with the given `iat` and `exp` (seconds since the epoch; undefined leaves it out). */
  const forge = (times: { iat?: number; exp?: number }) => {
    const jwt = new SignJWT({ role: "staff" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("s")
      .setIssuer(hsConfig.issuer)
      .setAudience(hsConfig.audience);
    if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
    if (times.exp !== undefined) jwt.setExpirationTime(times.exp);
    return jwt.sign(secret);
  };
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => "accepted",
      (error: { message: string; extensions?: { code?: string; http?: { status?: number } } }) => ({
        code: error.extensions?.code,
        status: error.extensions?.http?.status,
        message: error.message,
      }),
    );

  it("refuses a token without an expiry, at the request level", async () => {
    const viewerOf = createViewerResolver(hsConfig);
    expect(await refusal(viewerOf(`Bearer ${await forge({ iat: now() })}`))).toEqual({
      code: "UNAUTHENTICATED",
      status: 401,
      message: "The token has no expiry (exp).",
    });
  });

  it("refuses a token issued for longer than 24 h by default, and accepts one of exactly 24 h", async () => {
    const viewerOf = createViewerResolver(hsConfig);
    const t = now();
    expect(await refusal(viewerOf(`Bearer ${await forge({ iat: t, exp: t + 86_401 })}`))).toEqual({
      code: "UNAUTHENTICATED",
      status: 401,
      message: "The token lives longer than the 24 h this graph accepts.",
    });
    expect(await viewerOf(`Bearer ${await forge({ iat: t, exp: t + 86_400 })}`)).toMatchObject({
      role: "staff",
    });
    // An issuer whose clock runs a few seconds ahead of ours.
    expect(await codeOf(viewerOf(`Bearer ${await forge({ iat: t + 5, exp: t + 5 + 86_400 })}`))).toBe(
      "accepted",
    );
  });

  it("refuses a token expiring more than the maximum from now, whatever its iat says", async () => {
    const viewerOf = createViewerResolver(hsConfig);
    const t = now();
    // No iat at all, or an iat in the future: the distance from now still counts.
    expect(await codeOf(viewerOf(`Bearer ${await forge({ exp: t + 30 * 86_400 })}`))).toBe("UNAUTHENTICATED");
    const stretched = await forge({ iat: t + 29 * 86_400, exp: t + 30 * 86_400 });
    expect(await refusal(viewerOf(`Bearer ${stretched}`))).toEqual({
      code: "UNAUTHENTICATED",
      status: 401,
      message: "The token lives longer than the 24 h this graph accepts.",
    });
  });

  it("applies the configured maximum", async () => {
    const viewerOf = createViewerResolver({ ...hsConfig, maxTtlSeconds: 1800 });
    const t = now();
    expect(await refusal(viewerOf(`Bearer ${await forge({ iat: t, exp: t + 3600 })}`))).toMatchObject({
      message: "The token lives longer than the 30 min this graph accepts.",
    });
    expect(await codeOf(viewerOf(`Bearer ${await forge({ iat: t, exp: t + 1800 })}`))).toBe("accepted");
  });
});

describe("JWT_MAX_TTL", () => {
  const configOf = (env: NodeJS.ProcessEnv) =>
    authConfigFromEnv(parseEnv(z.object(authEnvShape), env), false);

  it("defaults to 24 h and reads plain seconds or durations", () => {
    expect(configOf({}).maxTtlSeconds).toBe(86_400);
    expect(configOf({ JWT_MAX_TTL: "" }).maxTtlSeconds).toBe(86_400);
    expect(configOf({ JWT_MAX_TTL: "3600" }).maxTtlSeconds).toBe(3600);
    expect(configOf({ JWT_MAX_TTL: "90s" }).maxTtlSeconds).toBe(90);
    expect(configOf({ JWT_MAX_TTL: "30m" }).maxTtlSeconds).toBe(1800);
    expect(configOf({ JWT_MAX_TTL: "24h" }).maxTtlSeconds).toBe(86_400);
    expect(configOf({ JWT_MAX_TTL: "2d" }).maxTtlSeconds).toBe(172_800);
  });

  it.each(["0", "-5", "1.5h", "24 hours", "1w", "h"])("refuses %p, naming the variable", (value) => {
    expect(() => configOf({ JWT_MAX_TTL: value })).toThrow(
      "JWT_MAX_TTL: must be a positive number of seconds or a duration such as 90s, 30m, 24h or 2d",
    );
  });
});

describe("token verification against an identity provider's JWKS", () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: KeyLike;

  beforeAll(async () => {
    const pair = await generateKeyPair("ES256");
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: "test-key", alg: "ES256", use: "sig" };
    server = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("accepts tokens signed by the provider's key and refuses HS256 tokens made with the dev secret", async () => {
    const viewerOf = createViewerResolver({
      jwksUrl,
      issuer: "https://idp.example",
      audience: "pole-supergraph",
    });
    const token = await new SignJWT({ role: "council" })
      .setProtectedHeader({ alg: "ES256", kid: "test-key" })
      .setSubject("council-user-1")
      .setIssuer("https://idp.example")
      .setAudience("pole-supergraph")
      .setExpirationTime("5m")
      .sign(privateKey);
    expect(await viewerOf(`Bearer ${token}`)).toEqual({ subject: "council-user-1", role: "council" });
    const devToken = await signToken(
      { secret: DEV_JWT_SECRET, issuer: "https://idp.example", audience: "pole-supergraph" },
      { role: "staff" },
    );
    expect(await codeOf(viewerOf(`Bearer ${devToken}`))).toBe("UNAUTHENTICATED");
  });
});

describe("role auth checker", () => {
  const checker = new RoleAuthChecker();
  const owned = { owners: () => ({ memberId: MEMBER }) };
  const check = (
    viewer: Viewer | null,
    rules: Parameters<RoleAuthChecker["check"]>[1],
    root: unknown = {},
  ) => {
    try {
      return checker.check({ root, context: { viewer }, args: {}, info: {} as never }, rules);
    } catch (error) {
      return (error as { extensions: { code: string } }).extensions.code;
    }
  };

  it("asks anonymous callers to authenticate and refuses other roles", () => {
    expect(check(null, ["staff"])).toBe("UNAUTHENTICATED");
    expect(check({ subject: "c", role: "council" }, ["staff"])).toBe("FORBIDDEN");
    expect(check({ subject: "s", role: "staff" }, ["staff", "council"])).toBe(true);
  });

  it("lets an owner through only on its own objects", () => {
    const self: Viewer = { subject: "m", role: "member", memberId: MEMBER };
    const other: Viewer = { subject: "o", role: "member", memberId: "a0000000-0000-4000-8000-000000000002" };
    expect(check(self, ["staff", "owner"], owned)).toBe(true);
    expect(check(other, ["staff", "owner"], owned)).toBe("FORBIDDEN");
    expect(check(self, ["staff", "owner"], {})).toBe("FORBIDDEN");
  });
});
