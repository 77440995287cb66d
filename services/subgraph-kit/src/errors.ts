import { GraphQLError } from "graphql";
import { message, type MessageKey, type MessageParams } from "./messages";

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

/**
 * A GraphQL error with a stable `extensions.code` and, for request-level failures, an HTTP status; its
 * message is already in the request's language (see `apiMessage`).
 */
export function apiError(code: ErrorCode, text: string, requestLevel = false): GraphQLError {
  const status = httpStatusOf[code];
  return new GraphQLError(text, {
    extensions: requestLevel && status ? { code, http: { status } } : { code },
  });
}

/** An error whose message is the catalogue's, in the request's language. */
export function apiMessage<K extends MessageKey>(
  code: ErrorCode,
  key: K,
  ...params: MessageParams<K>
): GraphQLError {
  return apiError(code, message(key, ...params));
}

/** NOT_FOUND for a record named by an argument (a mutation's input id: use `missingRecord`). */
export const notFound = <K extends MessageKey>(key: K, ...params: MessageParams<K>) =>
  apiMessage("NOT_FOUND", key, ...params);
export const conflict = <K extends MessageKey>(key: K, ...params: MessageParams<K>) =>
  apiMessage("CONFLICT", key, ...params);
export const forbidden = <K extends MessageKey = "access.forbidden">(
  key: K = "access.forbidden" as K,
  ...params: MessageParams<K>
) => apiMessage("FORBIDDEN", key, ...params);
export const unauthenticated = () => apiMessage("UNAUTHENTICATED", "access.signInRequired");

// In a module of its own so that code loaded before the rest (tracing.ts) can use it without graphql.
export { ConfigError } from "./config-error";
