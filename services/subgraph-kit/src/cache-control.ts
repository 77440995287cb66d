import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import type { ViewerContext } from "./auth";

/**
 * How long, in seconds, a public answer may be cached: every root field and every field returning an object
 * without a hint of its own gets this `maxAge` (Apollo's `defaultMaxAge`), scalars inherit their parent's.
 */
export const PUBLIC_MAX_AGE_SECONDS = 60;

/** The hint of every field behind an access rule: cached by nobody (maxAge 0) and never shared (PRIVATE). */
export const ACCESS_RULE_CACHE_HINT = { maxAge: 0, scope: "PRIVATE" } as const;

/** Dynamic hints type-graphql resolvers can set (the shape Apollo's cache-control plugin adds to `info`). */
interface CacheControlInfo {
  cacheControl?: { setCacheHint(hint: { maxAge?: number; scope?: "PUBLIC" | "PRIVATE" }): void };
}

/** Marks the field being resolved as behind an access rule, whatever its static hint (the auth checker calls it). */
export function restrictToAccessRule(info: unknown): void {
  (info as CacheControlInfo | undefined)?.cacheControl?.setCacheHint(ACCESS_RULE_CACHE_HINT);
}

/**
 * A subgraph's cache policy, in Apollo Server: Apollo's cache-control plugin with the public default
 * (`PUBLIC_MAX_AGE_SECONDS`), which sends the computed Cache-Control header (`max-age=60, public`, or
 * `no-store` for an answer with errors or an uncacheable field); and on top of it, a mutation is never
 * cached and an answer to a signed-in caller is PRIVATE (it may depend on who asks).
 */
export function cacheControlPlugins<TContext extends ViewerContext>(
  defaultMaxAge = PUBLIC_MAX_AGE_SECONDS,
): ApolloServerPlugin<TContext>[] {
  const policy: ApolloServerPlugin<TContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, overallCachePolicy }) {
          if (operation?.operation !== "query") overallCachePolicy.restrict({ maxAge: 0 });
        },
        async willSendResponse({ contextValue, overallCachePolicy }) {
          if (contextValue.viewer) overallCachePolicy.restrict({ scope: "PRIVATE" });
        },
      };
    },
  };
  // The policy's willSendResponse runs before the cache-control plugin writes the header.
  return [policy, ApolloServerPluginCacheControl({ defaultMaxAge }) as ApolloServerPlugin<TContext>];
}
