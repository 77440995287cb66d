import { useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { useSiteConfig } from "../../config-context";
import { PracticePageDocument } from "../../gql/graphql";
import { codeOf, graphQLErrorsOf } from "../../ui/errors";
import { formatDate, formatEuros, formatNumber } from "../../ui/format";
import { Empty, ErrorNotice, Loading, Section, usePageTitle } from "../../ui/status";
import { citationOf, licenceOf, practiceUri } from "./licences";
import "./practices.css";

/**
 * /pratiques/:id: a published practice as another territory reads it, with its licence and how to cite it,
 * its adoptions, the members who contributed (economic subgraph) and the actions it was drawn from
 * (neighbourhood subgraph): each of those two in a Section, so an outage hides only that part.
 */
export function PracticePage() {
  const { id = "" } = useParams();
  const { gatewayUrl } = useSiteConfig();
  const { data, loading, error } = useQuery(PracticePageDocument, { variables: { id } });
  const practice = data?.practice;
  usePageTitle(practice?.title ?? (loading ? "Bonne pratique" : "Pratique introuvable"));

  if (loading && !data) return <Loading what="Chargement de la pratique…" />;
  if (!practice) {
    // A malformed id is refused (BAD_USER_INPUT): for the reader it is the same unknown address.
    const refusedId = graphQLErrorsOf(error).some((e) => codeOf(e) === "BAD_USER_INPUT");
    if (error && !refusedId) {
      return (
        <section>
          <h1>Bonne pratique</h1>
          <ErrorNotice error={error}>
            <p>
              <Link to="/pratiques">Retour à la bibliothèque des pratiques</Link>
            </p>
          </ErrorNotice>
        </section>
      );
    }
    return (
      <section>
        <h1>Pratique introuvable</h1>
        <p>
          Cette pratique n'existe pas ou n'est pas publiée.{" "}
          <Link to="/pratiques">Voir les bonnes pratiques</Link>
        </p>
      </section>
    );
  }

  const licence = licenceOf(practice.licence);
  const uri = practiceUri(gatewayUrl, practice.id);
  const withdrawn = practice.status === "WITHDRAWN";
  const members = practice.contributingMembers.flatMap((m) => (m ? [m] : []));
  const actions = practice.sourceActions.flatMap((a) => (a ? [a] : []));

  return (
    <article className="practice-page">
      <p>
        <Link to="/pratiques">← Toutes les bonnes pratiques</Link>
      </p>
      <h1>{practice.title}</h1>
      {practice.titleEn ? (
        <p className="muted" lang="en">
          {practice.titleEn}
        </p>
      ) : null}

      {withdrawn ? (
        <div className="notice notice-partial" role="status">
          <p>
            Cette pratique a été retirée
            {practice.withdrawnOn ? ` le ${formatDate(practice.withdrawnOn)}` : ""}
            {practice.withdrawalReason ? ` : ${practice.withdrawalReason}` : "."}
          </p>
        </div>
      ) : null}

      <dl className="practice-meta">
        <dt>Territoire</dt>
        <dd>
          {practice.territory
            ? `${practice.territory.name}${practice.territory.kindLabel ? ` (${practice.territory.kindLabel})` : ""}`
            : "Non précisé"}
        </dd>
        {practice.pillarLabel ? (
          <>
            <dt>Pilier</dt>
            <dd>{practice.pillarLabel}</dd>
          </>
        ) : null}
        <dt>Publiée le</dt>
        <dd>{formatDate(practice.publishedOn)}</dd>
        {practice.startedOn ? (
          <>
            <dt>Période</dt>
            <dd>
              depuis le {formatDate(practice.startedOn)}
              {practice.endedOn ? ` jusqu'au ${formatDate(practice.endedOn)}` : " (en cours)"}
            </dd>
          </>
        ) : null}
        {practice.contactRole ? (
          <>
            <dt>Contact</dt>
            <dd>{practice.contactRole}</dd>
          </>
        ) : null}
        <dt>Licence</dt>
        <dd>
          <a href={licence.url} rel="license noreferrer">
            {licence.name}
          </a>{" "}
          <span className="muted">({licence.id})</span>
        </dd>
      </dl>

      {practice.themes.length > 0 ? (
        <ul className="tags" aria-label="Thèmes">
          {practice.themes.map((name) => (
            <li key={name}>
              <Link to={`/pratiques?theme=${encodeURIComponent(name)}`}>{name}</Link>
            </li>
          ))}
        </ul>
      ) : null}

      <TextPart title="En résumé" text={practice.summary} />
      <TextPart title="Le défi" text={practice.challenge} />
      <TextPart title="Ce qui a été fait" text={practice.description} />

      {practice.resources && (practice.resources.budget !== null || practice.resources.description) ? (
        <section>
          <h2>Moyens</h2>
          <p>
            {practice.resources.budget !== null && practice.resources.budget !== undefined
              ? `Budget : ${formatEuros(practice.resources.budget, true)}. `
              : ""}
            {practice.resources.peopleCount
              ? `${formatNumber(practice.resources.peopleCount)} personnes. `
              : ""}
            {practice.resources.description ?? ""}
          </p>
        </section>
      ) : null}

      {!withdrawn ? (
        <section>
          <h2>Résultats</h2>
          {practice.results.length === 0 ? (
            <Empty>Aucun résultat chiffré n'a été publié pour cette pratique.</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="muted">Résultats mesurés et leurs sources</caption>
                <thead>
                  <tr>
                    <th scope="col">Indicateur</th>
                    <th scope="col" className="number">
                      Valeur
                    </th>
                    <th scope="col">Source</th>
                  </tr>
                </thead>
                <tbody>
                  {practice.results.map((result) => (
                    <tr key={result.indicator}>
                      <td>{result.indicator}</td>
                      <td className="number">
                        {formatNumber(result.value)}
                        {result.unit ? ` ${result.unit}` : ""}
                      </td>
                      <td>{result.evidence ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}

      <TextPart title="Difficultés rencontrées" text={practice.difficulties} />
      <TextPart title="Enseignements" text={practice.lessonsLearned} />
      <TextPart title="Transférabilité" text={practice.transferability} />

      <section>
        <h2>Adoptions par d'autres territoires</h2>
        {practice.adoptions.length === 0 ? (
          <Empty>Aucun territoire n'a encore adopté cette pratique.</Empty>
        ) : (
          <ul className="practice-results">
            {practice.adoptions.map((adoption) => (
              <li key={adoption.id} className="card">
                <h3>{adoption.territory.name}</h3>
                <p className="muted">
                  {adoption.statusLabel ?? ""} · commencée le {formatDate(adoption.startedOn)}
                  {adoption.completedOn ? `, terminée le ${formatDate(adoption.completedOn)}` : ""}
                </p>
                {adoption.outcome ? <p>{adoption.outcome}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <Section
        title="Membres du Pôle qui y ont contribué"
        error={error}
        path={["practice", "contributingMembers"]}
      >
        {members.length === 0 ? (
          <Empty>Aucun membre du Pôle n'est indiqué comme contributeur.</Empty>
        ) : (
          <ul>
            {members.map((member) => (
              <li key={member.id}>
                <Link to={`/membres/${member.id}`}>{member.name}</Link>
                {member.legalFormLabel ? <span className="muted"> — {member.legalFormLabel}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title="Actions du quartier d'où elle vient" error={error} path={["practice", "sourceActions"]}>
        {actions.length === 0 ? (
          <Empty>Cette pratique ne découle d'aucune action de quartier enregistrée.</Empty>
        ) : (
          <ul>
            {actions.map((action) => (
              <li key={action.id}>
                <Link to={`/actions/${action.id}`}>{action.title}</Link>
                <span className="muted">
                  {" "}
                  — {action.kindLabel ?? ""}, {formatDate(action.startsOn)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <section>
        <h2>Réutiliser cette pratique</h2>
        <p>
          Publiée sous licence{" "}
          <a href={licence.url} rel="license noreferrer">
            {licence.name}
          </a>
          . Pour la citer, indiquez son titre, son territoire et son adresse :
        </p>
        <p className="citation">
          {citationOf({ title: practice.title, territoryName: practice.territory?.name, licence, uri })}
        </p>
        <p>
          <a href={uri} type="application/ld+json">
            Données ouvertes de cette pratique (JSON-LD)
          </a>
          {practice.furtherInformationUrl ? (
            <>
              {" · "}
              <a href={practice.furtherInformationUrl} rel="noreferrer">
                En savoir plus sur le site du territoire
              </a>
            </>
          ) : null}
        </p>
      </section>
    </article>
  );
}

function TextPart({ title, text }: { title: string; text: string | null | undefined }): ReactNode {
  if (!text) return null;
  return (
    <section>
      <h2>{title}</h2>
      <p className="practice-text">{text}</p>
    </section>
  );
}
