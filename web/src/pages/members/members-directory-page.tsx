import { useEffect, useRef, useState, type FormEvent } from "react";
import { useQuery } from "@apollo/client/react";
import { Link, useSearchParams } from "react-router";
import {
  MembersDirectoryDocument,
  type Activity,
  type LegalForm,
  type MembershipKind,
} from "../../gql/graphql";
import { errorInWords } from "../../ui/errors";
import { formatDate, formatNumber } from "../../ui/format";
import { Empty, ErrorNotice, Loading, usePageTitle } from "../../ui/status";
import {
  directoryFiltersToSearch,
  parseDirectoryFilters,
  toMemberFilter,
  type DirectoryFilters,
} from "./directory-filters";
import { ACTIVITY_LABELS, LEGAL_FORM_LABELS, MEMBERSHIP_KIND_LABELS } from "./labels";
import "../public/public.css";

export const DIRECTORY_PAGE_SIZE = 10;

const options = <T extends string>(labels: Record<T, string>) =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));

/** The members directory: filters and name search in the URL, « Voir plus » for the next page. */
export function MembersDirectoryPage() {
  usePageTitle("Les membres");
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseDirectoryFilters(searchParams);
  const [name, setName] = useState(filters.name);
  const [moreError, setMoreError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  const firstNewItem = useRef<number | null>(null);
  const list = useRef<HTMLUListElement>(null);

  // The name field follows the URL (back button, a link to another search).
  useEffect(() => setName(filters.name), [filters.name]);

  const { data, error, loading, fetchMore } = useQuery(MembersDirectoryDocument, {
    variables: { first: DIRECTORY_PAGE_SIZE, filter: toMemberFilter(filters) },
  });
  const members = data?.members?.edges.map((edge) => edge.node) ?? [];

  // After « Voir plus », the focus goes to the first member just loaded, so a keyboard user reads on.
  useEffect(() => {
    if (firstNewItem.current === null || firstNewItem.current >= members.length) return;
    list.current?.querySelectorAll("a")[firstNewItem.current]?.focus();
    firstNewItem.current = null;
  }, [members.length]);

  function apply(next: DirectoryFilters) {
    setMoreError(undefined);
    setSearchParams(directoryFiltersToSearch(next));
  }

  function search(event: FormEvent) {
    event.preventDefault();
    apply({ ...filters, name });
  }

  async function showMore() {
    const endCursor = data?.members?.pageInfo.endCursor;
    if (!endCursor) return;
    setLoadingMore(true);
    setMoreError(undefined);
    firstNewItem.current = members.length;
    try {
      const result = await fetchMore({ variables: { after: endCursor } });
      if (result.error) setMoreError(result.error);
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  }

  const total = data?.members?.totalCount;
  const filtered = searchParams.size > 0;

  return (
    <>
      <h1>Les membres du Pôle</h1>
      <p className="lead">
        Les structures culturelles et créatives membres du Pôle, installées dans l'immeuble Boutaric ou
        associées sur le territoire.
      </p>
      <form className="filters" role="search" aria-label="Rechercher parmi les membres" onSubmit={search}>
        <div className="field">
          <label htmlFor="membres-nom">Nom de la structure</label>
          <input
            id="membres-nom"
            type="search"
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="off"
          />
        </div>
        <button type="submit">Rechercher</button>
        <div className="field">
          <label htmlFor="membres-activite">Activité</label>
          <select
            id="membres-activite"
            value={filters.activity ?? ""}
            onChange={(event) =>
              apply({ ...filters, name, activity: (event.target.value || undefined) as Activity })
            }
          >
            <option value="">Toutes les activités</option>
            {options(ACTIVITY_LABELS)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="membres-forme">Forme juridique</label>
          <select
            id="membres-forme"
            value={filters.legalForm ?? ""}
            onChange={(event) =>
              apply({ ...filters, name, legalForm: (event.target.value || undefined) as LegalForm })
            }
          >
            <option value="">Toutes les formes</option>
            {options(LEGAL_FORM_LABELS)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="membres-implantation">Implantation</label>
          <select
            id="membres-implantation"
            value={filters.membershipKind ?? ""}
            onChange={(event) =>
              apply({ ...filters, name, membershipKind: (event.target.value || undefined) as MembershipKind })
            }
          >
            <option value="">Installés et associés</option>
            {options(MEMBERSHIP_KIND_LABELS)}
          </select>
        </div>
        {filtered && (
          <button type="button" onClick={() => apply({ name: "" })}>
            Effacer les filtres
          </button>
        )}
      </form>

      <p className="results-count" role="status" aria-live="polite">
        {total === undefined
          ? ""
          : total === 0
            ? ""
            : `${formatNumber(total)} membre${total > 1 ? "s" : ""}${filtered ? " correspondent à la recherche" : ""}`}
      </p>

      {loading && !data ? (
        <Loading what="Chargement des membres…" />
      ) : !data?.members ? (
        <ErrorNotice error={error} />
      ) : members.length === 0 ? (
        <Empty>
          {filtered
            ? "Aucun membre ne correspond à ces critères. Essayez un autre nom ou retirez un filtre."
            : "Le Pôle n'a pas encore de membre enregistré."}
        </Empty>
      ) : (
        <>
          <ul className="grid results" aria-label="Membres trouvés" ref={list}>
            {members.map((member) => (
              <li key={member.id} className="card">
                <h2 className="card-title">
                  <Link to={`/membres/${member.id}`}>{member.name}</Link>
                </h2>
                <p className="muted">
                  {member.legalFormLabel} · {member.membershipKindLabel}
                </p>
                {member.activityLabels && member.activityLabels.length > 0 && (
                  <ul className="tags" aria-label="Activités">
                    {member.activityLabels.map((label) => (
                      <li key={label}>{label}</li>
                    ))}
                  </ul>
                )}
                <p className="muted">Membre depuis le {formatDate(member.joinedOn)}</p>
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
              {formatNumber(members.length)} sur {formatNumber(total)} affichés
            </span>
            {data.members.pageInfo.hasNextPage && (
              <button type="button" onClick={showMore} disabled={loadingMore}>
                {loadingMore ? "Chargement…" : "Voir plus de membres"}
              </button>
            )}
          </div>
        </>
      )}
    </>
  );
}
