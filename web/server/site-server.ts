// The web site's server: the built pages (web/dist) with a strict Content-Security-Policy, the gateway's
// address written into the page, the council's report downloads (/downloads), and — outside production
// only — the dev sign-in endpoint that mints tokens with the dev secret. `npm start` runs it in its own
// process, beside the gateway.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import express, { type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import { z } from "zod";
import { logger, ROLES, signToken } from "@pole/subgraph-kit";
import { reportDownloads } from "./report-downloads";

/** How the site signs people in: dev tokens from this server, or the Pôle's OpenID Connect provider. */
export type SignIn =
  | { kind: "dev"; secret: string; issuer: string; audience: string }
  | { kind: "oidc"; issuer: string; clientId: string };

export interface SiteServerOptions {
  /** The built site (index.html and assets/), from `vite build`. */
  distDir: string;
  /** The gateway's GraphQL URL as the browser reaches it, e.g. http://127.0.0.1:4000/graphql. */
  gatewayUrl: string;
  signIn: SignIn;
}

export interface RunningSite {
  /** The site's origin, e.g. http://127.0.0.1:4080 (what the gateway's CORS_ORIGINS must list). */
  origin: string;
  close(): Promise<void>;
}

const DEV_TOKEN_LIFETIME = "8h";
const devTokenRequest = z.object({
  role: z.enum(ROLES),
  memberId: z.uuid().optional(),
  territoryId: z.uuid().optional(),
});

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** index.html with the run's settings in <meta> tags the page reads (no inline script: the CSP forbids them). */
function pageWithSettings(html: string, options: SiteServerOptions): string {
  const settings: Record<string, string> = {
    "pole-gateway-url": options.gatewayUrl,
    "pole-sign-in": options.signIn.kind,
    ...(options.signIn.kind === "oidc"
      ? { "pole-oidc-issuer": options.signIn.issuer, "pole-oidc-client-id": options.signIn.clientId }
      : {}),
  };
  const tags = Object.entries(settings)
    .map(([name, content]) => `<meta name="${name}" content="${escapeAttribute(content)}">`)
    .join("\n    ");
  return html.replace(/<meta name="pole-gateway-url"[^>]*>/, tags);
}

export function createSiteApp(options: SiteServerOptions): express.Express {
  const gatewayOrigin = new URL(options.gatewayUrl).origin;
  const issuerOrigin = options.signIn.kind === "oidc" ? new URL(options.signIn.issuer).origin : undefined;
  const page = pageWithSettings(readFileSync(join(options.distDir, "index.html"), "utf8"), options);

  const app = express();
  app.disable("x-powered-by");
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          "default-src": ["'self'"],
          "script-src": ["'self'"],
          "style-src": ["'self'"],
          "img-src": ["'self'", "data:"],
          "font-src": ["'self'"],
          "connect-src": ["'self'", gatewayOrigin, ...(issuerOrigin ? [issuerOrigin] : [])],
          "frame-src": issuerOrigin ? [issuerOrigin] : ["'none'"],
          "object-src": ["'none'"],
          "base-uri": ["'self'"],
          "form-action": ["'self'", ...(issuerOrigin ? [issuerOrigin] : [])],
          "frame-ancestors": ["'none'"],
        },
      },
      // The gateway is another origin: the page's requests to it are CORS requests, not embedded resources.
      crossOriginEmbedderPolicy: false,
    }),
  );

  if (options.signIn.kind === "dev") {
    const { secret, issuer, audience } = options.signIn;
    app.post("/dev/token", express.json({ limit: "1kb" }), async (req: Request, res: Response) => {
      const parsed = devTokenRequest.safeParse(req.body);
      if (!parsed.success) {
        res
          .status(400)
          .json({ error: "Demande invalide : un rôle, et l'identifiant du membre ou du territoire." });
        return;
      }
      const { role, memberId, territoryId } = parsed.data;
      if (role === "member" && !memberId) {
        res.status(400).json({ error: "Un membre se connecte avec l'identifiant de son entreprise." });
        return;
      }
      if (role === "territory" && !territoryId) {
        res.status(400).json({ error: "Un territoire se connecte avec son identifiant." });
        return;
      }
      const token = await signToken(
        { secret, issuer, audience },
        {
          role,
          memberId: role === "member" ? memberId : undefined,
          territoryId: role === "territory" ? territoryId : undefined,
        },
        DEV_TOKEN_LIFETIME,
      );
      res.set("cache-control", "no-store").json({ token });
    });
  }

  // The council's report as files (CSV, XLSX, SCDL), built from the gateway's answer with the browser's token.
  app.use("/downloads", reportDownloads(options.gatewayUrl));

  // Hashed file names: cached for a year. Everything else is the page itself (client-side routes).
  app.use(
    "/assets",
    express.static(join(options.distDir, "assets"), { immutable: true, maxAge: "365d", fallthrough: false }),
  );
  app.use(express.static(options.distDir, { index: false, maxAge: "1h" }));
  app.get("/{*path}", (_req, res) => {
    res.set("cache-control", "no-cache").type("html").send(page);
  });
  app.use(answerError);
  return app;
}

const log = logger("web");

const ERROR_WORDS: Record<number, string> = {
  400: "Demande invalide.",
  404: "Cette ressource n'existe pas.",
  413: "La demande est trop volumineuse.",
  415: "Type de contenu non pris en charge.",
};

/**
 * Whatever a request meets on its way (a body that is not JSON or too large, a bad %-escape in the path,
 * a missing asset): its status and a French sentence, as JSON for the API routes and text elsewhere —
 * never Express's default page, which shows the stack outside production.
 */
function answerError(error: unknown, req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(error);
  const given = (error as { status?: unknown }).status;
  const status = typeof given === "number" && given >= 400 && given < 600 ? given : 500;
  const words =
    status >= 500 ? "Erreur interne du serveur du site." : (ERROR_WORDS[status] ?? ERROR_WORDS[400]);
  if (status >= 500) log.error({ err: error, path: req.path }, "site server error");
  res.status(status).set("cache-control", "no-store");
  if (req.path.startsWith("/dev/") || req.path.startsWith("/downloads")) res.json({ error: words });
  else res.type("text").send(words);
}

/** Serves the site on host:port (0: any free port). */
export async function startSiteServer(
  options: SiteServerOptions,
  port: number,
  host = "127.0.0.1",
): Promise<RunningSite> {
  const server: Server = createServer(createSiteApp(options));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
