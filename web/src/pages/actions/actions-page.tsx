import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Link, useSearchParams } from "react-router";
import { NeighbourhoodActionsListDocument, type ActionKind } from "../../gql/graphql";
import { errorInWords } from "../../ui/errors";
import { formatDate, formatNumber } from "../../ui/format";
import { Empty, ErrorNotice, Loading, usePageTitle } from "../../ui/status";
import { ACTION_KIND_LABELS } from "../members/labels";
import {
  actionFiltersToSearch,
  actionYears,
  parseActionFilters,
  toActionFilter,
  type ActionFilters,
} from "./action-filters";
import "../public/public.css";

export const ACTIONS_PAGE_SIZE = 10;

/** The neighbourhood actions, by kind and year (both in the URL), newest first, « Voir plus » for more. */
export function ActionsPage() {
  usePageTitle("Les actions aux Grésilles");
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseActionFilters(searchParams);
  const [moreError, setMoreError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, loading, fetchMore } = useQuery(NeighbourhoodActionsListDocument, {
    variables: { first: ACTIONS_PAGE_SIZE, filter: toActionFilter(filters) },
  });
  const connection = data?.neighbourhoodActions;
  const actions = connection?.edges.map((edge) => edge.node) ?? [];
  const filtered = filters.kind !== undefined || filters.year !== undefined;

  function apply(next: ActionFilters) {
    setMoreError(undefined);
    setSearchParams(actionFiltersToSearch(next));
  }

  async function showMore() {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const result = await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
      if (result.error) setMoreError(result.error);
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <h1>Les actions aux Grésilles</h1>
      <p className="lead">
        Avec et pour les habitants du quartier : actions culturelles et artistiques, initiatives collectives,
        études de marché, emploi et insertion.
      </p>
      <form className="filters" aria-label="Filtrer les actions" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="actions-type">Type d'action</label>
          <select
            id="actions-type"
            value={filters.kind ?? ""}
            onChange={(event) => apply({ ...filters, kind: (event.target.value || undefined) as ActionKind })}
          >
            <option value="">Tous les types</option>
            {(Object.entries(ACTION_KIND_LABELS) as [ActionKind, string][]).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="actions-annee">Année</label>
          <select
            id="actions-annee"
            value={filters.year ?? ""}
            onChange={(event) => apply({ ...filters, year: Number(event.target.value) || undefined })}
          >
            <option value="">Toutes les années</option>
            {actionYears().map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <button type="button" onClick={() => apply({})}>
            Effacer les filtres
          </button>
        )}
      </form>

      <p className="results-count" role="status" aria-live="polite">
        {connection && connection.totalCount > 0
          ? `${formatNumber(connection.totalCount)} action${connection.totalCount > 1 ? "s" : ""}${
              filters.year ? ` en ${filters.year}` : ""
            }`
          : ""}
      </p>

      {loading && !data ? (
        <Loading what="Chargement des actions…" />
      ) : !connection ? (
        <ErrorNotice error={error} />
      ) : actions.length === 0 ? (
        <Empty>
          {filtered
            ? "Aucune action ne correspond à ces critères : choisissez une autre année ou un autre type."
            : "Aucune action n'est encore enregistrée."}
        </Empty>
      ) : (
        <>
          <ul className="grid results" aria-label="Actions trouvées">
            {actions.map((action) => (
              <li key={action.id} className="card">
                <h2 className="card-title">
                  <Link to={`/actions/${action.id}`}>{action.title}</Link>
                </h2>
                <p className="muted">{action.kindLabel}</p>
                <p>
                  {action.endsOn
                    ? `Du ${formatDate(action.startsOn)} au ${formatDate(action.endsOn)}`
                    : `Depuis le ${formatDate(action.startsOn)}`}
                  <br />
                  {action.place} · {action.statusLabel}
                </p>
                <p className="muted">{formatNumber(action.inhabitantsReached)} habitants touchés</p>
              </li>
            ))}
          </ul>
          {moreError !== undefined && (
            <p className="notice notice-error" role="alert">
              {errorInWords(moreError)}
            </p>
          )}
          <div className="pagination">
            <span className="muted">
              {formatNumber(actions.length)} sur {formatNumber(connection.totalCount)} affichées
            </span>
            {connection.pageInfo.hasNextPage && (
              <button type="button" onClick={showMore} disabled={loadingMore}>
                {loadingMore ? "Chargement…" : "Voir plus d'actions"}
              </button>
            )}
          </div>
        </>
      )}
    </>
  );
}
