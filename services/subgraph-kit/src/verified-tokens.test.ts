import { SignJWT } from "jose";
import { createViewerResolver, DEV_JWT_SECRET, type AuthConfig } from "./auth";

const config: AuthConfig = { secret: DEV_JWT_SECRET, issuer: "pole-dev", audience: "pole-supergraph" };
const sign = (exp: number, role = "council") =>
  new SignJWT({ role })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("someone")
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(DEV_JWT_SECRET));
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: { extensions?: { code?: string } }) => error.extensions?.code,
  );

describe("verified tokens", () => {
  afterEach(() => jest.useRealTimers());

  it("accepts a token it verified again, until its exp, then refuses it as expired", async () => {
    jest.useFakeTimers({ now: new Date("2026-12-08T10:00:00Z"), doNotFake: ["nextTick", "setImmediate"] });
    const viewerOf = createViewerResolver(config);
    const exp = Date.now() / 1000 + 120;
    const header = `Bearer ${await sign(exp)}`;
    expect(await viewerOf(header)).toMatchObject({ subject: "someone", role: "council" });
    jest.setSystemTime((exp - 1) * 1000);
    expect(await viewerOf(header)).toMatchObject({ role: "council" });
    jest.setSystemTime(exp * 1000);
    await expect(viewerOf(header)).rejects.toMatchObject({
      message: "The token has expired.",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("trusts only the very same token, and never remembers a refusal", async () => {
    const viewerOf = createViewerResolver(config);
    const token = await sign(Math.floor(Date.now() / 1000) + 600);
    expect(await codeOf(viewerOf(`Bearer ${token}`))).toBe("accepted");
    // A character of the signature changed: another token, verified (and refused) on its own.
    const at = token.length - 5;
    const tampered = token.slice(0, at) + (token[at] === "A" ? "B" : "A") + token.slice(at + 1);
    expect(await codeOf(viewerOf(`Bearer ${tampered}`))).toBe("UNAUTHENTICATED");
    expect(await codeOf(viewerOf(`Bearer ${tampered}`))).toBe("UNAUTHENTICATED");
    // A resolver changing the viewer it got changes nothing for the next request of the token.
    const viewer = (await viewerOf(`Bearer ${token}`))!;
    viewer.role = "staff";
    expect(await viewerOf(`Bearer ${token}`)).toMatchObject({ role: "council" });
  });
});
