// Errors in words: what the gateway answered, as a person reads it. Messages come in French from the
// graph (Accept-Language: fr) and are shown as they come; codes without a useful message get a sentence.
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import type { GraphQLFormattedError } from "graphql";

const CODE_SENTENCES: Record<string, string> = {
  SERVICE_UNAVAILABLE: "Ce service est momentanément indisponible. Réessayez dans quelques instants.",
  FORBIDDEN: "Vous n'avez pas accès à ces informations.",
  UNAUTHENTICATED: "Votre session a expiré ou n'est pas valable : reconnectez-vous.",
  NOT_FOUND: "Cette page n'existe pas ou n'est plus publiée.",
  OPERATION_TOO_COMPLEX: "La demande est trop lourde : réduisez le nombre de résultats.",
  INTERNAL_SERVER_ERROR: "Une erreur inattendue s'est produite de notre côté.",
};

export const codeOf = (error: GraphQLFormattedError): string | undefined =>
  typeof error.extensions?.code === "string" ? error.extensions.code : undefined;

/** The GraphQL errors inside whatever Apollo reported (none for a network failure). */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** Seconds to wait before trying again, when the answer was RATE_LIMITED. */
export function retryAfterSecondsOf(error: unknown): number | undefined {
  for (const e of graphQLErrorsOf(error)) {
    const seconds = e.extensions?.retryAfterSeconds;
    if (codeOf(e) === "RATE_LIMITED" && typeof seconds === "number") return seconds;
  }
  if (ServerError.is(error) && error.statusCode === 429) {
    const header = Number(error.response.headers.get("retry-after"));
    return Number.isFinite(header) && header > 0 ? header : 60;
  }
  return undefined;
}

/** One sentence for a failed request or field, in French, never raw JSON. */
export function errorInWords(error: unknown): string {
  const retryAfter = retryAfterSecondsOf(error);
  if (retryAfter !== undefined) return `Trop de demandes : réessayez dans ${waitInWords(retryAfter)}.`;
  const errors = graphQLErrorsOf(error);
  if (errors.length > 0) return graphQLErrorsInWords(errors);
  if (ServerError.is(error) && error.statusCode === 401) return CODE_SENTENCES.UNAUTHENTICATED;
  return "Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.";
}

/** The first of these GraphQL errors in words (its message when it speaks to the user, else a sentence). */
export function graphQLErrorsInWords(errors: readonly GraphQLFormattedError[]): string {
  const [first] = errors;
  if (!first) return CODE_SENTENCES.INTERNAL_SERVER_ERROR;
  const code = codeOf(first);
  if (code === "BAD_USER_INPUT" || code === "CONFLICT") return first.message;
  return (code && CODE_SENTENCES[code]) ?? first.message;
}

/** « 45 secondes », « 2 minutes ». */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} seconde${seconds > 1 ? "s" : ""}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes > 1 ? "s" : ""}`;
}

/**
 * The errors on `path` or below it (e.g. ["member", "practices"]): a section whose fields came back null
 * with such errors shows a notice instead, and the rest of the page stays.
 */
export function errorsUnder(error: unknown, path: (string | number)[]): GraphQLFormattedError[] {
  return graphQLErrorsOf(error).filter(
    (e) => e.path !== undefined && path.every((segment, i) => e.path![i] === segment),
  );
}

/**
 * A form's messages by field, from `extensions.fieldErrors` of every error (paths such as
 * ["input", "displayName"] become "displayName"; nested ones "participants.1.memberId").
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const e of graphQLErrorsOf(error)) {
    const fieldErrors = e.extensions?.fieldErrors;
    if (!Array.isArray(fieldErrors)) continue;
    for (const fieldError of fieldErrors as { path?: unknown[]; message?: unknown }[]) {
      if (!Array.isArray(fieldError.path) || typeof fieldError.message !== "string") continue;
      const [root, ...rest] = fieldError.path;
      const key = (root === "input" && rest.length > 0 ? rest : fieldError.path).join(".");
      byField[key] ??= fieldError.message;
    }
  }
  return byField;
}
