import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Link, useSearchParams } from "react-router";
import {
  StaffModerateContributionDocument,
  StaffModerationPhasesDocument,
  StaffPhaseContributionsDocument,
  type ContributionStatus,
  type StaffContributionFragment,
} from "../../gql/graphql";
import { errorInWords, fieldErrorsOf } from "../../ui/errors";
import { formatDateTime, formatNumber } from "../../ui/format";
import { MoreButton } from "../../ui/more-button";
import { Empty, ErrorNotice, Loading, Section, usePageTitle } from "../../ui/status";
import { Field } from "../../ui/field";
import {
  MODERATION_STATE_LABELS,
  MODERATION_STATES,
  moderationStateOf,
  queuePhases,
  REASON_MAX,
  totalOf,
  type QueuePhase,
} from "./staff-logic";

const EMPTY_QUEUE: Record<ContributionStatus, string> = {
  PENDING: "Aucune contribution n'attend de modération : la file est vide.",
  PUBLISHED: "Aucune contribution publiée.",
  HIDDEN: "Aucune contribution masquée.",
};

/**
 * /equipe/moderation: the contributions of a state (pending ones unless told), phase by phase, each with
 * its decision — publish, or hide with a reason. A decided contribution leaves the list at once.
 */
export function StaffModerationPage() {
  usePageTitle("Modération des contributions");
  const [params, setParams] = useSearchParams();
  const state = moderationStateOf(params.get("etat"));
  const [announce, setAnnounce] = useState<string>();
  const { data, loading, error } = useQuery(StaffModerationPhasesDocument, {
    fetchPolicy: "network-only",
  });
  const projects = data?.participatoryProjects?.edges.map((edge) => edge.node) ?? [];
  const phases = queuePhases(projects, state);

  return (
    <>
      <h1>Modération des contributions</h1>
      <p>
        Les contributions des habitants attendent votre décision avant d'être publiées. Publiez-les, ou
        masquez-les en indiquant le motif.
      </p>
      <div className="filters staff-filters">
        <div className="field">
          <label htmlFor="etat-moderation">Contributions affichées</label>
          <select
            id="etat-moderation"
            value={state}
            onChange={(event) => {
              setAnnounce(undefined);
              setParams(event.target.value === "PENDING" ? {} : { etat: event.target.value });
            }}
          >
            {MODERATION_STATES.map((option) => (
              <option key={option} value={option}>
                {MODERATION_STATE_LABELS[option]}
                {data ? ` (${formatNumber(totalOf(projects, option))})` : ""}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div aria-live="polite" role="status">
        {announce && <p className="notice notice-ok">{announce}</p>}
      </div>
      {loading && !data ? (
        <Loading />
      ) : !data && error ? (
        <ErrorNotice error={error} />
      ) : (
        <Section title={MODERATION_STATE_LABELS[state]} error={error} path={["participatoryProjects"]}>
          {phases.length === 0 ? (
            <Empty>{EMPTY_QUEUE[state]}</Empty>
          ) : (
            phases.map((phase) => (
              <PhaseQueue key={`${phase.id}-${state}`} phase={phase} state={state} onDecided={setAnnounce} />
            ))
          )}
        </Section>
      )}
    </>
  );
}

/** One phase's contributions of the state, oldest first, 20 at a time. */
function PhaseQueue({
  phase,
  state,
  onDecided,
}: {
  phase: QueuePhase;
  state: ContributionStatus;
  onDecided: (message: string) => void;
}) {
  const { data, loading, error, fetchMore } = useQuery(StaffPhaseContributionsDocument, {
    variables: { phaseId: phase.id, status: state },
    fetchPolicy: "network-only",
  });
  const connection = data?.projectPhase?.contributions;
  // A contribution decided here changes state in the cache: it leaves the list without waiting.
  const items = connection?.edges.map((edge) => edge.node).filter((node) => node.status === state) ?? [];
  const headingId = `phase-${phase.id}`;

  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {phase.projectTitle} — {phase.title}
      </h3>
      <p className="muted">
        {phase.isOpen ? "Phase ouverte" : "Phase close"} ·{" "}
        <Link to={`/participation/${phase.projectId}`}>Page publique du projet</Link>
      </p>
      {loading && !data ? (
        <Loading />
      ) : error && !connection ? (
        <ErrorNotice error={error} />
      ) : items.length === 0 ? (
        <Empty>Plus aucune contribution ici.</Empty>
      ) : (
        <ul className="staff-list">
          {items.map((contribution) => (
            <ContributionDecision
              key={contribution.id}
              contribution={contribution}
              state={state}
              onDecided={onDecided}
            />
          ))}
        </ul>
      )}
      {connection?.pageInfo.hasNextPage && (
        <MoreButton onMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
      )}
    </section>
  );
}

/** One contribution, its text and its decision; hiding asks for the reason, shown to the team only. */
function ContributionDecision({
  contribution,
  state,
  onDecided,
}: {
  contribution: StaffContributionFragment;
  state: ContributionStatus;
  onDecided: (message: string) => void;
}) {
  const [moderate, { loading }] = useMutation(StaffModerateContributionDocument, {
    refetchQueries: ["StaffOverview"],
  });
  const [reason, setReason] = useState("");
  const [error, setError] = useState<unknown>();
  const fieldErrors = fieldErrorsOf(error);
  const reasonId = `motif-${contribution.id}`;
  const headingId = `contribution-${contribution.id}`;

  async function decide(status: "PUBLISHED" | "HIDDEN") {
    setError(undefined);
    const result = await moderate({
      variables: {
        input: { contributionId: contribution.id, status, ...(status === "HIDDEN" ? { reason } : {}) },
      },
    });
    if (result.error) return setError(result.error);
    onDecided(
      status === "PUBLISHED"
        ? `La contribution de « ${contribution.displayName} » est publiée.`
        : `La contribution de « ${contribution.displayName} » est masquée.`,
    );
  }

  return (
    <li>
      <article aria-labelledby={headingId} id={headingId.replace("contribution-", "c-")}>
        <h4 id={headingId}>
          {contribution.displayName}
          <span className="muted"> · {formatDateTime(contribution.submittedAt)}</span>
        </h4>
        <p className="staff-body">{contribution.body}</p>
        <p className="muted">
          {contribution.statusLabel ?? MODERATION_STATE_LABELS[contribution.status]}
          {contribution.voteCount > 0 ? ` · ${formatNumber(contribution.voteCount)} vote(s)` : ""}
          {contribution.isSample ? " · exemple" : ""}
          {contribution.moderatedAt ? ` · modérée le ${formatDateTime(contribution.moderatedAt)}` : ""}
        </p>
        {contribution.moderationReason && <p>Motif du masquage : {contribution.moderationReason}</p>}
        {state !== "HIDDEN" && (
          <Field
            id={reasonId}
            label="Motif du masquage (obligatoire pour masquer)"
            hint="De 3 à 500 caractères ; il n'est lu que par l'équipe."
            error={fieldErrors.reason}
          >
            {(aria) => (
              <textarea
                {...aria}
                rows={2}
                maxLength={REASON_MAX}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </Field>
        )}
        {error !== undefined && !fieldErrors.reason && (
          <p className="notice notice-error" role="alert">
            {errorInWords(error)}
          </p>
        )}
        <p className="staff-actions">
          {state !== "PUBLISHED" && (
            <button
              type="button"
              disabled={loading}
              aria-describedby={headingId}
              onClick={() => void decide("PUBLISHED")}
            >
              Publier
            </button>
          )}
          {state !== "HIDDEN" && (
            <button
              type="button"
              disabled={loading}
              aria-describedby={headingId}
              onClick={() => void decide("HIDDEN")}
            >
              Masquer
            </button>
          )}
        </p>
      </article>
    </li>
  );
}
