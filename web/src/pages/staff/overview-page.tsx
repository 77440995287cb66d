import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { StaffOverviewDocument } from "../../gql/graphql";
import { errorsUnder } from "../../ui/errors";
import { formatNumber } from "../../ui/format";
import { ErrorNotice, Loading, Section, usePageTitle } from "../../ui/status";
import { AUDIT_PILLAR_LABELS, AUDIT_PILLARS, countInWords, totalOf } from "./staff-logic";

const TRAIL_FIELDS = {
  economic: "economicAuditTrail",
  neighbourhood: "neighbourhoodAuditTrail",
  knowledge: "knowledgeAuditTrail",
} as const;

/** /equipe: where staff land; the three tasks with what awaits them, each part on its own. */
export function StaffOverviewPage() {
  usePageTitle("Espace de l'équipe du Pôle");
  const { data, loading, error } = useQuery(StaffOverviewDocument, {
    fetchPolicy: "network-only",
  });
  const projects = data?.participatoryProjects?.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <h1>Espace de l'équipe du Pôle</h1>
      <p>
        Modérez les contributions des habitants, relisez les pratiques des territoires et suivez les
        modifications.
      </p>
      {loading && !data ? (
        <Loading />
      ) : !data && error ? (
        <ErrorNotice error={error} />
      ) : (
        <div className="grid">
          <Section title="Modération des contributions" error={error} path={["participatoryProjects"]}>
            <p>
              <strong>{countInWords(totalOf(projects, "PENDING"), "contribution")}</strong> en attente de
              modération ; {countInWords(totalOf(projects, "HIDDEN"), "contribution")} masquée
              {totalOf(projects, "HIDDEN") > 1 ? "s" : ""}.
            </p>
            <p>
              <Link to="/equipe/moderation">Ouvrir la file de modération</Link>
            </p>
          </Section>
          <Section title="Pratiques en relecture" error={error} path={["inReview"]}>
            <p>
              <strong>{countInWords(data?.inReview?.totalCount ?? 0, "pratique")}</strong> en attente de
              relecture.
            </p>
            <p>
              <Link to="/equipe/pratiques">Relire les pratiques</Link>
            </p>
          </Section>
          <section className="section" aria-labelledby="journal-titre">
            <h2 id="journal-titre">Journal des modifications</h2>
            <ul>
              {AUDIT_PILLARS.map((pillar) => (
                <AuditCount
                  key={pillar}
                  pillar={pillar}
                  error={error}
                  count={data?.[TRAIL_FIELDS[pillar]]?.totalCount}
                />
              ))}
            </ul>
            <p>
              <Link to="/equipe/journal">Consulter le journal</Link>
            </p>
          </section>
        </div>
      )}
    </>
  );
}

function AuditCount({
  pillar,
  error,
  count,
}: {
  pillar: (typeof AUDIT_PILLARS)[number];
  error: unknown;
  count: number | undefined;
}) {
  const failed = errorsUnder(error, [TRAIL_FIELDS[pillar]]).length > 0 || (count === undefined && !!error);
  return (
    <li>
      {AUDIT_PILLAR_LABELS[pillar]} :{" "}
      {failed ? (
        <span className="notice-partial" role="status">
          indisponible pour le moment
        </span>
      ) : (
        <strong>
          {formatNumber(count)} entrée{(count ?? 0) > 1 ? "s" : ""}
        </strong>
      )}
    </li>
  );
}
