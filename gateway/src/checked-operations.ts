import type { ApolloServerPlugin, GraphQLRequestListener } from "@apollo/server";
import type { RequestHandler } from "express";
import type { DocumentNode } from "graphql";
import { LRUCache } from "lru-cache";

/** Characters of query text remembered as within the shape limits, all entries together. */
const ACCEPTED_TEXT_CHARS = 4_000_000;
/** Variable sets remembered as within the cost limit, per document; longer ones are checked every time. */
const ACCEPTED_VARIABLE_SETS = 32;
const MAX_VARIABLES_KEY_CHARS = 2_000;

/**
 * The shape middleware run once per query text: a text it let through (the shape depends on the text
 * alone) goes straight on the next times. Bounded by characters (ACCEPTED_TEXT_CHARS), least recently
 * used first out; refusals are never remembered, so every refused text is checked and refused again.
 */
export function rememberAcceptedShapes(check: RequestHandler): RequestHandler {
  const accepted = new LRUCache<string, true>({
    maxSize: ACCEPTED_TEXT_CHARS,
    sizeCalculation: (_value, text) => Math.max(1, text.length),
  });
  return (req, res, next) => {
    const query = queryTextOf(req.method === "GET" ? req.query : req.body);
    if (query !== undefined && accepted.has(query)) return next();
    check(req, res, (error?: unknown) => {
      if (error === undefined && query !== undefined && query.length <= ACCEPTED_TEXT_CHARS) {
        accepted.set(query, true);
      }
      next(error);
    });
  };
}

/**
 * The cost plugin run once per document and set of variables: its `didResolveOperation` either throws a
 * refusal or returns, and depends on the document, the variables and the (static) schema only. Documents
 * are Apollo's parsed ones, shared by every request with the same text while its document store keeps
 * them, so what is remembered of one goes with it (WeakMap).
 */
export function rememberAcceptedCosts<TContext extends object>(
  plugin: ApolloServerPlugin<TContext>,
): ApolloServerPlugin<TContext> {
  const accepted = new WeakMap<DocumentNode, Set<string>>();
  return {
    ...plugin,
    async requestDidStart(requestContext) {
      const inner: GraphQLRequestListener<TContext> | void = await plugin.requestDidStart?.(requestContext);
      if (!inner?.didResolveOperation) return inner;
      const resolve = inner.didResolveOperation.bind(inner);
      return {
        ...inner,
        async didResolveOperation(context) {
          const key = JSON.stringify(context.request.variables ?? {});
          const seen = accepted.get(context.document);
          if (seen?.has(key)) return;
          await resolve(context);
          if (key.length > MAX_VARIABLES_KEY_CHARS) return;
          const sets = seen ?? new Set<string>();
          if (sets.size >= ACCEPTED_VARIABLE_SETS) sets.clear();
          sets.add(key);
          accepted.set(context.document, sets);
        },
      };
    },
  };
}

/** The query text of a POST body or GET parameters, as the kit's shape middleware reads it. */
function queryTextOf(from: unknown): string | undefined {
  const query =
    from && typeof from === "object" && !Array.isArray(from)
      ? (from as { query?: unknown }).query
      : undefined;
  return typeof query === "string" ? query : undefined;
}
