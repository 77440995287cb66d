import { useState } from "react";
import { useApolloClient, useMutation } from "@apollo/client/react";
import {
  PhaseContributionsMoreDocument,
  VoteForContributionDocument,
  type ContributionCardFragment,
  type ParticipatoryProjectPageFieldsFragment,
} from "../../gql/graphql";
import { errorInWords, graphQLErrorsOf, codeOf } from "../../ui/errors";
import { formatDate, formatDateTime, formatNumber, formatPercentage } from "../../ui/format";
import { Empty, Section } from "../../ui/status";
import { ContributionForm } from "./contribution-form";
import { openPhaseOf, phaseTiming, PHASE_TIMING_LABELS, todayInDijon } from "./phase-timing";
import "./participation.css";

type Project = ParticipatoryProjectPageFieldsFragment;
type Phase = Project["phases"][number];

/** « 1 vote », « 32 votes ». */
const votesInWords = (count: number) => `${formatNumber(count)} vote${count > 1 ? "s" : ""}`;

/** The project page below its <h1>: presentation, phases and contributions, the form, results. */
export function ProjectView({
  project,
  error,
  path,
}: {
  project: Project;
  error: unknown;
  /** Where the project sits in the answer, e.g. ["participatoryProject"]. */
  path: (string | number)[];
}) {
  const today = todayInDijon();
  const openPhase = openPhaseOf(project.phases);
  return (
    <>
      <section className="section">
        <p className="lead">{project.summary}</p>
        <dl className="figures">
          <div>
            <dt>Lieu</dt>
            <dd>{project.place}</dd>
          </div>
          <div>
            <dt>Période</dt>
            <dd>
              {project.endsOn
                ? `du ${formatDate(project.startsOn)} au ${formatDate(project.endsOn)}`
                : `depuis le ${formatDate(project.startsOn)}`}
            </dd>
          </div>
          <div>
            <dt>Avancement des résultats</dt>
            <dd>{formatPercentage(project.progressPercentage)}</dd>
          </div>
        </dl>
        {project.isSample && <p className="muted">Données d'exemple, inventées pour la démonstration.</p>}
      </section>

      <Section title="Contribuer" error={error} path={[...path, "phases"]}>
        {openPhase ? (
          <ContributionForm phaseId={openPhase.id} phaseTitle={openPhase.title} />
        ) : (
          <p className="notice">
            Aucune phase n'est ouverte aux contributions en ce moment : le formulaire reviendra à l'ouverture
            de la prochaine phase de concertation.
          </p>
        )}
      </Section>

      <Section title="Les phases du projet" error={error} path={[...path, "phases"]}>
        {project.phases.length === 0 ? (
          <Empty>Ce projet n'a pas encore de phase.</Empty>
        ) : (
          <ol className="phases">
            {project.phases.map((phase) => (
              <PhaseItem key={phase.id} phase={phase} today={today} />
            ))}
          </ol>
        )}
      </Section>

      <Section title="Résultats et étapes" error={error} path={[...path, "results"]}>
        {project.results.length === 0 ? (
          <Empty>Aucun résultat n'est encore publié pour ce projet.</Empty>
        ) : (
          <div className="grid">
            {project.results.map((result) => (
              <article key={result.id} className="card">
                <h3>{result.title}</h3>
                <p>{result.description}</p>
                <p>
                  <strong>{result.statusLabel ?? result.status}</strong> —{" "}
                  {formatPercentage(result.progressPercentage)}
                </p>
                <progress
                  max={100}
                  value={result.progressPercentage}
                  aria-label={`Avancement de « ${result.title} »`}
                >
                  {formatPercentage(result.progressPercentage)}
                </progress>
                {result.milestones.length === 0 ? (
                  <p className="muted">Pas encore d'étape.</p>
                ) : (
                  <ol className="milestones">
                    {result.milestones.map((milestone) => (
                      <li key={milestone.id}>
                        <time dateTime={milestone.occurredOn}>{formatDate(milestone.occurredOn)}</time> :{" "}
                        {milestone.title}
                        {milestone.description && <span className="muted"> — {milestone.description}</span>}
                      </li>
                    ))}
                  </ol>
                )}
              </article>
            ))}
          </div>
        )}
      </Section>
    </>
  );
}

function PhaseItem({ phase, today }: { phase: Phase; today: string }) {
  const timing = phaseTiming(phase, today);
  const headingId = `phase-${phase.id}`;
  const connection = phase.contributions;
  return (
    <li className={`phase phase-${timing}`} aria-current={timing === "current" ? "step" : undefined}>
      <article className="card" aria-labelledby={headingId}>
        <h3 id={headingId}>{phase.title}</h3>
        <p>
          <span className={`phase-badge phase-badge-${timing}`}>{PHASE_TIMING_LABELS[timing]}</span> du{" "}
          {formatDate(phase.startsOn)} au {formatDate(phase.endsOn)}
          {phase.isOpen
            ? " · ouverte aux contributions"
            : phase.acceptsContributions
              ? ""
              : " · sans contributions"}
        </p>
        <p>{phase.description}</p>
        {phase.acceptsContributions && (
          <>
            <h4>
              Contributions publiées (
              {formatNumber(connection?.totalCount ?? phase.contributionCounts.published)})
            </h4>
            {!connection || connection.edges.length === 0 ? (
              <Empty>Aucune contribution publiée pour cette phase.</Empty>
            ) : (
              <>
                <ul className="contributions">
                  {connection.edges.map(({ node }) => (
                    <ContributionItem key={node.id} contribution={node} votable={phase.isOpen} />
                  ))}
                </ul>
                {connection.pageInfo.hasNextPage && (
                  <MoreContributions phaseId={phase.id} after={connection.pageInfo.endCursor ?? null} />
                )}
              </>
            )}
          </>
        )}
      </article>
    </li>
  );
}

/** « Voir plus de contributions »: the next page, merged into the phase's list by the cache's policy. */
function MoreContributions({ phaseId, after }: { phaseId: string; after: string | null }) {
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  async function loadMore() {
    setLoading(true);
    setError(undefined);
    const result = await client.query({
      query: PhaseContributionsMoreDocument,
      variables: { phaseId, after },
      fetchPolicy: "network-only",
    });
    if (result.error) setError(result.error);
    setLoading(false);
  }
  return (
    <div className="pagination">
      <button type="button" disabled={loading} onClick={() => void loadMore()}>
        {loading ? "Chargement…" : "Voir plus de contributions"}
      </button>
      {error !== undefined && (
        <p className="notice notice-error" role="alert">
          {errorInWords(error)}
        </p>
      )}
    </div>
  );
}

function ContributionItem({
  contribution,
  votable,
}: {
  contribution: ContributionCardFragment;
  votable: boolean;
}) {
  const [vote, { loading, error, data }] = useMutation(VoteForContributionDocument, { errorPolicy: "all" });
  const alreadyVoted = graphQLErrorsOf(error).some((e) => codeOf(e) === "CONFLICT");
  const voted = Boolean(data?.voteForContribution) && !error;
  return (
    <li className="contribution">
      <blockquote>
        <p>{contribution.body}</p>
      </blockquote>
      <p className="muted">
        — {contribution.displayName}, le {formatDateTime(contribution.submittedAt)}
      </p>
      <p className="votes">
        <span>{votesInWords(contribution.voteCount)}</span>
        {votable && (
          <button
            type="button"
            disabled={loading || voted || alreadyVoted}
            onClick={() => void vote({ variables: { contributionId: contribution.id } })}
            // The visible words first, so that the name speech users say matches what they see.
            aria-label={`${voted ? "Vote enregistré" : "Voter"} pour la contribution de ${contribution.displayName}`}
          >
            {voted ? "Vote enregistré" : "Voter"}
          </button>
        )}
      </p>
      {(voted || error !== undefined) && (
        <p role={error ? "alert" : "status"} className={error ? "notice notice-error" : "notice notice-ok"}>
          {voted
            ? "Merci, votre vote est compté."
            : alreadyVoted
              ? "Vous avez déjà voté pour cette contribution."
              : errorInWords(error)}
        </p>
      )}
    </li>
  );
}
