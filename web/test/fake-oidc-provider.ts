// A stand-in for the Pôle's OpenID Connect provider, for the browser tests of the production sign-in: the
// authorization-code flow with PKCE, as oidc-client-ts speaks it. The "user" who signs in is whoever the
// test says (`signInNext`); the access token is a token the test stack's gateway accepts (the dev secret),
// the id token is RS256-signed with a key of its own, published on its JWKS.
import { createHash, randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import type { Viewer } from "@pole/subgraph-kit";
import { tokenFor } from "@pole/subgraph-kit/testing";

export interface FakeOidcProvider {
  issuer: string;
  clientId: string;
  /** Who the next authorization signs in. */
  signInNext(viewer: Omit<Viewer, "subject">): void;
  /** The token requests it answered (to check PKCE was used). */
  tokenRequests: Record<string, string>[];
  close(): Promise<void>;
}

interface Grant {
  viewer: Omit<Viewer, "subject">;
  challenge: string;
  nonce?: string;
  redirectUri: string;
}

export async function startFakeOidcProvider(siteOrigin: string): Promise<FakeOidcProvider> {
  const clientId = "pole-web";
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "test", alg: "RS256", use: "sig" };
  const grants = new Map<string, Grant>();
  const tokenRequests: Record<string, string>[] = [];
  let next: Omit<Viewer, "subject"> = { role: "staff" };
  let issuer = "";

  const app = express();
  app.use((_req, res, nextHandler) => {
    res.set("access-control-allow-origin", siteOrigin);
    res.set("access-control-allow-headers", "content-type, authorization");
    nextHandler();
  });
  app.options("/{*path}", (_req, res) => void res.sendStatus(204));
  app.get("/.well-known/openid-configuration", (_req, res) => {
    res.json({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ["code"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256"],
      code_challenge_methods_supported: ["S256"],
    });
  });
  app.get("/jwks", (_req, res) => void res.json({ keys: [jwk] }));
  // The user is already signed in at the provider: it sends them straight back with a code.
  app.get("/authorize", (req, res) => {
    const query = req.query as Record<string, string>;
    if (query.client_id !== clientId || query.response_type !== "code" || !query.code_challenge) {
      res.status(400).send("bad authorization request");
      return;
    }
    const code = randomBytes(16).toString("hex");
    grants.set(code, {
      viewer: next,
      challenge: query.code_challenge,
      nonce: query.nonce,
      redirectUri: query.redirect_uri,
    });
    const back = new URL(query.redirect_uri);
    back.searchParams.set("code", code);
    back.searchParams.set("state", query.state);
    res.redirect(back.href);
  });
  app.post("/token", express.urlencoded({ extended: false }), async (req, res) => {
    const body = req.body as Record<string, string>;
    tokenRequests.push(body);
    const grant = grants.get(body.code);
    grants.delete(body.code); // a code is good once
    const verifier = body.code_verifier ?? "";
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    if (!grant || grant.challenge !== challenge || grant.redirectUri !== body.redirect_uri) {
      res.status(400).json({ error: "invalid_grant" });
      return;
    }
    const subject = `oidc-${grant.viewer.role}`;
    const idToken = await new SignJWT({ nonce: grant.nonce, name: subject })
      .setProtectedHeader({ alg: "RS256", kid: "test" })
      .setIssuer(issuer)
      .setAudience(clientId)
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(privateKey);
    res.json({
      access_token: await tokenFor(grant.viewer),
      id_token: idToken,
      token_type: "Bearer",
      expires_in: 600,
      scope: "openid profile",
    });
  });

  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    clientId,
    signInNext: (viewer) => (next = viewer),
    tokenRequests,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
