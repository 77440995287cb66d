import { GraphQLError } from "graphql";

/** The stable error codes clients may rely on (DESIGN §6). */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "SERVICE_UNAVAILABLE";

const httpStatusOf: Record<ErrorCode, number | undefined> = {
  BAD_USER_INPUT: undefined,
  UNAUTHENTICATED: 401,
  FORBIDDEN: undefined,
  NOT_FOUND: undefined,
  CONFLICT: undefined,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** A GraphQL error with a stable `extensions.code` and, for request-level failures, an HTTP status. */
export function apiError(code: ErrorCode, message: string, requestLevel = false): GraphQLError {
  const status = httpStatusOf[code];
  return new GraphQLError(message, {
    extensions: requestLevel && status ? { code, http: { status } } : { code },
  });
}

export const badUserInput = (message: string) => apiError("BAD_USER_INPUT", message);
export const notFound = (message: string) => apiError("NOT_FOUND", message);
export const forbidden = (message = "You are not allowed to do this.") => apiError("FORBIDDEN", message);
export const unauthenticated = (message = "You must be signed in to do this.") =>
  apiError("UNAUTHENTICATED", message);

/** Bad start-up configuration: every problem found, each naming its variable. Printed without a stack. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}
