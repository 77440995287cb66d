import { useId, useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { SubmitContributionDocument } from "../../gql/graphql";
import { errorInWords, fieldErrorsOf, retryAfterSecondsOf, waitInWords } from "../../ui/errors";
import { lengthOf } from "./phase-timing";

export const NAME_MAX = 60;
export const BODY_MAX = 2000;

/**
 * The contribution form of an open phase: a display name and a text, the rules said before sending, the
 * server's field errors on their fields, the rate limit with the time to wait (the text kept), and after
 * sending a confirmation that the contribution awaits moderation (or is published, when it is not
 * pre-moderated).
 */
export function ContributionForm({ phaseId, phaseTitle }: { phaseId: string; phaseTitle: string }) {
  const id = useId();
  const [displayName, setDisplayName] = useState("");
  const [body, setBody] = useState("");
  const [sent, setSent] = useState<{ awaitsModeration: boolean } | undefined>();
  const [submit, { loading, error }] = useMutation(SubmitContributionDocument, { errorPolicy: "all" });

  const fieldErrors = fieldErrorsOf(error);
  const retryAfter = retryAfterSecondsOf(error);
  const nameError = fieldErrors.displayName;
  const bodyError = fieldErrors.body;
  const formError =
    retryAfter !== undefined
      ? `Vous avez envoyé beaucoup de contributions depuis cette connexion : réessayez dans ${waitInWords(retryAfter)}. Votre texte est gardé ci-dessous.`
      : error && !nameError && !bodyError
        ? errorInWords(error)
        : error
          ? "La contribution n'a pas été envoyée : corrigez les champs signalés."
          : undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(undefined);
    const result = await submit({ variables: { input: { phaseId, displayName, body } } });
    const payload = result.data?.submitContribution;
    if (payload && !result.error) {
      setSent({ awaitsModeration: payload.awaitsModeration });
      setDisplayName("");
      setBody("");
    }
  }

  const nameId = `${id}-name`;
  const bodyId = `${id}-body`;
  return (
    <form
      className="contribution-form card"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <h3 id={`${id}-title`}>Contribuer à la phase « {phaseTitle} »</h3>
      <div className="notice" id={`${id}-rules`}>
        <p>Avant d'envoyer :</p>
        <ul>
          <li>signez d'un nom de votre choix (un pseudonyme convient), de 2 à {NAME_MAX} caractères ;</li>
          <li>votre texte compte de 10 à {BODY_MAX} caractères ;</li>
          <li>
            ni adresse e-mail ni numéro de téléphone, dans le nom comme dans le texte : les contributions sont
            publiques ;
          </li>
          <li>
            chaque contribution est relue par l'équipe du Pôle avant d'être publiée ; le nombre d'envois par
            connexion est limité.
          </li>
        </ul>
      </div>
      <div className="field">
        <label htmlFor={nameId}>Nom affiché</label>
        <input
          id={nameId}
          name="displayName"
          value={displayName}
          maxLength={NAME_MAX + 20}
          autoComplete="off"
          aria-invalid={nameError ? "true" : undefined}
          aria-describedby={nameError ? `${nameId}-error` : `${id}-rules`}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        {nameError && (
          <p className="field-error" id={`${nameId}-error`}>
            Nom affiché : {nameError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={bodyId}>Votre contribution</label>
        <textarea
          id={bodyId}
          name="body"
          rows={6}
          value={body}
          aria-invalid={bodyError ? "true" : undefined}
          aria-describedby={`${bodyId}-count${bodyError ? ` ${bodyId}-error` : ""}`}
          onChange={(event) => setBody(event.target.value)}
        />
        <p className="muted" id={`${bodyId}-count`}>
          {lengthOf(body)} caractère{lengthOf(body) > 1 ? "s" : ""} sur {BODY_MAX}
        </p>
        {bodyError && (
          <p className="field-error" id={`${bodyId}-error`}>
            Texte : {bodyError}
          </p>
        )}
      </div>
      {formError && (
        <p className="notice notice-error" role="alert">
          {formError}
        </p>
      )}
      <p role="status" className={sent ? "notice notice-ok" : undefined}>
        {sent &&
          (sent.awaitsModeration
            ? "Merci ! Votre contribution a bien été reçue : elle sera publiée après sa relecture par l'équipe du Pôle."
            : "Merci ! Votre contribution est publiée.")}
      </p>
      <button type="submit" disabled={loading}>
        {loading ? "Envoi…" : "Envoyer ma contribution"}
      </button>
    </form>
  );
}
