import { ApolloServerErrorCode, unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { logLine } from "@pole/subgraph-kit";

/**
 * What clients see of errors the gateway did not raise on purpose: a subgraph that does not answer becomes
 * SERVICE_UNAVAILABLE without its internal URL; anything else "Internal server error". Details go to the log.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  const original = unwrapResolverError(error);
  const detail = original instanceof Error ? original.message : String(original);
  logLine("gateway", `error at ${formatted.path?.join(".") ?? "(request)"}: ${detail}`);
  const unreachable =
    /request to .* failed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up|fetch failed/i.test(detail);
  return {
    message: unreachable
      ? "A service behind the gateway did not answer; try again later."
      : "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: unreachable ? "SERVICE_UNAVAILABLE" : ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
  };
}
