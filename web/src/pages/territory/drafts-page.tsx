import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { useSession } from "../../auth/session";
import {
  TerritoryCreatePracticeDocument,
  TerritoryDraftsDocument,
  TerritorySubmitPracticeDocument,
  TerritoryUpdatePracticeDocument,
  type Pillar,
  type TerritoryPracticeItemFragment,
} from "../../gql/graphql";
import { errorInWords, fieldErrorsOf } from "../../ui/errors";
import { formatDateTime } from "../../ui/format";
import { Empty, ErrorNotice, Loading, Section, usePageTitle } from "../../ui/status";
import { Field } from "../../ui/field";
import { NoTerritory } from "./overview-page";
import {
  createPracticeInputOf,
  EMPTY_PRACTICE,
  FIELD_LABELS,
  PILLAR_LABELS,
  practiceFormValuesOf,
  REVIEW_MIN_LENGTHS,
  reviewProblems,
  stageOf,
  updatePracticeInputOf,
  type PracticeFormValues,
} from "./territory-logic";

const REFETCH = ["TerritoryDrafts", "TerritoryOverview"];

/** /territoire/brouillons: write a practice, edit a draft, submit it for review; returned ones show why. */
export function TerritoryDraftsPage() {
  usePageTitle("Mes brouillons de pratiques");
  const { session } = useSession();
  const territoryId = session?.territoryId ?? "";
  const { data, loading, error } = useQuery(TerritoryDraftsDocument, {
    variables: { territoryId },
    skip: !territoryId,
    fetchPolicy: "cache-and-network",
  });
  if (!territoryId) return <NoTerritory />;

  const drafts = data?.practices?.edges.map((edge) => edge.node) ?? [];
  const inReview = data?.inReview?.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <h1>Mes brouillons de pratiques</h1>
      <p>
        {data?.territory ? <strong>{data.territory.name}</strong> : null} Rédigez une pratique, complétez-la
        puis soumettez-la à la relecture de l'équipe du Pôle.{" "}
        <Link to="/territoire">Retour à l'espace territoire</Link>
      </p>
      <section aria-labelledby="nouvelle-pratique">
        <h2 id="nouvelle-pratique">Nouvelle pratique</h2>
        <PracticeForm key="new" idPrefix="nouvelle" />
      </section>
      {loading && !data ? (
        <Loading />
      ) : !data && error ? (
        <ErrorNotice error={error} />
      ) : (
        <>
          <Section title="Brouillons" error={error} path={["practices"]}>
            {drafts.length === 0 ? (
              <Empty>Aucun brouillon : toutes vos pratiques sont en relecture ou publiées.</Empty>
            ) : (
              drafts.map((practice) => <DraftCard key={practice.id} practice={practice} />)
            )}
          </Section>
          <Section title="En relecture" error={error} path={["inReview"]}>
            {inReview.length === 0 ? (
              <Empty>Aucune pratique en relecture en ce moment.</Empty>
            ) : (
              <ul>
                {inReview.map((practice) => (
                  <li key={practice.id} id={`pratique-${practice.id}`}>
                    {practice.title}{" "}
                    <span className="muted">
                      — {practice.statusLabel}, soumise le {formatDateTime(practice.updatedAt)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      )}
    </>
  );
}

/** One draft: its texts, the reviewers' comments when it came back, and its actions. */
function DraftCard({ practice }: { practice: TerritoryPracticeItemFragment }) {
  const [editing, setEditing] = useState(false);
  const [submit, submitting] = useMutation(TerritorySubmitPracticeDocument, { refetchQueries: REFETCH });
  const [submitError, setSubmitError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const returned = stageOf(practice) === "returned";
  const headingId = `titre-${practice.id}`;

  async function submitForReview() {
    setSubmitError(undefined);
    setDone(undefined);
    const result = await submit({ variables: { input: { id: practice.id } } });
    if (result.error) {
      setSubmitError(result.error);
      if (Object.keys(fieldErrorsOf(result.error)).length > 0) setEditing(true);
    } else setDone(`« ${practice.title} » est soumise à la relecture.`);
  }

  return (
    <article className="card" id={`pratique-${practice.id}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{practice.title}</h3>
      <p className="muted">
        {returned ? "Renvoyée avec commentaires" : practice.statusLabel} · {practice.pillarLabel} · modifiée
        le {formatDateTime(practice.updatedAt)}
      </p>
      {returned && practice.reviewComments && (
        <div className="notice notice-partial">
          <h4>Commentaires des relecteurs</h4>
          <ul>
            {practice.reviewComments.map((comment) => (
              <li key={comment.id}>
                <span className="muted">
                  {comment.authorRole === "staff" ? "Équipe du Pôle" : "Votre territoire"}, le{" "}
                  {formatDateTime(comment.createdAt)} :
                </span>{" "}
                {comment.comment}
              </li>
            ))}
          </ul>
        </div>
      )}
      {practice.summary && <p>{practice.summary}</p>}
      {submitError !== undefined && (
        <p className="notice notice-error" role="alert">
          {errorInWords(submitError)}
        </p>
      )}
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      <p>
        <button type="button" onClick={() => setEditing(!editing)} aria-expanded={editing}>
          {editing ? "Fermer le formulaire" : "Modifier"}
        </button>{" "}
        <button type="button" onClick={submitForReview} disabled={submitting.loading}>
          {submitting.loading ? "Envoi…" : "Soumettre pour relecture"}
        </button>
      </p>
      {editing && (
        <PracticeForm
          idPrefix={`p-${practice.id}`}
          practice={practice}
          serverFieldErrors={fieldErrorsOf(submitError)}
        />
      )}
    </article>
  );
}

/** The practice form: a new draft (createPractice) or the changes of one (updatePractice). */
function PracticeForm({
  idPrefix,
  practice,
  serverFieldErrors = {},
}: {
  idPrefix: string;
  practice?: TerritoryPracticeItemFragment;
  serverFieldErrors?: Record<string, string>;
}) {
  const [values, setValues] = useState<PracticeFormValues>(
    practice ? practiceFormValuesOf(practice) : EMPTY_PRACTICE,
  );
  const [create, creating] = useMutation(TerritoryCreatePracticeDocument, { refetchQueries: REFETCH });
  const [update, updating] = useMutation(TerritoryUpdatePracticeDocument, { refetchQueries: REFETCH });
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState<string>();
  const busy = creating.loading || updating.loading;
  const fieldErrors = { ...serverFieldErrors, ...fieldErrorsOf(error) };
  const missing = reviewProblems(values);

  const set = (field: keyof PracticeFormValues) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setSaved(undefined);
    if (practice) {
      const result = await update({ variables: { input: updatePracticeInputOf(practice.id, values) } });
      if (result.error) return setError(result.error);
      setSaved("Modifications enregistrées.");
    } else {
      const result = await create({ variables: { input: createPracticeInputOf(values) } });
      if (result.error) return setError(result.error);
      setSaved(
        `Brouillon « ${result.data?.createPractice?.practice.title ?? values.title} » créé : il figure ci-dessous.`,
      );
      setValues(EMPTY_PRACTICE);
    }
  }

  const text = (
    field: "title" | "summary" | "challenge" | "description" | "transferability",
    hint?: string,
  ) => {
    const min = field === "title" ? undefined : REVIEW_MIN_LENGTHS[field];
    const length = values[field].trim().length;
    return (
      <Field
        id={`${idPrefix}-${field}`}
        label={`${FIELD_LABELS[field]}${field === "title" || field === "summary" ? " (obligatoire)" : ""}`}
        error={fieldErrors[field]}
        hint={
          hint ??
          (min
            ? `${length} caractère${length > 1 ? "s" : ""} ; ${min} au moins pour la relecture.`
            : undefined)
        }
      >
        {(aria) =>
          field === "title" ? (
            <input {...aria} value={values.title} onChange={set("title")} maxLength={200} />
          ) : (
            <textarea
              {...aria}
              value={values[field]}
              onChange={set(field)}
              rows={field === "description" ? 6 : 3}
            />
          )
        }
      </Field>
    );
  };

  return (
    <form
      onSubmit={save}
      noValidate
      aria-label={practice ? `Modifier « ${practice.title} »` : "Nouvelle pratique"}
    >
      {text("title")}
      {text("summary")}
      <Field id={`${idPrefix}-pillar`} label="Pilier" error={fieldErrors.pillar}>
        {(aria) => (
          <select
            {...aria}
            value={values.pillar}
            onChange={(event) => setValues({ ...values, pillar: event.target.value as Pillar })}
          >
            {(Object.keys(PILLAR_LABELS) as Pillar[]).map((pillar) => (
              <option key={pillar} value={pillar}>
                {PILLAR_LABELS[pillar]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text("challenge")}
      {text("description")}
      {text("transferability")}
      <Field
        id={`${idPrefix}-themes`}
        label="Mots-clés"
        hint="Séparés par des virgules, par exemple : mutualisation, quartier."
        error={fieldErrors.themes}
      >
        {(aria) => <input {...aria} value={values.themes} onChange={set("themes")} />}
      </Field>
      {Object.keys(missing).length > 0 && (
        <div className="notice">
          <p>Avant de soumettre à la relecture, il reste à compléter :</p>
          <ul>
            {Object.values(missing).map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {error !== undefined && (
        <p className="notice notice-error" role="alert">
          {errorInWords(error)}
        </p>
      )}
      {saved && (
        <p className="notice notice-ok" role="status">
          {saved}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? "Enregistrement…" : practice ? "Enregistrer les modifications" : "Créer le brouillon"}
      </button>
    </form>
  );
}
