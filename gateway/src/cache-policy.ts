import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import compression from "compression";
import type { RequestHandler } from "express";
import type { GatewayContext } from "./gateway-context";

/**
 * The request headers a gateway answer depends on, which caches must key on: the token (who asks) and the
 * language (error messages follow Accept-Language). Compression adds Accept-Encoding.
 */
export const VARY_HEADERS = ["Authorization", "Accept-Language"];

/** Answers smaller than this are sent as they are: compressing them would save nothing worth the work. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/** What an answer that no cache may keep says. */
export const NO_STORE = "no-store";

/**
 * In front of everything else on /graphql: every answer, refusals before Apollo included (rate limits, body
 * or operation limits, CSRF), says `no-store` and what it varies on, until Apollo's answer says better;
 * bodies of 1 kB and more are compressed (br or gzip) when the client accepts it. The response-size limit
 * measures the JSON before compression.
 */
export function cacheAndCompression(): RequestHandler[] {
  const headers: RequestHandler = (_req, res, next) => {
    res.setHeader("Cache-Control", NO_STORE);
    for (const header of VARY_HEADERS) res.vary(header);
    next();
  };
  return [headers, compression({ threshold: COMPRESSION_THRESHOLD_BYTES })];
}

/**
 * The gateway's Cache-Control, from its subgraphs' answers (the subgraph data source restricts the
 * request's policy with each one's Cache-Control header, as RemoteGraphQLDataSource's
 * `honorSubgraphCacheControlHeader` does): `public, max-age=N`, N the smallest of them, for an anonymous
 * query answered without an error; `private, max-age=N` for the same with an Authorization header (the
 * answer may depend on who asks); `no-store` for anything else — an error, a mutation, a field a subgraph
 * says is uncacheable, a subgraph that did not answer. Placed after the plugins that may still turn an
 * answer into an error (the response-size limit).
 */
export function cachePolicyPlugins(): ApolloServerPlugin<GatewayContext>[] {
  const policy: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, overallCachePolicy }) {
          if (operation?.operation !== "query") overallCachePolicy.restrict({ maxAge: 0 });
          if (contextValue.authorization) overallCachePolicy.restrict({ scope: "PRIVATE" });
        },
        async willSendResponse({ response, overallCachePolicy }) {
          const cacheable = overallCachePolicy.policyIfCacheable();
          const clean =
            response.body.kind === "single" &&
            !response.body.singleResult.errors &&
            (response.http.status ?? 200) === 200;
          response.http.headers.set(
            "cache-control",
            cacheable && clean ? `${cacheable.scope.toLowerCase()}, max-age=${cacheable.maxAge}` : NO_STORE,
          );
        },
      };
    },
  };
  // Apollo's own plugin would write `max-age=N, public` from the same policy: this one writes the header.
  return [ApolloServerPluginCacheControl({ calculateHttpHeaders: false }), policy];
}
