import type { ApolloServerPlugin } from "@apollo/server";
import type { Request, RequestHandler } from "express";
import { GraphQLError, Kind, Lexer, parse, Source, TokenKind, type DocumentNode } from "graphql";
import { MAX_PAGE_SIZE } from "../connection";
import { message } from "../messages";
import { measureOperation, type OperationShape } from "./document-shape";
import type { ListSizes } from "./list-size";
import { estimateOperationCost, type OperationCost } from "./operation-cost";

/** Limits on what one operation may ask, all checked before anything is fetched or any SQL runs. */
export interface OperationLimits {
  /** Lexical tokens of the query text. */
  maxTokens: number;
  /** Field selections once fragments are expanded. */
  maxFields: number;
  /** Fields of one response name in one selection (`{ id id id … }`, fragments included). */
  maxFieldRepeats: number;
  maxDepth: number;
  /** Aliases, `__typename` ones included. */
  maxAliases: number;
  maxDirectives: number;
  maxRootFields: number;
  /** The operation's estimated cost with its variables (see `estimateOperationCost`). */
  maxCost: number;
  /** Hide "Did you mean …?" suggestions (production). */
  blockSuggestions: boolean;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxTokens: 2000,
  maxFields: 1000,
  maxFieldRepeats: 20,
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxRootFields: 10,
  maxCost: 10000,
  blockSuggestions: false,
};

/** The names clients read in `extensions.limit`. */
export type LimitName =
  | "tokens"
  | "fields"
  | "repeatedFields"
  | "depth"
  | "aliases"
  | "directives"
  | "rootFields"
  | "cost"
  | "responseBytes";

/**
 * The refusal of an operation over a limit: `OPERATION_TOO_COMPLEX`, which limit, its maximum and what was
 * found, HTTP 400. Request-level: nothing of the operation runs.
 */
export function operationTooComplex(
  limit: LimitName,
  maximum: number,
  found: number,
  message: string,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "OPERATION_TOO_COMPLEX", limit, maximum, found, http: { status: 400 } },
  });
}

/** How many lexical tokens a GraphQL source holds; syntax errors end the count (the parser reports them). */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // a syntax error: parsing will report it
  }
  return count;
}

/** The shape limits, in the order they are checked (each limit's name is also its message's key). */
const SHAPE_LIMITS: {
  limit: LimitName & ("fields" | "repeatedFields" | "depth" | "aliases" | "directives" | "rootFields");
  of: keyof OperationShape;
  max: keyof OperationLimits;
}[] = [
  { limit: "fields", of: "fields", max: "maxFields" },
  { limit: "repeatedFields", of: "repeatedFields", max: "maxFieldRepeats" },
  { limit: "depth", of: "depth", max: "maxDepth" },
  { limit: "aliases", of: "aliases", max: "maxAliases" },
  { limit: "directives", of: "directives", max: "maxDirectives" },
  { limit: "rootFields", of: "rootFields", max: "maxRootFields" },
];

/** Refuses an operation whose shape is over a limit; measured before validation, which it keeps cheap. */
export function checkOperationShapes(
  document: Parameters<typeof measureOperation>[0],
  limits: OperationLimits,
) {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const shape = measureOperation(document, definition, limits.maxFields);
    for (const { limit, of, max } of SHAPE_LIMITS) {
      const found = shape[of];
      const maximum = limits[max] as number;
      if (found > maximum) {
        throw operationTooComplex(limit, maximum, found, message(`limits.${limit}`, { found, maximum }));
      }
    }
  }
}

function costRefusal(estimate: OperationCost, maximum: number): GraphQLError {
  const lists = estimate.largestLists
    .map(
      (list) => `${list.path} (${list.argument ? `${list.argument}: ${list.size}` : `up to ${list.size}`})`,
    )
    .join(", ");
  return operationTooComplex(
    "cost",
    maximum,
    estimate.cost,
    message("limits.cost", { cost: estimate.cost, maximum, lists }),
  );
}

/** The query text of a GraphQL request over HTTP, POST body or GET parameter; none for persisted-query hashes. */
function queryTextOf(req: Request): string | undefined {
  const from = req.method === "GET" ? (req.query as Record<string, unknown>) : (req.body as unknown);
  const query =
    from && typeof from === "object" && !Array.isArray(from)
      ? (from as { query?: unknown }).query
      : undefined;
  return typeof query === "string" ? query : undefined;
}

/**
 * Express middleware in front of Apollo Server that refuses, with HTTP 400 and `OPERATION_TOO_COMPLEX`, an
 * operation over the token limit (counted before parsing) or over a shape limit (measured on the parsed
 * document before validation, whose cost grows faster than the document). POST and GET alike. It runs
 * before Apollo because an Apollo plugin cannot refuse a request before validation: anything it throws
 * there becomes an internal error. A document that does not parse goes on, for Apollo to report.
 * `refusalStatus`: 200 for callers that are routers (see the subgraph's partner access); `onRefusal` is
 * told of each refusal (to log it).
 */
export function operationShapeMiddleware(
  limits: OperationLimits,
  {
    refusalStatus = 400,
    onRefusal,
  }: { refusalStatus?: number; onRefusal?: (req: Request, error: GraphQLError) => void } = {},
): RequestHandler {
  return (req, res, next) => {
    const query = queryTextOf(req);
    if (query === undefined) return next();
    try {
      const tokens = countTokens(query);
      if (tokens > limits.maxTokens) {
        throw operationTooComplex(
          "tokens",
          limits.maxTokens,
          tokens,
          message("limits.tokens", { found: tokens, maximum: limits.maxTokens }),
        );
      }
      let document: DocumentNode;
      try {
        document = parse(query, { noLocation: true });
      } catch {
        return next();
      }
      checkOperationShapes(document, limits);
      next();
    } catch (error) {
      if (!(error instanceof GraphQLError)) return next(error);
      const { http: _http, ...extensions } = error.extensions;
      onRefusal?.(req, error);
      res.status(refusalStatus).json({ errors: [{ message: error.message, extensions }] });
    }
  };
}

export interface OperationCostOptions {
  limits: Pick<OperationLimits, "maxCost" | "blockSuggestions">;
  /** Sizes the schema declares for its lists (`@listSize`), by `Type.field`. */
  listSizes: ListSizes;
}

/**
 * An Apollo Server plugin refusing, once the variables are known and before any fetch, an operation whose
 * estimated cost is over the limit (`OPERATION_TOO_COMPLEX`, HTTP 400) or whose page sizes are out of
 * range (`BAD_USER_INPUT`); in production it also removes "Did you mean …?" from validation errors.
 */
export function operationCostPlugin({ limits, listSizes }: OperationCostOptions): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (errors) => {
            if (!limits.blockSuggestions) return;
            for (const error of errors ?? []) {
              error.message = error.message.replace(/ ?Did you mean .*\?$/, "");
            }
          };
        },
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const estimate = estimateOperationCost(
            { schema, listSizes, undeclaredListSize: MAX_PAGE_SIZE, maxPageSize: MAX_PAGE_SIZE },
            document,
            operation,
            request.variables ?? {},
          );
          if (estimate.badPageSize) {
            const { argument, path, value } = estimate.badPageSize;
            throw new GraphQLError(
              message("limits.pageSize", { argument, maximum: MAX_PAGE_SIZE, path, value }),
              {
                extensions: {
                  code: "BAD_USER_INPUT",
                  fieldErrors: [
                    {
                      path: [argument],
                      rule: "range",
                      message: message("input.pageSize", { maximum: MAX_PAGE_SIZE }),
                    },
                  ],
                  http: { status: 400 },
                },
              },
            );
          }
          if (estimate.cost > limits.maxCost) throw costRefusal(estimate, limits.maxCost);
        },
      };
    },
  };
}
