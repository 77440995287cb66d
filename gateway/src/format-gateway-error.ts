import { ApolloServerErrorCode } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { maskInternalErrors, message, type PublicError } from "@pole/subgraph-kit";

/** A subgraph that does not answer, as a fetch reports it. */
function unreachableSubgraph(detail: string): PublicError | undefined {
  return /request to .* failed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up|fetch failed/i.test(detail)
    ? {
        message: message("service.subgraphUnavailable"),
        code: "SERVICE_UNAVAILABLE",
      }
    : undefined;
}

/**
 * The only extension keys a client ever sees. Whatever else an error carries (`serviceName`, a subgraph's
 * `response` with its URL and body, `exception`, `stacktrace`) stays inside. (`http` never gets here: Apollo
 * takes the status and headers from it and removes it before formatting.)
 */
export const CLIENT_EXTENSION_KEYS = [
  "code",
  "fieldErrors",
  "limit",
  "maximum",
  "found",
  "retryAfterSeconds",
];

const masked = maskInternalErrors("gateway", unreachableSubgraph);

/**
 * An error Apollo raised about the request itself, with a 4xx status and no code (a persisted query whose
 * hash does not match its text…): the client's mistake, not an internal error.
 */
function isUncodedClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/**
 * What clients see of errors: those the gateway did not raise on purpose are masked by the kit (details in
 * the log; a subgraph that does not answer becomes SERVICE_UNAVAILABLE without its address); Apollo's own
 * 4xx refusals without a code become BAD_REQUEST; and only the extension keys above are kept, in every mode.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const coded = isUncodedClientError(error)
    ? { ...formatted, extensions: { ...formatted.extensions, code: ApolloServerErrorCode.BAD_REQUEST } }
    : formatted;
  const shown = masked(coded, error);
  const extensions = Object.fromEntries(
    CLIENT_EXTENSION_KEYS.filter((key) => shown.extensions?.[key] !== undefined).map((key) => [
      key,
      shown.extensions![key],
    ]),
  );
  return {
    message: shown.message,
    ...(shown.locations ? { locations: shown.locations } : {}),
    ...(shown.path ? { path: shown.path } : {}),
    extensions,
  };
}
