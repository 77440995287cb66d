import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { HomePageDocument } from "../../gql/graphql";
import { errorsUnder } from "../../ui/errors";
import { formatDate, formatNumber } from "../../ui/format";
import { Empty, ErrorNotice, Loading, Section, usePageTitle } from "../../ui/status";
import "./public.css";

/** The three pillars of the seed document (« 1 projet, 3 dimensions »). */
const PILLARS = [
  {
    title: "Développement économique",
    text: "Le Pôle structure la filière culturelle et créative par la coopération : une offre de services dédiée à ses entreprises membres — actions commerciales mutualisées, bureaux et achats à tarifs préférentiels, conseils et formations sur mesure.",
  },
  {
    title: "Un quartier, les Grésilles",
    text: "Installé dans l'immeuble Boutaric, au cœur d'un quartier prioritaire en pleine requalification, le Pôle contribue au mieux-être et à l'attractivité des Grésilles avec et pour ses habitants : actions culturelles et artistiques, initiatives collectives, emploi et insertion.",
  },
  {
    title: "Recherche et innovation",
    text: "Le Pôle réinvente son modèle économique, modélise ses bonnes pratiques et les partage avec d'autres territoires, qui peuvent les adopter.",
  },
];

/** The home page: the Pôle in a few lines, what anyone may count, the latest actions and practices. */
export function HomePage() {
  usePageTitle(undefined);
  const { data, error, loading } = useQuery(HomePageDocument);

  const figures = [
    { value: data?.members?.totalCount, label: "structures membres", path: "members" },
    {
      value: data?.installedMembers?.totalCount,
      label: "installées dans l'immeuble Boutaric",
      path: "installedMembers",
    },
    {
      value: data?.associatedMembers?.totalCount,
      label: "associées sur le territoire",
      path: "associatedMembers",
    },
    {
      value: data?.neighbourhoodActions?.totalCount,
      label: "actions avec les habitants",
      path: "neighbourhoodActions",
    },
    { value: data?.practices?.totalCount, label: "bonnes pratiques publiées", path: "practices" },
    { value: data?.transfers?.totalCount, label: "transferts vers d'autres territoires", path: "transfers" },
  ];
  const shown = figures.filter((figure) => typeof figure.value === "number");
  const actions = data?.neighbourhoodActions?.edges.map((edge) => edge.node) ?? [];
  const practices = data?.practices?.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <h1>Pôle de Coopération Culturel &amp; Créatif du Grand Dijon</h1>
      <p className="lead">
        La Coursive Boutaric, aux Grésilles à Dijon : un projet, trois dimensions. Créée le 2 décembre 2010,
        l'association réunit des entreprises culturelles et créatives installées dans l'immeuble Boutaric ou
        associées sur le territoire.
      </p>
      <ul className="grid pillars">
        {PILLARS.map((pillar) => (
          <li key={pillar.title} className="card">
            <h2>{pillar.title}</h2>
            <p>{pillar.text}</p>
          </li>
        ))}
      </ul>

      {loading && !data ? (
        <Loading />
      ) : !data && error ? (
        <ErrorNotice error={error} />
      ) : (
        <>
          <section className="section" aria-labelledby="chiffres">
            <h2 id="chiffres">Le Pôle en chiffres</h2>
            {shown.length > 0 ? (
              <ul className="figures">
                {shown.map((figure) => (
                  <li key={figure.path}>
                    <strong>{formatNumber(figure.value)}</strong> {figure.label}
                  </li>
                ))}
              </ul>
            ) : (
              <Empty>Aucun chiffre n'est disponible pour le moment.</Empty>
            )}
            {figures.some((figure) => errorsUnder(error, [figure.path]).length > 0) && (
              <p className="notice notice-partial" role="status">
                Certains chiffres n'ont pas pu être chargés : un service est momentanément indisponible.
              </p>
            )}
            <p className="muted">
              Structures membres aujourd'hui ; actions et pratiques depuis le début du Pôle.
            </p>
          </section>

          <Section title="Dernières actions aux Grésilles" error={error} path={["neighbourhoodActions"]}>
            {actions.length === 0 ? (
              <Empty>Aucune action n'est encore enregistrée.</Empty>
            ) : (
              <ul className="grid">
                {actions.map((action) => (
                  <li key={action.id} className="card">
                    <h3>
                      <Link to={`/actions/${action.id}`}>{action.title}</Link>
                    </h3>
                    <p className="muted">
                      {action.kindLabel} · depuis le {formatDate(action.startsOn)} · {action.place}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <Link to="/actions">Toutes les actions aux Grésilles</Link>
            </p>
          </Section>

          <Section title="Dernières bonnes pratiques publiées" error={error} path={["practices"]}>
            {practices.length === 0 ? (
              <Empty>Aucune pratique n'est encore publiée.</Empty>
            ) : (
              <ul className="grid">
                {practices.map((practice) => (
                  <li key={practice.id} className="card">
                    <h3>
                      <Link to={`/pratiques/${practice.id}`}>{practice.title}</Link>
                    </h3>
                    <p className="muted">Publiée le {formatDate(practice.publishedOn)}</p>
                    {practice.summary && <p className="summary">{practice.summary}</p>}
                  </li>
                ))}
              </ul>
            )}
            <p>
              <Link to="/pratiques">Toute la bibliothèque des bonnes pratiques</Link>
            </p>
          </Section>
        </>
      )}
    </>
  );
}
