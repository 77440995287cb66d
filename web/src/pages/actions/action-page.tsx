import { useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";
import { NeighbourhoodActionPageDocument } from "../../gql/graphql";
import { errorsUnder } from "../../ui/errors";
import { formatDate, formatNumber } from "../../ui/format";
import { Empty, ErrorNotice, Loading, Section, usePageTitle } from "../../ui/status";
import "../public/public.css";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One neighbourhood action: when, where, what kind, its figures, and the members who lead it. */
export function ActionPage() {
  const { id = "" } = useParams();
  const valid = UUID.test(id);
  const { data, error, loading } = useQuery(NeighbourhoodActionPageDocument, {
    variables: { id },
    skip: !valid,
  });
  const action = data?.neighbourhoodAction;
  const failed =
    !action && error !== undefined && (!data || errorsUnder(error, ["neighbourhoodAction"]).length > 0);
  const notFound = !valid || (!loading && !action && !failed);
  usePageTitle(action?.title ?? (notFound ? "Action introuvable" : "Action"));

  if (notFound) {
    return (
      <>
        <h1>Action introuvable</h1>
        <p>Cette action n'existe pas ou n'est plus publiée.</p>
        <p>
          <Link to="/actions">Toutes les actions aux Grésilles</Link>
        </p>
      </>
    );
  }
  if (loading && !data) return <Loading what="Chargement de l'action…" />;
  if (!action) {
    return (
      <>
        <h1>Action</h1>
        <ErrorNotice error={error} />
      </>
    );
  }

  const leaders = action.leadMembers;
  return (
    <article>
      <p>
        <Link to="/actions">← Toutes les actions aux Grésilles</Link>
      </p>
      <h1>{action.title}</h1>
      <p className="muted">
        {action.kindLabel} · {action.statusLabel}
      </p>
      {action.cancellationReason && <p className="notice">Action annulée : {action.cancellationReason}</p>}
      <dl className="facts">
        <dt>Dates</dt>
        <dd>
          {action.endsOn
            ? `Du ${formatDate(action.startsOn)} au ${formatDate(action.endsOn)}`
            : `Depuis le ${formatDate(action.startsOn)}, toujours en cours`}
        </dd>
        <dt>Lieu</dt>
        <dd>
          {action.place}
          {action.placeKindLabel && action.placeKindLabel !== action.place
            ? ` (${action.placeKindLabel})`
            : ""}
        </dd>
        {action.qpvCode && (
          <>
            <dt>Quartier prioritaire</dt>
            <dd>{action.qpvCode}</dd>
          </>
        )}
        {action.participatoryProject && (
          <>
            <dt>Projet participatif</dt>
            <dd>
              <Link to="/esplanade-boutaric">{action.participatoryProject.title}</Link>
            </dd>
          </>
        )}
      </dl>
      <p className="lead">{action.description}</p>

      <section className="section" aria-labelledby="action-chiffres">
        <h2 id="action-chiffres">En chiffres</h2>
        <ul className="figures">
          <li>
            <strong>{formatNumber(action.inhabitantsReached)}</strong> habitants touchés
          </li>
          <li>
            <strong>{formatNumber(action.sessionCount)}</strong> séances
          </li>
          <li>
            <strong>{formatNumber(action.hours)}</strong> heures d'activité
          </li>
        </ul>
      </section>

      {action.partners.length > 0 && (
        <section className="section" aria-labelledby="action-partenaires">
          <h2 id="action-partenaires">Partenaires</h2>
          <ul className="tags">
            {action.partners.map((partner) => (
              <li key={partner}>{partner}</li>
            ))}
          </ul>
        </section>
      )}

      <Section
        title="Membres du Pôle qui mènent l'action"
        error={error}
        path={["neighbourhoodAction", "leadMembers"]}
      >
        {leaders.length === 0 ? (
          <Empty>Aucun membre n'est indiqué pour cette action.</Empty>
        ) : (
          <ul>
            {leaders.map((member, index) =>
              member ? (
                <li key={member.id}>
                  <Link to={`/membres/${member.id}`}>{member.name}</Link>
                  {member.legalFormLabel && <span className="muted"> · {member.legalFormLabel}</span>}
                </li>
              ) : (
                <li key={`absent-${index}`} className="muted">
                  Un membre (momentanément indisponible)
                </li>
              ),
            )}
          </ul>
        )}
      </Section>
    </article>
  );
}
