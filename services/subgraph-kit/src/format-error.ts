import { ApolloServerErrorCode, unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { isDatabaseUnavailable } from "./database";
import { describeFieldErrors } from "./field-errors";
import { fieldErrorsOf } from "./input-validation";
import { logger } from "./logger";
import { message } from "./messages";
import { variableFieldError } from "./variable-errors";

/** What clients are told instead of an internal error's own message. */
export interface PublicError {
  message: string;
  code: string;
}

/**
 * Apollo `formatError`: errors we did not raise on purpose (a bug, a database failure) reach clients as
 * "Internal server error" only — or what `describe` makes of them — and their message, which may hold SQL
 * or internal addresses, goes to the log. A database that is down or unreachable is SERVICE_UNAVAILABLE
 * (transient: the caller may retry), logged in one line.
 */
export function maskInternalErrors(service: string, describe?: (detail: string) => PublicError | undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      // type-graphql's own validation (the kit validates with `validateArguments`, which names the argument
      // too): say which field breaks which rule, not just "Argument Validation Error".
      const fieldErrors = fieldErrorsOf(original.extensions.validationErrors, []);
      return {
        message: describeFieldErrors(fieldErrors),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: "BAD_USER_INPUT", fieldErrors },
      };
    }
    const coerced = variableFieldError(original);
    if (coerced) {
      // A variable GraphQL refused for its type: a field error too, in the request's language.
      return {
        ...formatted,
        message: describeFieldErrors([coerced]),
        extensions: { ...formatted.extensions, fieldErrors: [coerced] },
      };
    }
    if (formatted.extensions?.code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR) return formatted;
    if (isDatabaseUnavailable(original)) {
      logger(service).warn(
        `database unavailable at ${formatted.path?.join(".") ?? "(request)"}: ${oneLine(original)}`,
      );
      return {
        message: message("service.databaseUnavailable"),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: "SERVICE_UNAVAILABLE" },
      };
    }
    logger(service).error(
      `internal error at ${formatted.path?.join(".") ?? "(request)"}: ${
        original instanceof Error ? (original.stack ?? original.message) : String(original)
      }`,
    );
    const shown = describe?.(original instanceof Error ? original.message : String(original)) ?? {
      message: message("service.internalError"),
      code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR,
    };
    return {
      message: shown.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: shown.code },
    };
  };
}

/** An error's code and message on one line, for the log. */
function oneLine(error: unknown): string {
  const { code, message } = ((error as { thrownValue?: unknown } | null)?.thrownValue ?? error ?? {}) as {
    code?: unknown;
    message?: unknown;
  };
  const text = typeof message === "string" && message ? message : String(error);
  return `${typeof code === "string" && !text.includes(code) ? `${code}: ` : ""}${text}`.replace(/\s+/g, " ");
}
