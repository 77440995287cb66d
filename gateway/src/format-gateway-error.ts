import type { GraphQLFormattedError } from "graphql";
import { maskInternalErrors, type PublicError } from "@pole/subgraph-kit";

/** A subgraph that does not answer, as a fetch reports it. */
function unreachableSubgraph(detail: string): PublicError | undefined {
  return /request to .* failed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up|fetch failed/i.test(detail)
    ? {
        message: "A service behind the gateway did not answer; try again later.",
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
 * What clients see of errors: those the gateway did not raise on purpose are masked by the kit (details in
 * the log; a subgraph that does not answer becomes SERVICE_UNAVAILABLE without its address), and only the
 * extension keys above are kept, in every mode.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const shown = masked(formatted, error);
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
