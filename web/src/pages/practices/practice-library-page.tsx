import { useQuery } from "@apollo/client/react";
import { useEffect, useId, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { PracticeLibraryDocument, type PracticeCardFragment } from "../../gql/graphql";
import { formatDate, formatNumber } from "../../ui/format";
import { Empty, ErrorNotice, Loading, usePageTitle } from "../../ui/status";
import { SnippetText } from "./snippet-text";
import { useDebounced } from "./use-debounced";
import "./practices.css";

const PAGE_SIZE = 10;
const SEARCH_DELAY_MS = 250;

/**
 * /pratiques: the library of good practices. Empty box: the published practices, latest first; words
 * typed: the search, as you type (the text in `?q=`), with the matched words highlighted. A theme facet
 * (`?theme=`) narrows either list.
 */
export function PracticeLibraryPage() {
  usePageTitle("Bonnes pratiques");
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const theme = params.get("theme") ?? "";
  const searchId = useId();
  const themeId = useId();

  // The box follows the user's keys; the URL (and so the query) follows the box once typing pauses.
  const [text, setText] = useState(q);
  const settled = useDebounced(text, SEARCH_DELAY_MS);
  const pushed = useRef(q);
  useEffect(() => {
    const words = settled.trim();
    if (words === pushed.current) return;
    pushed.current = words;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (words) next.set("q", words);
        else next.delete("q");
        return next;
      },
      { replace: true },
    );
  }, [settled, setParams]);
  // Back and forward (or a link) change the URL: the box shows its text.
  useEffect(() => {
    if (q !== pushed.current) {
      pushed.current = q;
      setText(q);
    }
  }, [q]);

  const searching = q !== "";
  const { data, previousData, loading, error, fetchMore } = useQuery(PracticeLibraryDocument, {
    variables: { query: q, searching, theme: theme || null, first: PAGE_SIZE },
  });
  const shown = data ?? previousData;
  const [loadingMore, setLoadingMore] = useState(false);

  const setTheme = (value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set("theme", value);
      else next.delete("theme");
      return next;
    });

  const list = searching ? shown?.searchPractices : shown?.practices;
  const items: { card: PracticeCardFragment; snippet?: string; summary?: string | null }[] = searching
    ? (shown?.searchPractices?.edges ?? []).map((edge) => ({ card: edge.node, snippet: edge.snippet }))
    : (shown?.practices?.edges ?? []).map((edge) => ({ card: edge.node, summary: edge.node.summary }));
  const themes = shown?.themes ?? [];

  const showMore = async () => {
    if (!list?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: list.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section className="practice-library">
      <h1>Bonnes pratiques</h1>
      <p className="narrow">
        Les pratiques du Pôle et d'autres territoires, décrites pour être reprises ailleurs : le défi, ce qui
        a été fait, les résultats, les enseignements. Chacune est publiée sous une licence libre.
      </p>

      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="field practice-search-field">
          <label htmlFor={searchId}>Rechercher une pratique</label>
          <input
            id={searchId}
            type="search"
            value={text}
            maxLength={200}
            placeholder="ex. résidence, mutualisation, radio"
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={themeId}>Thème</label>
          <select id={themeId} value={theme} onChange={(event) => setTheme(event.target.value)}>
            <option value="">Tous les thèmes</option>
            {themes.map((t) => (
              <option key={t.name} value={t.name}>
                {t.name} ({formatNumber(t.practiceCount)})
              </option>
            ))}
            {theme && !themes.some((t) => t.name === theme) ? <option value={theme}>{theme}</option> : null}
          </select>
        </div>
      </form>

      {loading && shown ? <Loading what="Mise à jour des résultats…" /> : null}
      {!shown && loading ? <Loading what="Chargement des pratiques…" /> : null}
      {error && !list ? <ErrorNotice error={error} /> : null}

      {list ? (
        <>
          <p className="muted" aria-live="polite">
            {resultsInWords(list.totalCount, searching, theme)}
          </p>
          {searching && shown?.searchPractices?.approximate ? (
            <p className="notice notice-partial">
              Aucune pratique ne contient exactement ces mots : voici des résultats approchants.
            </p>
          ) : null}
          {items.length === 0 ? (
            <Empty>
              {searching
                ? "Aucune pratique ne correspond à ces mots. Essayez un autre mot, ou retirez le thème choisi."
                : "Aucune pratique publiée pour ce thème pour le moment."}
            </Empty>
          ) : (
            <ul className="practice-results">
              {items.map(({ card, snippet, summary }) => (
                <li key={card.id} className="card">
                  <h2>
                    <Link to={`/pratiques/${card.id}`}>{card.title}</Link>
                  </h2>
                  <p className="muted">
                    {card.territory?.name ?? "Territoire non précisé"}
                    {card.publishedOn ? ` · publiée le ${formatDate(card.publishedOn)}` : ""}
                    {card.status !== "PUBLISHED" && card.statusLabel ? ` · ${card.statusLabel}` : ""}
                  </p>
                  {snippet !== undefined ? (
                    <p className="snippet">
                      <SnippetText snippet={snippet} />
                    </p>
                  ) : summary ? (
                    <p>{shorten(summary, 240)}</p>
                  ) : null}
                  {card.themes.length > 0 ? (
                    <ul className="tags" aria-label="Thèmes">
                      {card.themes.map((name) => (
                        <li key={name}>{name}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {list.pageInfo.hasNextPage ? (
            <div className="pagination">
              <button type="button" onClick={showMore} disabled={loadingMore}>
                {loadingMore ? "Chargement…" : "Afficher plus de pratiques"}
              </button>
              <span className="muted">
                {formatNumber(items.length)} sur {formatNumber(list.totalCount)}
              </span>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function resultsInWords(count: number, searching: boolean, theme: string): string {
  const what = count === 1 ? "pratique" : "pratiques";
  const found = searching ? (count === 1 ? " trouvée" : " trouvées") : " dans la bibliothèque";
  return `${formatNumber(count)} ${what}${found}${theme ? ` pour le thème « ${theme} »` : ""}.`;
}

/** The opening of a text, cut at a word, with « … ». */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}
