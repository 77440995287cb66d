import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import {
  createViewerResolver,
  DEV_JWT_SECRET,
  RoleAuthChecker,
  signToken,
  type AuthConfig,
  type Viewer,
} from "./auth";

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
