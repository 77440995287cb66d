import { ApolloServerErrorCode, unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";

/**
 * Apollo `formatError`: errors we did not raise on purpose (a bug, a database failure) reach clients as
 * "Internal server error" only; their message, which may hold SQL or internal addresses, goes to the log.
 */
export function maskInternalErrors(service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (formatted.extensions?.code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR) return formatted;
    const original = unwrapResolverError(error);
    process.stderr.write(
      `[${service}] internal error at ${formatted.path?.join(".") ?? "(request)"}: ${
        original instanceof Error ? (original.stack ?? original.message) : String(original)
      }\n`,
    );
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
