import { useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";
import { MemberPageDocument } from "../../gql/graphql";
import { errorsUnder } from "../../ui/errors";
import { formatDate, formatNumber } from "../../ui/format";
import { Empty, ErrorNotice, Loading, Section, usePageTitle } from "../../ui/status";
import "../public/public.css";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** « Membre introuvable »: an unknown or malformed id. */
function MemberNotFound() {
  return (
    <>
      <h1>Membre introuvable</h1>
      <p>Ce membre n'existe pas ou ne fait plus partie de l'annuaire.</p>
      <p>
        <Link to="/membres">Retour à l'annuaire des membres</Link>
      </p>
    </>
  );
}

/**
 * A member's public page, in one query across the three subgraphs: its public fields (economic), the
 * actions it leads (neighbourhood), its practices (knowledge); a subgraph down hides only its section.
 */
export function MemberPage() {
  const { id = "" } = useParams();
  const valid = UUID.test(id);
  const { data, error, loading } = useQuery(MemberPageDocument, { variables: { id }, skip: !valid });
  const member = data?.member;
  // No member and no error on it: the id is unknown. With an error (the economic subgraph down): say so.
  const failed = !member && error !== undefined && (!data || errorsUnder(error, ["member"]).length > 0);
  const notFound = !valid || (!loading && !member && !failed);
  usePageTitle(member?.name ?? (notFound ? "Membre introuvable" : "Membre"));

  if (notFound) return <MemberNotFound />;
  if (loading && !data) return <Loading what="Chargement du membre…" />;
  if (!member) {
    return (
      <>
        <h1>Membre</h1>
        <ErrorNotice error={error} />
      </>
    );
  }

  const actions = member.neighbourhoodActions?.edges.map((edge) => edge.node) ?? [];
  const practices = member.practices?.edges.map((edge) => edge.node) ?? [];

  return (
    <article>
      <p>
        <Link to="/membres">← L'annuaire des membres</Link>
      </p>
      <h1>{member.name}</h1>
      <dl className="facts">
        <dt>Forme juridique</dt>
        <dd>{member.legalFormLabel ?? "—"}</dd>
        <dt>Implantation</dt>
        <dd>{member.membershipKindLabel ?? "—"}</dd>
        <dt>Membre depuis le</dt>
        <dd>{formatDate(member.joinedOn)}</dd>
        {member.leftOn && (
          <>
            <dt>A quitté le Pôle le</dt>
            <dd>{formatDate(member.leftOn)}</dd>
          </>
        )}
        {member.website && (
          <>
            <dt>Site web</dt>
            <dd>
              <a href={member.website} rel="noopener noreferrer">
                {member.website}
              </a>
            </dd>
          </>
        )}
      </dl>
      {member.activityLabels && member.activityLabels.length > 0 && (
        <ul className="tags" aria-label="Activités">
          {member.activityLabels.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      )}
      {member.publicDescription && <p className="lead">{member.publicDescription}</p>}

      <Section title="Actions menées aux Grésilles" error={error} path={["member", "neighbourhoodActions"]}>
        {actions.length === 0 ? (
          <Empty>Ce membre ne mène pas encore d'action avec les habitants.</Empty>
        ) : (
          <>
            <p className="muted">
              {formatNumber(member.neighbourhoodActions?.totalCount)} action
              {(member.neighbourhoodActions?.totalCount ?? 0) > 1 ? "s" : ""}
            </p>
            <ul className="grid results">
              {actions.map((action) => (
                <li key={action.id} className="card">
                  <h3>
                    <Link to={`/actions/${action.id}`}>{action.title}</Link>
                  </h3>
                  <p className="muted">
                    {action.kindLabel} · {action.place}
                  </p>
                  <p className="muted">
                    {action.endsOn
                      ? `Du ${formatDate(action.startsOn)} au ${formatDate(action.endsOn)}`
                      : `Depuis le ${formatDate(action.startsOn)}`}{" "}
                    · {action.statusLabel}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section title="Bonnes pratiques partagées" error={error} path={["member", "practices"]}>
        {practices.length === 0 ? (
          <Empty>Ce membre n'a pas encore contribué à une bonne pratique publiée.</Empty>
        ) : (
          <ul className="grid results">
            {practices.map((practice) => (
              <li key={practice.id} className="card">
                <h3>
                  <Link to={`/pratiques/${practice.id}`}>{practice.title}</Link>
                </h3>
                <p className="muted">Publiée le {formatDate(practice.publishedOn)}</p>
                {practice.summary && <p className="summary">{practice.summary}</p>}
                {practice.themes.length > 0 && (
                  <ul className="tags" aria-label="Thèmes">
                    {practice.themes.map((theme) => (
                      <li key={theme}>{theme}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </article>
  );
}
