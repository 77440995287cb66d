import { maskInternalErrors, type PublicError } from "@pole/subgraph-kit";

/** A subgraph that does not answer, as the gateway's fetch reports it. */
function unreachableSubgraph(detail: string): PublicError | undefined {
  return /request to .* failed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up|fetch failed/i.test(detail)
    ? {
        message: "A service behind the gateway did not answer; try again later.",
        code: "SERVICE_UNAVAILABLE",
      }
    : undefined;
}

/**
 * What clients see of errors the gateway did not raise on purpose: a subgraph that does not answer becomes
 * SERVICE_UNAVAILABLE without its internal URL; anything else "Internal server error". Details go to the log.
 */
export const formatGatewayError = maskInternalErrors("gateway", unreachableSubgraph);
