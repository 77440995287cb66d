import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";
import {
  StaffPracticeReviewDocument,
  StaffPracticesInReviewDocument,
  StaffPublishPracticeDocument,
  StaffReturnPracticeToDraftDocument,
} from "../../gql/graphql";
import { errorInWords, fieldErrorsOf } from "../../ui/errors";
import { formatDate, formatDateTime, formatNumber } from "../../ui/format";
import { Empty, ErrorNotice, Loading, Section, usePageTitle } from "../../ui/status";
import { Field } from "../../ui/field";
import { MoreButton } from "../../ui/more-button";

const COMMENT_MAX = 5000;
const REFETCH = ["StaffPracticesInReview", "StaffOverview"];

/** /equipe/pratiques: the practices the territories submitted for review, 20 at a time. */
export function StaffPracticesInReviewPage() {
  usePageTitle("Pratiques en relecture");
  const { data, loading, error, fetchMore } = useQuery(StaffPracticesInReviewDocument, {
    fetchPolicy: "network-only",
  });
  const connection = data?.practices;
  const practices = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <h1>Pratiques en relecture</h1>
      <p>
        Les territoires soumettent leurs pratiques à la relecture de l'équipe : publiez-les, ou renvoyez-les
        en brouillon avec vos commentaires.
      </p>
      {loading && !data ? (
        <Loading />
      ) : !data && error ? (
        <ErrorNotice error={error} />
      ) : (
        <Section title="En attente de relecture" error={error} path={["practices"]}>
          {practices.length === 0 ? (
            <Empty>Aucune pratique n'attend de relecture.</Empty>
          ) : (
            <>
              <p>{formatNumber(connection?.totalCount)} pratique(s) en attente.</p>
              <ul className="staff-list">
                {practices.map((practice) => (
                  <li key={practice.id} className="card">
                    <h3>
                      <Link to={`/equipe/pratiques/${practice.id}`}>{practice.title}</Link>
                    </h3>
                    <p className="muted">
                      {practice.territory?.name ?? "Territoire inconnu"} · {practice.pillarLabel} · soumise le{" "}
                      {formatDateTime(practice.updatedAt)}
                      {(practice.reviewComments?.length ?? 0) > 0
                        ? ` · déjà renvoyée avec ${practice.reviewComments!.length} commentaire(s)`
                        : ""}
                    </p>
                    {practice.summary && <p>{practice.summary}</p>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {connection?.pageInfo.hasNextPage && (
            <MoreButton onMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
          )}
        </Section>
      )}
    </>
  );
}

/** /equipe/pratiques/:id: a practice in full, its earlier comments, and the two decisions. */
export function StaffPracticeReviewPage() {
  const { id = "" } = useParams();
  const { data, loading, error } = useQuery(StaffPracticeReviewDocument, {
    variables: { id },
    fetchPolicy: "network-only",
  });
  const practice = data?.practice;
  usePageTitle(practice ? `Relecture : ${practice.title}` : "Relecture d'une pratique");
  const [publish, publishing] = useMutation(StaffPublishPracticeDocument, { refetchQueries: REFETCH });
  const [returnToDraft, returning] = useMutation(StaffReturnPracticeToDraftDocument, {
    refetchQueries: REFETCH,
  });
  const [comment, setComment] = useState("");
  const [decisionError, setDecisionError] = useState<unknown>();
  const [done, setDone] = useState<"published" | "returned">();
  const fieldErrors = fieldErrorsOf(decisionError);
  const busy = publishing.loading || returning.loading;

  if (loading && !data) return <Loading />;
  if (!practice)
    return (
      <>
        <h1>Relecture d'une pratique</h1>
        {error ? <ErrorNotice error={error} /> : <Empty>Cette pratique n'existe pas.</Empty>}
        <p>
          <Link to="/equipe/pratiques">Retour aux pratiques en relecture</Link>
        </p>
      </>
    );

  async function onPublish() {
    setDecisionError(undefined);
    const result = await publish({ variables: { input: { id } } });
    if (result.error) return setDecisionError(result.error);
    setDone("published");
  }

  async function onReturn(event: FormEvent) {
    event.preventDefault();
    setDecisionError(undefined);
    const trimmed = comment.trim();
    const result = await returnToDraft({
      variables: { input: { id, ...(trimmed ? { comment: trimmed } : {}) } },
    });
    if (result.error) return setDecisionError(result.error);
    setComment("");
    setDone("returned");
  }

  const texts: [string, string | null | undefined][] = [
    ["Résumé", practice.summary],
    ["Enjeu", practice.challenge],
    ["Description", practice.description],
    ["Transférabilité", practice.transferability],
    ["Difficultés rencontrées", practice.difficulties],
    ["Enseignements", practice.lessonsLearned],
  ];

  return (
    <>
      <h1>{practice.title}</h1>
      <p className="muted">
        {practice.territory?.name ?? "Territoire inconnu"} · {practice.pillarLabel} · {practice.statusLabel}
        {practice.publishedOn ? `, le ${formatDate(practice.publishedOn)}` : ""} · modifiée le{" "}
        {formatDateTime(practice.updatedAt)}
      </p>
      <p>
        <Link to="/equipe/pratiques">Retour aux pratiques en relecture</Link>
      </p>
      <div role="status" aria-live="polite">
        {done === "published" && (
          <p className="notice notice-ok">
            La pratique est publiée : elle figure désormais dans la bibliothèque.{" "}
            <Link to={`/pratiques/${practice.id}`}>Voir sa page publique</Link>
          </p>
        )}
        {done === "returned" && (
          <p className="notice notice-ok">
            La pratique est renvoyée en brouillon : le territoire lira vos commentaires.
          </p>
        )}
      </div>
      {decisionError !== undefined && Object.keys(fieldErrors).length === 0 && (
        <p className="notice notice-error" role="alert">
          {errorInWords(decisionError)}
        </p>
      )}
      {practice.status === "IN_REVIEW" && (
        <section className="section card" aria-labelledby="decision">
          <h2 id="decision">Décision</h2>
          <p className="staff-actions">
            <button type="button" onClick={() => void onPublish()} disabled={busy}>
              {publishing.loading ? "Publication…" : "Publier la pratique"}
            </button>
          </p>
          <form onSubmit={(event) => void onReturn(event)} noValidate aria-label="Renvoyer en brouillon">
            <Field
              id="commentaire-relecture"
              label="Commentaire pour le territoire"
              hint={`Ce qu'il faut changer avant de la soumettre à nouveau ; ${COMMENT_MAX} caractères au plus.`}
              error={fieldErrors.comment}
            >
              {(aria) => (
                <textarea
                  {...aria}
                  rows={4}
                  maxLength={COMMENT_MAX}
                  value={comment}
                  onChange={(event) => setComment(event.target.value)}
                />
              )}
            </Field>
            <button type="submit" disabled={busy}>
              {returning.loading ? "Envoi…" : "Renvoyer en brouillon"}
            </button>
          </form>
        </section>
      )}
      {texts
        .filter(([, text]) => text)
        .map(([title, text]) => (
          <section className="section" key={title}>
            <h2>{title}</h2>
            <p className="staff-body">{text}</p>
          </section>
        ))}
      {practice.themes.length > 0 && (
        <section className="section">
          <h2>Mots-clés</h2>
          <ul className="tags">
            {practice.themes.map((theme) => (
              <li key={theme}>{theme}</li>
            ))}
          </ul>
        </section>
      )}
      <Section title="Commentaires de relecture" error={error} path={["practice", "reviewComments"]}>
        {(practice.reviewComments?.length ?? 0) === 0 ? (
          <Empty>Aucun commentaire pour l'instant.</Empty>
        ) : (
          <ul>
            {practice.reviewComments!.map((review) => (
              <li key={review.id}>
                <span className="muted">
                  {review.authorRole === "staff" ? "Équipe du Pôle" : "Le territoire"}, le{" "}
                  {formatDateTime(review.createdAt)} :
                </span>{" "}
                {review.comment}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
