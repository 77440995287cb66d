import { useEffect, type ReactNode } from "react";
import { errorInWords, errorsUnder, graphQLErrorsInWords } from "./errors";

/** « Chargement… », announced to screen readers. */
export function Loading({ what = "Chargement…" }: { what?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {what}
    </p>
  );
}

/** A failure in words, with an optional way out. */
export function ErrorNotice({ error, children }: { error: unknown; children?: ReactNode }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{errorInWords(error)}</p>
      {children}
    </div>
  );
}

/** Nothing to show: says so, in words. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/**
 * A part of a page fed by one branch of the answer: when that branch failed (a subgraph down, a field
 * refused) it shows a notice in its place, and the rest of the page stays.
 */
export function Section({
  title,
  error,
  path,
  children,
  headingLevel = 2,
}: {
  title: string;
  /** The query's error (Apollo's `error`), partial answers included. */
  error: unknown;
  /** Where this section's data sits in the answer, e.g. ["member", "practices"]. */
  path: (string | number)[];
  children: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const failed = errorsUnder(error, path);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="section">
      <Heading>{title}</Heading>
      {failed.length > 0 ? (
        <p className="notice notice-partial" role="status">
          Cette partie n'a pas pu être chargée : {graphQLErrorsInWords(failed)}
        </p>
      ) : (
        children
      )}
    </section>
  );
}

/** Sets the tab's title: « <page> · Pôle Culturel & Créatif ». */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Pôle Culturel & Créatif` : "Pôle Culturel & Créatif du Grand Dijon";
  }, [title]);
}
