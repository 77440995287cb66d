import { AsyncLocalStorage } from "node:async_hooks";
import type { RequestHandler } from "express";
import Negotiator from "negotiator";

/** The languages every message of the API exists in (the catalogue in `messages.ts`). */
export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];

/** What a request without a usable Accept-Language gets. */
export const DEFAULT_LOCALE: Locale = "en";

/**
 * The language of the answer to a request with this Accept-Language header: French for any `fr` or `fr-*`
 * tag the caller prefers to English (q-values honoured, `fr;q=0` refused), English otherwise.
 */
export function negotiateLocale(acceptLanguage: string | string[] | undefined): Locale {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(",") : acceptLanguage;
  if (!header) return DEFAULT_LOCALE;
  const [best] = new Negotiator({ headers: { "accept-language": header } }).languages([...LOCALES]);
  return (LOCALES as readonly string[]).includes(best) ? (best as Locale) : DEFAULT_LOCALE;
}

const requestLocales = new AsyncLocalStorage<Locale>();

/** The language of the request being served (English outside a request). */
export function currentLocale(): Locale {
  return requestLocales.getStore() ?? DEFAULT_LOCALE;
}

/** Runs `work` (and everything it starts) as a request in `locale`. */
export function withLocale<T>(locale: Locale, work: () => T): T {
  return requestLocales.run(locale, work);
}

/**
 * Express middleware: the rest of the request (Apollo, resolvers, error formatting) speaks the language its
 * Accept-Language asks for. Mount it after the body parser, which would lose the request's async context.
 * Answers vary with the header, so caches are told so.
 */
export function requestLocale(): RequestHandler {
  return (req, res, next) => {
    res.vary("Accept-Language");
    withLocale(negotiateLocale(req.headers["accept-language"]), next);
  };
}
