import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import {
  MemberAreaBookDocument,
  MemberAreaBookingsDocument,
  MemberAreaCancelBookingDocument,
  type MemberAreaBookingFragment,
} from "../../gql/graphql";
import { codeOf, errorInWords, fieldErrorsOf, graphQLErrorsOf } from "../../ui/errors";
import { formatDateTime, formatEuros, formatNumber } from "../../ui/format";
import { Empty, ErrorNotice, Loading, Section, usePageTitle } from "../../ui/status";
import { Field } from "../../ui/field";
import { slotOf } from "./member-area-logic";
import { useMemberId } from "./member-area-layout";

type SlotField = "resourceId" | "day" | "start" | "end" | "purpose";
const NO_FORM = { resourceId: "", day: "", start: "", end: "", purpose: "" };

/** « Studio son, 12 mars 2031 à 10:00 → 12:00 ». */
function slotInWords(booking: MemberAreaBookingFragment): string {
  const ends = formatDateTime(booking.endsAt);
  const sameDay = ends.split(" à ")[0] === formatDateTime(booking.startsAt).split(" à ")[0];
  return `${formatDateTime(booking.startsAt)} → ${sameDay ? ends.split(" à ")[1] : ends}`;
}

/**
 * /espace-membre/reservations: the member's bookings of shared rooms and equipment, a form to book a slot
 * (an overlapping slot is refused by the graph, and the refusal is shown by the form), and cancelling.
 */
export function MemberBookingsPage() {
  usePageTitle("Réservations");
  const memberId = useMemberId();
  const [from] = useState(() => new Date().toISOString());
  const { data, loading, error } = useQuery(MemberAreaBookingsDocument, {
    variables: { memberId, from },
    fetchPolicy: "cache-and-network",
  });
  const [values, setValues] = useState(NO_FORM);
  const [clientErrors, setClientErrors] = useState<Partial<Record<SlotField, string>>>({});
  const [failure, setFailure] = useState<unknown>();
  const [booked, setBooked] = useState<string>();
  const [cancelled, setCancelled] = useState<string>();
  const [cancelFailure, setCancelFailure] = useState<unknown>();
  const refetch = { refetchQueries: [MemberAreaBookingsDocument], awaitRefetchQueries: true };
  const [book, booking] = useMutation(MemberAreaBookDocument, refetch);
  const [cancel, cancelling] = useMutation(MemberAreaCancelBookingDocument, refetch);

  const resources = data?.sharedResources?.edges.map((edge) => edge.node) ?? [];
  const upcoming = data?.upcoming?.edges.map((edge) => edge.node) ?? [];
  const past = data?.past?.edges.map((edge) => edge.node) ?? [];
  const server = fieldErrorsOf(failure);
  const errors: Partial<Record<SlotField, string>> = {
    resourceId: server.resourceId,
    start: server.startsAt,
    end: server.endsAt,
    purpose: server.purpose,
    ...clientErrors,
  };
  const conflict = graphQLErrorsOf(failure).some((e) => codeOf(e) === "CONFLICT");

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    setBooked(undefined);
    setCancelled(undefined);
    const slot = slotOf(values.day, values.start, values.end);
    const found: Partial<Record<SlotField, string>> = { ...slot.errors };
    if (!values.resourceId) found.resourceId = "Choisissez la salle ou le matériel.";
    if (values.purpose.length > 300) found.purpose = "300 caractères au plus.";
    setClientErrors(found);
    if (Object.keys(found).length > 0 || !slot.startsAt || !slot.endsAt) return;
    const result = await book({
      variables: {
        input: {
          memberId,
          resourceId: values.resourceId,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          purpose: values.purpose.trim() || null,
        },
      },
    });
    const made = result.data?.bookSharedResource?.booking;
    if (result.error || !made) return setFailure(result.error ?? new Error("no answer"));
    setBooked(`${made.resource.name}, ${slotInWords(made)}`);
    setValues((current) => ({ ...current, day: "", start: "", end: "", purpose: "" }));
  }

  async function cancelOne(one: MemberAreaBookingFragment) {
    setCancelled(undefined);
    setCancelFailure(undefined);
    setBooked(undefined);
    const result = await cancel({ variables: { input: { bookingId: one.id } } });
    if (result.error || !result.data?.cancelBooking)
      return setCancelFailure(result.error ?? new Error("no answer"));
    setCancelled(`${one.resource.name}, ${slotInWords(one)}`);
  }

  const set = (key: SlotField) => (text: string) => {
    setValues((current) => ({ ...current, [key]: text }));
    if (clientErrors[key]) setClientErrors(({ [key]: _dropped, ...rest }) => rest);
  };

  if (!data && loading) return <Loading />;
  if (!data) {
    return (
      <>
        <h1>Réservations</h1>
        <ErrorNotice error={error} />
      </>
    );
  }

  return (
    <>
      <h1>Réservations</h1>
      <p>
        Les salles et le matériel partagés du Pôle se réservent à l'heure, au tarif membre. Un créneau qui
        chevauche une autre réservation est refusé.
      </p>

      <Section title="Mes réservations à venir" error={error} path={["upcoming"]}>
        {cancelled && (
          <p className="notice notice-ok" role="status">
            Réservation annulée : {cancelled}.
          </p>
        )}
        {cancelFailure !== undefined && (
          <p className="notice notice-error" role="alert">
            L'annulation n'a pas abouti : {errorInWords(cancelFailure)}
          </p>
        )}
        {upcoming.length === 0 ? (
          <Empty>Aucune réservation à venir.</Empty>
        ) : (
          <ul className="booking-list" aria-label="Réservations à venir">
            {upcoming.map((one) => (
              <li key={one.id}>
                <span>
                  <strong>{one.resource.name}</strong> — {slotInWords(one)}
                  {one.purpose && <span className="muted"> · {one.purpose}</span>}
                  <span className="muted"> · {formatEuros(one.memberAmount)}</span>
                </span>
                <button
                  type="button"
                  className="secondary"
                  disabled={cancelling.loading}
                  onClick={() => void cancelOne(one)}
                  aria-label={`Annuler la réservation ${one.resource.name}, ${slotInWords(one)}`}
                >
                  Annuler
                </button>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <section aria-labelledby="reserver">
        <h2 id="reserver">Réserver un créneau</h2>
        <form onSubmit={submit} noValidate className="member-area-form" aria-labelledby="reserver">
          <Field id="reservation-ressource" label="Salle ou matériel" error={errors.resourceId}>
            {(aria) => (
              <select
                {...aria}
                value={values.resourceId}
                onChange={(event) => set("resourceId")(event.target.value)}
              >
                <option value="">— Choisir —</option>
                {resources.map((resource) => (
                  <option key={resource.id} value={resource.id}>
                    {resource.name} ({formatEuros(resource.memberHourlyRate)} / h)
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="reservation-jour" label="Jour" error={errors.day}>
            {(aria) => (
              <input
                {...aria}
                type="date"
                value={values.day}
                onChange={(event) => set("day")(event.target.value)}
              />
            )}
          </Field>
          <Field id="reservation-debut" label="Heure de début" error={errors.start}>
            {(aria) => (
              <input
                {...aria}
                type="time"
                step={900}
                value={values.start}
                onChange={(event) => set("start")(event.target.value)}
              />
            )}
          </Field>
          <Field
            id="reservation-fin"
            label="Heure de fin"
            hint="Une réservation dure au plus 14 jours."
            error={errors.end}
          >
            {(aria) => (
              <input
                {...aria}
                type="time"
                step={900}
                value={values.end}
                onChange={(event) => set("end")(event.target.value)}
              />
            )}
          </Field>
          <Field
            id="reservation-objet"
            label="Objet (facultatif)"
            hint="300 caractères au plus."
            error={errors.purpose}
          >
            {(aria) => (
              <input
                {...aria}
                maxLength={300}
                value={values.purpose}
                onChange={(event) => set("purpose")(event.target.value)}
              />
            )}
          </Field>
          <div className="form-actions">
            {failure !== undefined && (
              <p className="notice notice-error" role="alert">
                {conflict ? "Ce créneau n'est pas libre : " : "La réservation n'a pas abouti : "}
                {errorInWords(failure)}
              </p>
            )}
            {booked && (
              <p className="notice notice-ok" role="status">
                Réservation enregistrée : {booked}.
              </p>
            )}
            <button type="submit" disabled={booking.loading}>
              {booking.loading ? "Réservation…" : "Réserver"}
            </button>
          </div>
        </form>
      </section>

      <Section title="Ressources partagées" error={error} path={["sharedResources"]}>
        {resources.length === 0 ? (
          <Empty>Aucune salle ni matériel à réserver pour le moment.</Empty>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Nom</th>
                  <th scope="col">Type</th>
                  <th scope="col" className="number">
                    Places
                  </th>
                  <th scope="col" className="number">
                    Tarif membre / h
                  </th>
                  <th scope="col" className="number">
                    Tarif public / h
                  </th>
                </tr>
              </thead>
              <tbody>
                {resources.map((resource) => (
                  <tr key={resource.id}>
                    <th scope="row">{resource.name}</th>
                    <td>{resource.kindLabel ?? "—"}</td>
                    <td className="number">{formatNumber(resource.capacity)}</td>
                    <td className="number">{formatEuros(resource.memberHourlyRate)}</td>
                    <td className="number">{formatEuros(resource.publicHourlyRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section title="Mes dernières réservations passées" error={error} path={["past"]}>
        {past.length === 0 ? (
          <Empty>Aucune réservation passée.</Empty>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="muted">
                Les {formatNumber(past.length)} plus récentes sur {formatNumber(data.past?.totalCount)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Ressource</th>
                  <th scope="col">Créneau</th>
                  <th scope="col" className="number">
                    Heures
                  </th>
                  <th scope="col" className="number">
                    Prix membre
                  </th>
                  <th scope="col" className="number">
                    Économie
                  </th>
                </tr>
              </thead>
              <tbody>
                {past.map((one) => (
                  <tr key={one.id}>
                    <th scope="row">{one.resource.name}</th>
                    <td>{slotInWords(one)}</td>
                    <td className="number">{formatNumber(one.hours)}</td>
                    <td className="number">{formatEuros(one.memberAmount)}</td>
                    <td className="number">{formatEuros(one.savings)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </>
  );
}
