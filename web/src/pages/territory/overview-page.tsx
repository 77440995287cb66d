import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { useSession } from "../../auth/session";
import { TerritoryOverviewDocument } from "../../gql/graphql";
import { formatDate, formatNumber } from "../../ui/format";
import { Empty, ErrorNotice, Loading, Section, usePageTitle } from "../../ui/status";
import { groupByStage, STAGE_LABELS, STAGES } from "./territory-logic";

/** /territoire: the territory's name and its practices by stage. */
export function TerritoryOverviewPage() {
  const { session } = useSession();
  const territoryId = session?.territoryId ?? "";
  const { data, loading, error } = useQuery(TerritoryOverviewDocument, {
    variables: { territoryId },
    skip: !territoryId,
    fetchPolicy: "cache-and-network",
  });
  const territory = data?.territory;
  usePageTitle(territory ? `Espace territoire : ${territory.name}` : "Espace territoire");

  if (!territoryId) return <NoTerritory />;
  if (loading && !data) return <Loading />;
  if (!data && error) return <ErrorNotice error={error} />;

  const practices = data?.practices?.edges.map((edge) => edge.node) ?? [];
  const groups = groupByStage(practices);

  return (
    <>
      <h1>{territory ? territory.name : "Espace territoire"}</h1>
      {territory ? (
        <p className="muted">
          {territory.kindLabel}
          {territory.inseeCode ? ` · code INSEE ${territory.inseeCode}` : ""}
          {territory.qpvCodes.length > 0 ? ` · QPV ${territory.qpvCodes.join(", ")}` : ""}
        </p>
      ) : (
        <ErrorNotice error={error}>
          Ce territoire n'est pas (ou plus) connu de la base des pratiques.
        </ErrorNotice>
      )}
      <nav aria-label="Espace territoire">
        <ul className="tags">
          <li>
            <Link to="/territoire/brouillons">Rédiger et soumettre mes pratiques</Link>
          </li>
          <li>
            <Link to="/territoire/transferts">Transferts et adoptions</Link>
          </li>
        </ul>
      </nav>
      <Section title="Mes pratiques" error={error} path={["practices"]}>
        <ul className="figures" aria-label="Pratiques par étape">
          {STAGES.map((stage) => (
            <li key={stage}>
              <strong>{formatNumber(groups[stage].length)}</strong> {STAGE_LABELS[stage].toLowerCase()}
            </li>
          ))}
        </ul>
        {practices.length === 0 && (
          <Empty>
            Aucune pratique pour ce territoire. <Link to="/territoire/brouillons">Rédigez la première</Link>.
          </Empty>
        )}
        {STAGES.filter((stage) => groups[stage].length > 0).map((stage) => (
          <section key={stage} aria-labelledby={`etape-${stage}`}>
            <h3 id={`etape-${stage}`}>{STAGE_LABELS[stage]}</h3>
            <ul>
              {groups[stage].map((practice) => (
                <li key={practice.id}>
                  {practice.status === "PUBLISHED" ? (
                    <Link to={`/pratiques/${practice.id}`}>{practice.title}</Link>
                  ) : (
                    <Link to={`/territoire/brouillons#pratique-${practice.id}`}>{practice.title}</Link>
                  )}{" "}
                  <span className="muted">
                    — {practice.statusLabel}
                    {practice.publishedOn ? `, publiée le ${formatDate(practice.publishedOn)}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </Section>
    </>
  );
}

/** A territory session without its territory (should not happen with a valid token). */
export function NoTerritory() {
  return (
    <>
      <h1>Espace territoire</h1>
      <p className="notice notice-error" role="alert">
        Votre session ne nomme aucun territoire : reconnectez-vous en choisissant votre territoire.
      </p>
    </>
  );
}
