import type { ApolloServer } from "@apollo/server";
import express, { type Request, type RequestHandler, type Response, type Router } from "express";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { logLine, messageIn, negotiateLocale } from "@pole/subgraph-kit";
import type { GatewayContext } from "./gateway-context";
import {
  catalogJsonLd,
  inPublicationOrder,
  practiceJsonLd,
  practicesCsv,
  practicesJson,
  toRow,
  tombstoneJsonLd,
  type OpenDataPractice,
  type OpenDataRow,
} from "./open-data-formats";
import { newResponseBudget } from "./response-size";
import type { SubgraphLinkLimits } from "./subgraph-data-source";

/** The operations the documents are built from (documented client operations, checked against the API). */
export const OPEN_DATA_OPERATIONS_PATH = resolve(
  __dirname,
  "..",
  "..",
  "schema",
  "operations",
  "open-data.graphql",
);

export interface OpenDataSettings {
  /**
   * The public URL the gateway is reached at (scheme, host, optional path, no trailing slash): the stable
   * URIs of the practices and the catalogue's links start with it. Without it, the gateway's own origin.
   */
  baseUrl?: string;
  /** How long the in-memory copy serves before it is rebuilt, and the documents' `max-age` (seconds). */
  maxAgeSeconds: number;
}

export const DEFAULT_OPEN_DATA: OpenDataSettings = { maxAgeSeconds: 300 };

/** How long a failed build is remembered (no new attempt before), and the 503's Retry-After (seconds). */
const RETRY_AFTER_SECONDS = 10;

/** The library cannot be read: the knowledge subgraph (or the gateway's link to it) failed. */
class OpenDataUnavailable extends Error {}

interface Document {
  body: Buffer;
  contentType: string;
  etag: string;
}

interface Snapshot {
  builtAt: number;
  /** When these documents' content was first seen by this process (Last-Modified). */
  lastModified: Date;
  json: Document;
  csv: Document;
  catalog: Document;
  rows: Map<string, OpenDataRow>;
  /** The JSON-LD of each published practice, built when first asked. */
  practices: Map<string, Document>;
}

const document = (text: string, contentType: string): Document => {
  const body = Buffer.from(text, "utf8");
  return { body, contentType, etag: `"${createHash("sha256").update(body).digest("base64url")}"` };
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `/open-data/…`: the published library as files (practices.json, practices.csv, catalog.jsonld, one
 * practice's JSON-LD), built from an anonymous GraphQL operation the gateway runs through itself
 * (schema/operations/open-data.graphql), so the subgraphs' access rules decide what is public and no
 * subgraph code is imported. The documents come from an in-memory copy rebuilt at most every
 * `maxAgeSeconds`, when asked for after that; concurrent requests share one rebuild. A document is built
 * whole before anything is sent. Answers are cacheable (`public, max-age`), with a strong ETag and a
 * Last-Modified, and answer conditional requests (If-None-Match, If-Modified-Since) with 304; HEAD works;
 * CORS is open (`*`: the data is public). The knowledge subgraph down: 503 with Retry-After.
 */
export function openDataRouter(options: {
  apollo: ApolloServer<GatewayContext>;
  settings: OpenDataSettings;
  link: SubgraphLinkLimits;
  /** The gateway's own origin, once it listens (the default base URL). */
  origin: () => string;
  /** In front of every route: the gateway's rate limit. */
  rateLimit: RequestHandler;
}): { router: Router; purge(): void } {
  const { apollo, settings, link } = options;
  const operations = readFileSync(OPEN_DATA_OPERATIONS_PATH, "utf8");
  const baseUrl = () => (settings.baseUrl ?? options.origin()).replace(/\/+$/, "");
  let snapshot: Snapshot | undefined;
  let building: Promise<Snapshot> | undefined;
  let failedAt = 0;
  /** Incremented by every purge: a build started before one does not become the copy. */
  let generation = 0;

  async function execute<T>(
    operationName: string,
    variables: Record<string, unknown>,
  ): Promise<{ data?: T | null; errors?: readonly { message: string }[] }> {
    const response = await apollo.executeOperation<T>(
      { query: operations, operationName, variables },
      {
        contextValue: {
          viewer: null,
          clientIp: "open-data",
          acceptLanguage: "fr",
          deadline: AbortSignal.timeout(link.requestTimeoutMs),
          responseBudget: newResponseBudget(link.maxResponseBytes),
        },
      },
    );
    if (response.body.kind !== "single") throw new OpenDataUnavailable("incremental answer");
    return response.body.singleResult;
  }

  interface LibraryPage {
    practices: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: OpenDataPractice }[];
    } | null;
  }

  /** Every published practice, page after page, or OpenDataUnavailable on any error (never a part). */
  async function readLibrary(): Promise<OpenDataPractice[]> {
    const practices: OpenDataPractice[] = [];
    let after: string | null = null;
    for (;;) {
      const result: { data?: LibraryPage | null; errors?: readonly { message: string }[] } =
        await execute<LibraryPage>("OpenDataPractices", { after });
      const page: LibraryPage["practices"] | undefined = result.data?.practices;
      if (result.errors?.length || !page) {
        throw new OpenDataUnavailable(result.errors?.map((error) => error.message).join("; ") ?? "no data");
      }
      practices.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return practices;
      after = page.pageInfo.endCursor;
    }
  }

  async function build(): Promise<Snapshot> {
    const base = baseUrl();
    const rows = inPublicationOrder(
      (await readLibrary()).filter((practice) => practice.status === "PUBLISHED").map((p) => toRow(p, base)),
    );
    // The latest change of a published practice: its updatedAt (a correction after publication counts),
    // as a date, the precision DCAT-AP's dct:modified is given in here.
    const modified = rows.reduce<string | null>((latest, row) => {
      const changed = (row.updatedAt ?? row.publishedOn ?? "").slice(0, 10) || null;
      return changed && (!latest || changed > latest) ? changed : latest;
    }, null);
    const json = document(practicesJson(rows, base, modified), "application/json; charset=utf-8");
    const previous = snapshot;
    return {
      builtAt: Date.now(),
      // Unchanged content keeps its date, so If-Modified-Since still matches after a rebuild.
      lastModified:
        previous && previous.json.etag === json.etag
          ? previous.lastModified
          : new Date(Math.floor(Date.now() / 1000) * 1000),
      json,
      csv: document(practicesCsv(rows), "text/csv; charset=utf-8; header=present"),
      catalog: document(catalogJsonLd(rows, base, modified), "application/ld+json; charset=utf-8"),
      rows: new Map(rows.map((row) => [row.id.toLowerCase(), row])),
      practices: new Map(),
    };
  }

  /** The current copy: rebuilt when older than the window; one rebuild at a time, shared. */
  async function current(): Promise<Snapshot> {
    const now = Date.now();
    if (snapshot && now - snapshot.builtAt < settings.maxAgeSeconds * 1000) return snapshot;
    if (building) return building;
    if (now - failedAt < RETRY_AFTER_SECONDS * 1000) throw new OpenDataUnavailable("recent failure");
    const startedIn = generation;
    const rebuild: Promise<Snapshot> = build()
      .then((built) => {
        // A purge during the build (a write committed meanwhile): this copy may predate it; serve it to
        // those who waited, but keep it only if nothing was purged.
        if (generation === startedIn) snapshot = built;
        return built;
      })
      .catch((error: unknown) => {
        failedAt = Date.now();
        logLine(
          "gateway",
          `open data: the library could not be read: ${String((error as Error)?.message ?? error)}`,
        );
        throw error instanceof OpenDataUnavailable ? error : new OpenDataUnavailable(String(error));
      })
      .finally(() => {
        if (building === rebuild) building = undefined;
      });
    building = rebuild;
    return rebuild;
  }

  const maxAge = () =>
    Math.max(0, Math.ceil(settings.maxAgeSeconds - (snapshot ? (Date.now() - snapshot.builtAt) / 1000 : 0)));

  /** Sends a document, or 304 when the client's copy is current. */
  function send(req: Request, res: Response, doc: Document, lastModified: Date, status = 200) {
    res.setHeader("Cache-Control", `public, max-age=${maxAge()}`);
    res.setHeader("ETag", doc.etag);
    res.setHeader("Last-Modified", lastModified.toUTCString());
    if (status === 200 && notModified(req, doc.etag, lastModified)) {
      res.status(304).end();
      return;
    }
    res.status(status).setHeader("Content-Type", doc.contentType);
    res.setHeader("Content-Length", String(doc.body.length));
    res.end(req.method === "HEAD" ? undefined : doc.body);
  }

  const serve =
    (pick: (snapshot: Snapshot) => Document): RequestHandler =>
    async (req, res) => {
      try {
        const copy = await current();
        send(req, res, pick(copy), copy.lastModified);
      } catch (error) {
        unavailable(req, res, error);
      }
    };

  const router = express.Router();
  router.use((req, res, next) => {
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Access-Control-Expose-Headers", "ETag, Last-Modified, Retry-After");
    res.setHeader("X-Content-Type-Options", "nosniff");
    // A page's script asking with If-None-Match or If-Modified-Since is preflighted: allow just that.
    if (req.method === "OPTIONS") {
      res.setHeader("Access-Control-Allow-Methods", "GET, HEAD");
      res.setHeader("Access-Control-Allow-Headers", "If-None-Match, If-Modified-Since");
      res.setHeader("Access-Control-Max-Age", "600");
      res.status(204).end();
      return;
    }
    next();
  });
  router.use(options.rateLimit);
  router.get(
    "/practices.json",
    serve((copy) => copy.json),
  );
  router.get(
    "/practices.csv",
    serve((copy) => copy.csv),
  );
  router.get(
    "/catalog.jsonld",
    serve((copy) => copy.catalog),
  );
  router.get("/practices/:file", async (req, res) => {
    const match = /^(.*)\.jsonld$/.exec(String(req.params.file));
    if (!match) return problem(req, res, 404, "NOT_FOUND", "openData.noDocument");
    const id = match[1];
    if (!UUID.test(id)) {
      return problem(req, res, 400, "BAD_REQUEST", "openData.practiceId");
    }
    try {
      const copy = await current();
      const row = copy.rows.get(id.toLowerCase());
      if (row) {
        let doc = copy.practices.get(row.id);
        if (!doc) {
          doc = document(practiceJsonLd(row, baseUrl()), "application/ld+json; charset=utf-8");
          copy.practices.set(row.id, doc);
        }
        return send(req, res, doc, copy.lastModified);
      }
      // Not in the copy: published since, withdrawn (a tombstone, once the graph shows them), or nothing.
      const result = await execute<{ practice: OpenDataPractice | null }>("OpenDataPractice", { id });
      const practice = result.data?.practice;
      if (!practice && result.errors?.length) throw new OpenDataUnavailable(result.errors[0].message);
      if (practice?.status === "PUBLISHED") {
        const doc = document(
          practiceJsonLd(toRow(practice, baseUrl()), baseUrl()),
          "application/ld+json; charset=utf-8",
        );
        return send(req, res, doc, new Date(Math.floor(Date.now() / 1000) * 1000));
      }
      if (practice?.status === "WITHDRAWN") {
        const doc = document(tombstoneJsonLd(practice, baseUrl()), "application/ld+json; charset=utf-8");
        return send(req, res, doc, new Date(Math.floor(Date.now() / 1000) * 1000), 410);
      }
      return problem(req, res, 404, "NOT_FOUND", "openData.noPractice");
    } catch (error) {
      unavailable(req, res, error);
    }
  });
  router.use((req, res) => problem(req, res, 404, "NOT_FOUND", "openData.noDocument"));

  return {
    router,
    purge() {
      generation += 1;
      snapshot = undefined;
      building = undefined;
      failedAt = 0;
    },
  };
}

/** Whether the client's copy is current: If-None-Match first (weak comparison), else If-Modified-Since. */
function notModified(req: Request, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === "*") return true;
    return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
  }
  const ifModifiedSince = req.headers["if-modified-since"];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && lastModified.getTime() <= since;
}

/** An error answer: JSON, never cached, never a stack or an internal address. */
function problem(
  req: Request,
  res: Response,
  status: number,
  code: string,
  key: "openData.noDocument" | "openData.practiceId" | "openData.noPractice",
) {
  res.status(status).setHeader("Cache-Control", "no-store");
  res.vary("Accept-Language");
  const message = messageIn(negotiateLocale(req.headers["accept-language"]), key);
  res.json({ errors: [{ message, extensions: { code } }] });
}

function unavailable(req: Request, res: Response, error: unknown) {
  if (!(error instanceof OpenDataUnavailable)) {
    logLine("gateway", `open data: ${String((error as Error)?.stack ?? error)}`);
  }
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
  const locale = negotiateLocale(req.headers["accept-language"]);
  res.status(503).setHeader("Cache-Control", "no-store");
  res.vary("Accept-Language");
  res.json({
    errors: [
      {
        message: messageIn(locale, "openData.unavailable", { seconds: RETRY_AFTER_SECONDS }),
        extensions: { code: "SERVICE_UNAVAILABLE", retryAfterSeconds: RETRY_AFTER_SECONDS },
      },
    ],
  });
}
