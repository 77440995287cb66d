import { useState, type FormEvent } from "react";
import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import {
  StaffEconomicAuditTrailDocument,
  StaffKnowledgeAuditTrailDocument,
  StaffNeighbourhoodAuditTrailDocument,
  type AuditTrailFilter,
  type StaffAuditPageFragment,
} from "../../gql/graphql";
import { formatDateTime, formatNumber } from "../../ui/format";
import { MoreButton } from "../../ui/more-button";
import { Empty, ErrorNotice, Loading, Section, usePageTitle } from "../../ui/status";
import {
  actorInWords,
  AUDIT_PILLAR_LABELS,
  AUDIT_PILLARS,
  auditPillarOf,
  operationInWords,
  recordFilterOf,
  type AuditPillar,
} from "./staff-logic";

/**
 * /equipe/journal: the changes made by mutations, pillar by pillar (one query each, so a subgraph down
 * costs its pillar only), newest first, 20 at a time; narrowed to one record on demand. The choices live
 * in the address (?pilier=…&enregistrement=…).
 */
export function StaffAuditPage() {
  usePageTitle("Journal des modifications");
  const [params, setParams] = useSearchParams();
  const pillar = auditPillarOf(params.get("pilier"));
  const record = params.get("enregistrement") ?? "";
  const filter = recordFilterOf(record);
  const [pillarChoice, setPillarChoice] = useState<string>(pillar ?? "");
  const [recordChoice, setRecordChoice] = useState(record);

  function apply(next: { pilier?: string; enregistrement?: string }) {
    const search: Record<string, string> = {};
    if (next.pilier) search.pilier = next.pilier;
    if (next.enregistrement?.trim()) search.enregistrement = next.enregistrement.trim();
    setParams(search);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    apply({ pilier: pillarChoice, enregistrement: recordChoice });
  }

  const pillars = pillar ? [pillar] : AUDIT_PILLARS;
  return (
    <>
      <h1>Journal des modifications</h1>
      <p>Chaque modification faite par une mutation : qui, quoi, quand, sur quel enregistrement.</p>
      <form className="filters" onSubmit={onSubmit} aria-label="Filtrer le journal">
        <div className="field">
          <label htmlFor="journal-pilier">Pilier</label>
          <select
            id="journal-pilier"
            value={pillarChoice}
            onChange={(event) => setPillarChoice(event.target.value)}
          >
            <option value="">Tous les piliers</option>
            {AUDIT_PILLARS.map((option) => (
              <option key={option} value={option}>
                {AUDIT_PILLAR_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="journal-enregistrement">Identifiant de l'enregistrement (facultatif)</label>
          <input
            id="journal-enregistrement"
            value={recordChoice}
            onChange={(event) => setRecordChoice(event.target.value)}
            autoComplete="off"
          />
        </div>
        <p className="staff-actions">
          <button type="submit">Afficher</button>
          {(pillar || filter) && (
            <button
              type="button"
              onClick={() => {
                setPillarChoice("");
                setRecordChoice("");
                apply({});
              }}
            >
              Tout afficher
            </button>
          )}
        </p>
      </form>
      {pillars.map((shown) => (
        <PillarTrail key={`${shown}-${filter?.recordId ?? ""}`} pillar={shown} filter={filter} />
      ))}
    </>
  );
}

const DOCUMENTS = {
  economic: StaffEconomicAuditTrailDocument,
  neighbourhood: StaffNeighbourhoodAuditTrailDocument,
  knowledge: StaffKnowledgeAuditTrailDocument,
} as const;

const FIELDS = {
  economic: "economicAuditTrail",
  neighbourhood: "neighbourhoodAuditTrail",
  knowledge: "knowledgeAuditTrail",
} as const;

/** One pillar's trail: its own query, its own notice when its subgraph does not answer, its own « Voir plus ». */
function PillarTrail({ pillar, filter }: { pillar: AuditPillar; filter: AuditTrailFilter | undefined }) {
  // The three documents have the same variables and the same page fragment under a field of their own.
  const { data, loading, error, fetchMore } = useQuery(
    DOCUMENTS[pillar] as typeof StaffEconomicAuditTrailDocument,
    {
      variables: { filter },
      fetchPolicy: "network-only",
    },
  );
  const field = FIELDS[pillar];
  const connection = (data as Record<string, StaffAuditPageFragment | null | undefined> | undefined)?.[field];

  return (
    <Section title={AUDIT_PILLAR_LABELS[pillar]} error={error} path={[field]}>
      {loading && !connection ? (
        <Loading />
      ) : !connection ? (
        error ? (
          <ErrorNotice error={error} />
        ) : (
          <Empty>Aucune modification.</Empty>
        )
      ) : connection.edges.length === 0 ? (
        <Empty>
          {filter ? "Aucune modification de cet enregistrement." : "Aucune modification enregistrée."}
        </Empty>
      ) : (
        <>
          <p>
            {formatNumber(connection.totalCount)} modification{connection.totalCount > 1 ? "s" : ""}
            {filter ? ` de l'enregistrement ${filter.recordId}` : ""}, les plus récentes d'abord.
          </p>
          <ol className="audit-list">
            {connection.edges.map(({ node: entry }) => (
              <li key={entry.id}>
                <strong>{operationInWords(entry.operation)}</strong>{" "}
                <span className="muted">
                  (<code>{entry.operation}</code>)
                </span>
                <br />
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time> ·{" "}
                {actorInWords(entry)}
                <br />
                <span className="muted">
                  {entry.recordType} <code>{entry.recordId}</code>
                </span>
              </li>
            ))}
          </ol>
          {connection.pageInfo.hasNextPage && (
            <MoreButton onMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
          )}
        </>
      )}
    </Section>
  );
}
