import { createHash } from "node:crypto";
import type { Request } from "express";
import { Kind, OperationTypeNode, parse, print, type DocumentNode } from "graphql";
import { LRUCache } from "lru-cache";
import Negotiator from "negotiator";
import { negotiateLocale } from "@pole/subgraph-kit";

/** The parts of a GraphQL-over-HTTP request an answer depends on, as this gateway received them. */
export interface CacheableRequest {
  query?: string;
  operationName?: string;
  /** The variables' JSON text as sent (another order of the same keys is another entry). */
  variables: string;
  /** An automatic persisted query's hash, when the request names its document by it. */
  persistedHash?: string;
}

/** Apollo's media types for one answer, in its order of preference (chooseContentTypeForSingleResultResponse). */
const MEDIA_TYPES = [
  "application/json; charset=utf-8",
  "application/graphql-response+json; charset=utf-8",
  "application/json; callbackSpec=1.0; charset=utf-8",
];

/** The content type Apollo answers this request with, or undefined when it would refuse it (406). */
export function contentTypeFor(req: Request): string | undefined {
  const accept = req.headers.accept;
  if (!accept) return MEDIA_TYPES[0];
  // The kit declares only the `languages` of negotiator's API; `mediaType` is the one Apollo calls.
  const negotiator = new Negotiator({ headers: { accept } }) as unknown as MediaTypeNegotiator;
  return negotiator.mediaType(MEDIA_TYPES) ?? undefined;
}

interface MediaTypeNegotiator {
  mediaType(available: string[]): string | undefined;
}

const NON_PREFLIGHTED_CONTENT_TYPES = [
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "text/plain",
];
const PREFLIGHT_HEADERS = ["x-apollo-operation-name", "apollo-require-preflight"];

/**
 * Whether Apollo's CSRF prevention lets this request through (@apollo/server's preventCsrf): a content type
 * a browser cannot send without a preflight, or one of the preflight headers. A request it would refuse is
 * never answered from the cache: it goes on to Apollo, which refuses it.
 */
export function passesCsrfPrevention(req: Request): boolean {
  const contentType = req.headers["content-type"];
  if (contentType !== undefined) {
    const essence = contentType.split(";")[0].trim().toLowerCase();
    // An unparsable type counts as preflighted for Apollo; only the plain ones below need a header.
    if (!NON_PREFLIGHTED_CONTENT_TYPES.includes(essence)) return true;
  }
  return PREFLIGHT_HEADERS.some((header) => {
    const value = req.headers[header];
    return typeof value === "string" && value.length > 0;
  });
}

const text = (value: unknown): value is string => typeof value === "string";

/** The request's operation as POST JSON or GET parameters give it; undefined when Apollo must judge it. */
export function cacheableRequestOf(req: Request): CacheableRequest | undefined {
  let query: unknown, operationName: unknown, variables: string, extensions: unknown;
  if (req.method === "POST") {
    const body = req.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
    ({ query, operationName, extensions } = body);
    variables = body.variables === undefined || body.variables === null ? "" : JSON.stringify(body.variables);
  } else if (req.method === "GET") {
    const params = req.query as Record<string, unknown>;
    ({ query, operationName } = params);
    if (params.variables !== undefined && !text(params.variables)) return undefined;
    if (params.extensions !== undefined && !text(params.extensions)) return undefined;
    variables = params.variables ?? "";
    try {
      extensions = params.extensions === undefined ? undefined : JSON.parse(params.extensions);
    } catch {
      return undefined;
    }
  } else return undefined;
  if (query !== undefined && !text(query)) return undefined;
  if (operationName !== undefined && operationName !== null && !text(operationName)) return undefined;
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  const persistedHash = text(persisted?.sha256Hash) ? persisted.sha256Hash : undefined;
  if (query === undefined && !persistedHash) return undefined;
  return { query, operationName: operationName ?? undefined, variables, persistedHash };
}

/** The characters of documents' texts remembered with their identity. */
const DOCUMENT_TEXTS_MAX_CHARACTERS = 2_000_000;

/** A document as the cache knows it: its printed form's hash and whether the named operation is a query. */
interface DocumentIdentity {
  id: string;
  queries: Set<string | undefined>;
}

/**
 * Keys of cached answers. A document is normalised once per distinct text (parsed within the token limit,
 * printed without comments nor spacing): the same operation written otherwise shares its entry. The key
 * hashes the normalised document, the operation's name, the variables, the negotiated language and content
 * type, and `scope` (what else the answer depends on: the schema, the gateway's limits; hashed once).
 */
export function cacheKeys(options: { maxTokens: number; scope: string }) {
  // Bounded by count and by the texts' length (a body may be 100 kB): a few MB at most.
  const documents = new LRUCache<string, DocumentIdentity | false>({
    max: 1000,
    maxSize: DOCUMENT_TEXTS_MAX_CHARACTERS,
    sizeCalculation: (_identity, query) => query.length + 100,
  });
  const identify = (query: string): DocumentIdentity | false => {
    // Tokens as the operation limits count them (spacing and comments are not tokens): every text of one
    // normalised document has the same tokens and the same shape, so passes or fails the same limits.
    let document: DocumentNode;
    try {
      document = parse(query, { noLocation: true, maxTokens: options.maxTokens });
    } catch {
      return false;
    }
    const operations = document.definitions.filter(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const queries = new Set<string | undefined>();
    for (const operation of operations) {
      if (operation.operation !== OperationTypeNode.QUERY) continue;
      queries.add(operation.name?.value);
      // Without an operation name, Apollo runs the document's only operation.
      if (operations.length === 1) queries.add(undefined);
    }
    return { id: sha256(print(document)), queries };
  };
  const scope = sha256(options.scope);
  return {
    /**
     * The key of an anonymous request's answer, or undefined when it cannot be a cached query (not a
     * query, not parsable, unknown operation): Apollo answers it as always.
     */
    keyOf(req: Request, request: CacheableRequest, contentType: string): string | undefined {
      let documentId: string;
      if (request.query !== undefined) {
        let identity = documents.get(request.query);
        if (identity === undefined) documents.set(request.query, (identity = identify(request.query)));
        if (!identity || !identity.queries.has(request.operationName)) return undefined;
        documentId = identity.id;
      } else documentId = `persisted:${request.persistedHash}`;
      const locale = negotiateLocale(req.headers["accept-language"]);
      return sha256(
        JSON.stringify([
          scope,
          documentId,
          request.operationName ?? null,
          request.variables,
          locale,
          contentType,
        ]),
      );
    },
  };
}

const sha256 = (value: string) => createHash("sha256").update(value).digest("base64url");
