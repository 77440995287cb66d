import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { useSession } from "../../auth/session";
import {
  TerritoryCreateAdoptionDocument,
  TerritoryCreateTransferDocument,
  TerritoryDeleteAdoptionDocument,
  TerritoryExchangesDocument,
  TerritoryUpdateAdoptionDocument,
  TerritoryUpdateTransferDocument,
  type AdoptionStatus,
  type AudienceKind,
  type TerritoryAdoptionItemFragment,
  type TerritoryTransferItemFragment,
  type TransferKind,
} from "../../gql/graphql";
import { errorInWords, fieldErrorsOf } from "../../ui/errors";
import { formatDate, formatNumber } from "../../ui/format";
import { Empty, ErrorNotice, Loading, Section, usePageTitle } from "../../ui/status";
import { Field } from "../../ui/field";
import { NoTerritory } from "./overview-page";
import {
  ADOPTION_STATUS_LABELS,
  AUDIENCE_KIND_LABELS,
  completedOnProblem,
  todayInParis,
  TRANSFER_KIND_LABELS,
} from "./territory-logic";

const REFETCH = ["TerritoryExchanges"];
type Exchanges = NonNullable<ReturnType<typeof useExchanges>["data"]>;

function useExchanges(territoryId: string) {
  return useQuery(TerritoryExchangesDocument, {
    variables: { territoryId },
    skip: !territoryId,
    fetchPolicy: "cache-and-network",
  });
}

/** /territoire/transferts: the transfers given and received, and the adoptions of other territories' practices. */
export function TerritoryExchangesPage() {
  usePageTitle("Transferts et adoptions");
  const { session } = useSession();
  const territoryId = session?.territoryId ?? "";
  const { data, loading, error } = useExchanges(territoryId);
  if (!territoryId) return <NoTerritory />;

  return (
    <>
      <h1>Transferts et adoptions</h1>
      <p>
        {data?.territory ? <strong>{data.territory.name}</strong> : null} Les transferts de bonnes pratiques
        que votre territoire a reçus ou donnés, et les pratiques d'autres territoires qu'il adopte.{" "}
        <Link to="/territoire">Retour à l'espace territoire</Link>
      </p>
      {loading && !data ? (
        <Loading />
      ) : !data ? (
        <ErrorNotice error={error} />
      ) : (
        <>
          <Section title="Adoptions de pratiques" error={error} path={["adoptions"]}>
            <AdoptionList adoptions={data.adoptions?.edges.map((edge) => edge.node) ?? []} />
            <AdoptionForm data={data} territoryId={territoryId} />
          </Section>
          <Section title="Transferts reçus" error={error} path={["received"]}>
            <TransferTable transfers={data.received?.edges.map((edge) => edge.node) ?? []}>
              Aucun transfert reçu n'est enregistré pour votre territoire.
            </TransferTable>
          </Section>
          <Section title="Transferts donnés" error={error} path={["given"]}>
            <TransferTable transfers={data.given?.edges.map((edge) => edge.node) ?? []}>
              Votre territoire n'a encore enregistré aucun transfert donné à un autre territoire.
            </TransferTable>
          </Section>
          <section aria-labelledby="nouveau-transfert">
            <h2 id="nouveau-transfert">Enregistrer un transfert</h2>
            <TransferForm data={data} territoryId={territoryId} />
          </section>
        </>
      )}
    </>
  );
}

function AdoptionList({ adoptions }: { adoptions: TerritoryAdoptionItemFragment[] }) {
  if (adoptions.length === 0)
    return <Empty>Votre territoire n'a encore adopté aucune pratique d'un autre territoire.</Empty>;
  return (
    <ul className="grid">
      {adoptions.map((adoption) => (
        <AdoptionCard key={adoption.id} adoption={adoption} />
      ))}
    </ul>
  );
}

/** One adoption: where it stands, its status changed in place, its deletion confirmed first. */
function AdoptionCard({ adoption }: { adoption: TerritoryAdoptionItemFragment }) {
  const [status, setStatus] = useState<AdoptionStatus>(adoption.status);
  const [completedOn, setCompletedOn] = useState(adoption.completedOn ?? "");
  const [confirming, setConfirming] = useState(false);
  const [update, updating] = useMutation(TerritoryUpdateAdoptionDocument, { refetchQueries: REFETCH });
  const [remove, removing] = useMutation(TerritoryDeleteAdoptionDocument, { refetchQueries: REFETCH });
  const [error, setError] = useState<unknown>();
  const [localProblem, setLocalProblem] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const fieldErrors = fieldErrorsOf(error);
  const base = `adoption-${adoption.id}`;
  const title = adoption.practice.title;

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setSaved(undefined);
    const problem = completedOnProblem(status, completedOn, adoption.startedOn);
    setLocalProblem(problem);
    if (problem) return;
    const result = await update({
      variables: { input: { id: adoption.id, status, completedOn: completedOn || null } },
    });
    if (result.error) return setError(result.error);
    setSaved(`Adoption enregistrée : ${ADOPTION_STATUS_LABELS[status].toLowerCase()}.`);
  }

  async function confirmDelete() {
    setError(undefined);
    const result = await remove({ variables: { input: { id: adoption.id } } });
    if (result.error) setError(result.error);
  }

  return (
    <li className="card">
      <h3>
        <Link to={`/pratiques/${adoption.practice.id}`}>{title}</Link>
      </h3>
      <p className="muted">
        Pratique de {adoption.practice.territory?.name ?? "territoire inconnu"} · {adoption.statusLabel}{" "}
        depuis le {formatDate(adoption.startedOn)}
        {adoption.completedOn ? `, terminée le ${formatDate(adoption.completedOn)}` : ""}
      </p>
      {adoption.outcome && <p>{adoption.outcome}</p>}
      <form onSubmit={save} noValidate aria-label={`Statut de l'adoption de « ${title} »`}>
        <Field id={`${base}-status`} label="Statut" error={fieldErrors.status}>
          {(aria) => (
            <select
              {...aria}
              value={status}
              onChange={(event) => setStatus(event.target.value as AdoptionStatus)}
            >
              {(Object.keys(ADOPTION_STATUS_LABELS) as AdoptionStatus[]).map((choice) => (
                <option key={choice} value={choice}>
                  {ADOPTION_STATUS_LABELS[choice]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={`${base}-completedOn`}
          label="Date de fin (adoptée ou abandonnée)"
          error={localProblem ?? fieldErrors.completedOn}
        >
          {(aria) => (
            <input
              {...aria}
              type="date"
              value={completedOn}
              onChange={(event) => setCompletedOn(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={updating.loading}>
          {updating.loading ? "Enregistrement…" : "Enregistrer le statut"}
        </button>{" "}
        {confirming ? (
          <span role="group" aria-label="Confirmer la suppression">
            <span>Supprimer cette adoption ? </span>
            <button type="button" onClick={confirmDelete} disabled={removing.loading}>
              {removing.loading ? "Suppression…" : "Oui, supprimer"}
            </button>{" "}
            <button type="button" onClick={() => setConfirming(false)}>
              Annuler
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Supprimer
          </button>
        )}
      </form>
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
    </li>
  );
}

/** Record an adoption: a published practice of another territory, its start, its status. */
function AdoptionForm({ data, territoryId }: { data: Exchanges; territoryId: string }) {
  const adopted = new Set(data.adoptions?.edges.map((edge) => edge.node.practice.id));
  const choices = (data.published?.edges.map((edge) => edge.node) ?? []).filter(
    (practice) => practice.territory?.id !== territoryId && !adopted.has(practice.id),
  );
  const [practiceId, setPracticeId] = useState("");
  const [status, setStatus] = useState<AdoptionStatus>("PLANNED");
  const [startedOn, setStartedOn] = useState(todayInParis());
  const [completedOn, setCompletedOn] = useState("");
  const [outcome, setOutcome] = useState("");
  const [create, creating] = useMutation(TerritoryCreateAdoptionDocument, { refetchQueries: REFETCH });
  const [error, setError] = useState<unknown>();
  const [local, setLocal] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string>();
  const fieldErrors = { ...fieldErrorsOf(error), ...local };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setSaved(undefined);
    const problems: Record<string, string> = {};
    if (!practiceId) problems.practiceId = "Choisissez la pratique adoptée.";
    if (!startedOn) problems.startedOn = "Indiquez la date de la décision.";
    const dates = completedOnProblem(status, completedOn, startedOn);
    if (dates) problems.completedOn = dates;
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await create({
      variables: {
        input: {
          practiceId,
          status,
          startedOn,
          completedOn: completedOn || undefined,
          outcome: outcome.trim() || undefined,
        },
      },
    });
    if (result.error) return setError(result.error);
    setSaved(`Adoption de « ${result.data?.createAdoption?.adoption.practice.title ?? ""} » enregistrée.`);
    setPracticeId("");
    setOutcome("");
    setCompletedOn("");
    setStatus("PLANNED");
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="nouvelle-adoption">
      <h3 id="nouvelle-adoption">Adopter une pratique d'un autre territoire</h3>
      {choices.length === 0 ? (
        <Empty>Aucune pratique publiée d'un autre territoire n'est à adopter pour l'instant.</Empty>
      ) : (
        <>
          <Field id="adoption-practice" label="Pratique publiée" error={fieldErrors.practiceId}>
            {(aria) => (
              <select {...aria} value={practiceId} onChange={(event) => setPracticeId(event.target.value)}>
                <option value="">— Choisir —</option>
                {choices.map((practice) => (
                  <option key={practice.id} value={practice.id}>
                    {practice.title} ({practice.territory?.name ?? "territoire inconnu"})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="adoption-status" label="Statut" error={fieldErrors.status}>
            {(aria) => (
              <select
                {...aria}
                value={status}
                onChange={(event) => setStatus(event.target.value as AdoptionStatus)}
              >
                {(Object.keys(ADOPTION_STATUS_LABELS) as AdoptionStatus[]).map((choice) => (
                  <option key={choice} value={choice}>
                    {ADOPTION_STATUS_LABELS[choice]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="adoption-startedOn" label="Date de la décision" error={fieldErrors.startedOn}>
            {(aria) => (
              <input
                {...aria}
                type="date"
                value={startedOn}
                onChange={(event) => setStartedOn(event.target.value)}
              />
            )}
          </Field>
          <Field
            id="adoption-completedOn"
            label="Date de fin (adoptée ou abandonnée)"
            error={fieldErrors.completedOn}
          >
            {(aria) => (
              <input
                {...aria}
                type="date"
                value={completedOn}
                onChange={(event) => setCompletedOn(event.target.value)}
              />
            )}
          </Field>
          <Field id="adoption-outcome" label="Ce qu'il en est (facultatif)" error={fieldErrors.outcome}>
            {(aria) => (
              <textarea
                {...aria}
                rows={3}
                value={outcome}
                onChange={(event) => setOutcome(event.target.value)}
              />
            )}
          </Field>
          <button type="submit" disabled={creating.loading}>
            {creating.loading ? "Enregistrement…" : "Enregistrer l'adoption"}
          </button>
        </>
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
    </form>
  );
}

function TransferTable({
  transfers,
  children,
}: {
  transfers: TerritoryTransferItemFragment[];
  children: string;
}) {
  const [editing, setEditing] = useState<string>();
  if (transfers.length === 0) return <Empty>{children}</Empty>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Transfert</th>
            <th scope="col">De → vers</th>
            <th scope="col">Public</th>
            <th scope="col">Participants</th>
            <th scope="col">Pratiques</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {transfers.map((transfer) => {
            return (
              <tr key={transfer.id}>
                <td>{formatDate(transfer.heldOn)}</td>
                <td>
                  {transfer.title}
                  <br />
                  <span className="muted">
                    {transfer.kindLabel} · {transfer.originLabel}
                  </span>
                  {editing === transfer.id && (
                    <TransferEditForm transfer={transfer} onDone={() => setEditing(undefined)} />
                  )}
                </td>
                <td>
                  {transfer.fromTerritory?.name ?? "Le Pôle"} → {transfer.territory.name}
                </td>
                <td>
                  {transfer.audience}
                  <br />
                  <span className="muted">{transfer.audienceKindLabel}</span>
                </td>
                <td className="number">{formatNumber(transfer.participantCount)}</td>
                <td>{transfer.practices.map((practice) => practice.title).join(" ; ") || "—"}</td>
                <td>
                  {editing !== transfer.id && (
                    <button
                      type="button"
                      onClick={() => setEditing(transfer.id)}
                      aria-label={`Modifier « ${transfer.title} »`}
                    >
                      Modifier
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Change a transfer the territory recorded: its title, date, audience and participant count. */
function TransferEditForm({
  transfer,
  onDone,
}: {
  transfer: TerritoryTransferItemFragment;
  onDone: () => void;
}) {
  const [title, setTitle] = useState(transfer.title);
  const [heldOn, setHeldOn] = useState(transfer.heldOn);
  const [audience, setAudience] = useState(transfer.audience);
  const [count, setCount] = useState(String(transfer.participantCount));
  const [update, updating] = useMutation(TerritoryUpdateTransferDocument, { refetchQueries: REFETCH });
  const [error, setError] = useState<unknown>();
  const fieldErrors = fieldErrorsOf(error);
  const base = `transfert-${transfer.id}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    const result = await update({
      variables: {
        input: {
          id: transfer.id,
          title: title.trim(),
          heldOn,
          audience: audience.trim(),
          participantCount: Number(count),
        },
      },
    });
    if (result.error) return setError(result.error);
    onDone();
  }

  return (
    <form onSubmit={save} noValidate aria-label={`Modifier « ${transfer.title} »`}>
      <Field id={`${base}-title`} label="Titre" error={fieldErrors.title}>
        {(aria) => <input {...aria} value={title} onChange={(event) => setTitle(event.target.value)} />}
      </Field>
      <Field id={`${base}-heldOn`} label="Date" error={fieldErrors.heldOn}>
        {(aria) => (
          <input {...aria} type="date" value={heldOn} onChange={(event) => setHeldOn(event.target.value)} />
        )}
      </Field>
      <Field id={`${base}-audience`} label="Public" error={fieldErrors.audience}>
        {(aria) => <input {...aria} value={audience} onChange={(event) => setAudience(event.target.value)} />}
      </Field>
      <Field id={`${base}-participantCount`} label="Participants" error={fieldErrors.participantCount}>
        {(aria) => (
          <input
            {...aria}
            type="number"
            min={0}
            value={count}
            onChange={(event) => setCount(event.target.value)}
          />
        )}
      </Field>
      {error !== undefined && (
        <p className="notice notice-error" role="alert">
          {errorInWords(error)}
        </p>
      )}
      <button type="submit" disabled={updating.loading}>
        {updating.loading ? "Enregistrement…" : "Enregistrer"}
      </button>{" "}
      <button type="button" onClick={onDone}>
        Annuler
      </button>
    </form>
  );
}

/** Record a transfer the territory received (from the Pôle) or gave to another territory. */
function TransferForm({ data, territoryId }: { data: Exchanges; territoryId: string }) {
  const others = (data.territories?.edges.map((edge) => edge.node) ?? []).filter((t) => t.id !== territoryId);
  const [direction, setDirection] = useState<"received" | "given">("received");
  const [receiverId, setReceiverId] = useState("");
  const [kind, setKind] = useState<TransferKind>("KNOW_HOW_TRANSFER");
  const [title, setTitle] = useState("");
  const [heldOn, setHeldOn] = useState(todayInParis());
  const [audience, setAudience] = useState("");
  const [audienceKind, setAudienceKind] = useState<AudienceKind>("MIXED");
  const [count, setCount] = useState("");
  const [create, creating] = useMutation(TerritoryCreateTransferDocument, { refetchQueries: REFETCH });
  const [error, setError] = useState<unknown>();
  const [local, setLocal] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string>();
  const fieldErrors = { ...fieldErrorsOf(error), ...local };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setSaved(undefined);
    const problems: Record<string, string> = {};
    if (direction === "given" && !receiverId)
      problems.territoryId = "Choisissez le territoire qui a reçu le transfert.";
    if (count.trim() === "" || !Number.isInteger(Number(count)) || Number(count) < 0)
      problems.participantCount = "Indiquez le nombre de participants (un nombre entier).";
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await create({
      variables: {
        input: {
          kind,
          title: title.trim(),
          heldOn,
          audience: audience.trim(),
          audienceKind,
          participantCount: Number(count),
          ...(direction === "given" ? { fromTerritoryId: territoryId, territoryId: receiverId } : {}),
        },
      },
    });
    if (result.error) return setError(result.error);
    setSaved(`Transfert « ${result.data?.createTransfer?.transfer.title ?? title} » enregistré.`);
    setTitle("");
    setAudience("");
    setCount("");
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="nouveau-transfert">
      <fieldset>
        <legend>Sens du transfert</legend>
        <label className="choice">
          <input
            type="radio"
            name="direction"
            checked={direction === "received"}
            onChange={() => setDirection("received")}
          />{" "}
          Reçu par mon territoire (donné par le Pôle)
        </label>
        <label className="choice">
          <input
            type="radio"
            name="direction"
            checked={direction === "given"}
            onChange={() => setDirection("given")}
          />{" "}
          Donné par mon territoire à un autre
        </label>
      </fieldset>
      {direction === "given" && (
        <Field id="transfert-territoryId" label="Territoire qui l'a reçu" error={fieldErrors.territoryId}>
          {(aria) => (
            <select {...aria} value={receiverId} onChange={(event) => setReceiverId(event.target.value)}>
              <option value="">— Choisir —</option>
              {others.map((territory) => (
                <option key={territory.id} value={territory.id}>
                  {territory.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field id="transfert-kind" label="Nature" error={fieldErrors.kind}>
        {(aria) => (
          <select {...aria} value={kind} onChange={(event) => setKind(event.target.value as TransferKind)}>
            {(Object.keys(TRANSFER_KIND_LABELS) as TransferKind[]).map((choice) => (
              <option key={choice} value={choice}>
                {TRANSFER_KIND_LABELS[choice]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="transfert-title" label="Titre du transfert" error={fieldErrors.title}>
        {(aria) => <input {...aria} value={title} onChange={(event) => setTitle(event.target.value)} />}
      </Field>
      <Field id="transfert-heldOn" label="Date" error={fieldErrors.heldOn}>
        {(aria) => (
          <input {...aria} type="date" value={heldOn} onChange={(event) => setHeldOn(event.target.value)} />
        )}
      </Field>
      <Field
        id="transfert-audience"
        label="Public (sans nom de personne)"
        hint="Par exemple : élus communautaires."
        error={fieldErrors.audience}
      >
        {(aria) => <input {...aria} value={audience} onChange={(event) => setAudience(event.target.value)} />}
      </Field>
      <Field id="transfert-audienceKind" label="Type de public" error={fieldErrors.audienceKind}>
        {(aria) => (
          <select
            {...aria}
            value={audienceKind}
            onChange={(event) => setAudienceKind(event.target.value as AudienceKind)}
          >
            {(Object.keys(AUDIENCE_KIND_LABELS) as AudienceKind[]).map((choice) => (
              <option key={choice} value={choice}>
                {AUDIENCE_KIND_LABELS[choice]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="transfert-participantCount"
        label="Nombre de participants"
        error={fieldErrors.participantCount}
      >
        {(aria) => (
          <input
            {...aria}
            type="number"
            min={0}
            inputMode="numeric"
            value={count}
            onChange={(event) => setCount(event.target.value)}
          />
        )}
      </Field>
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
      <button type="submit" disabled={creating.loading}>
        {creating.loading ? "Enregistrement…" : "Enregistrer le transfert"}
      </button>
    </form>
  );
}
