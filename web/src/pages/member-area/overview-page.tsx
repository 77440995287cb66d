import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { MemberAreaOverviewDocument } from "../../gql/graphql";
import { formatDate, formatDateTime, formatEuros, formatNumber } from "../../ui/format";
import { Empty, ErrorNotice, Loading, Section, usePageTitle } from "../../ui/status";
import { currentLease, todayLocalDate } from "./member-area-logic";
import { useMemberId } from "./member-area-layout";

/** /espace-membre: the member's name, its current lease, its next bookings and its latest figures. */
export function MemberOverviewPage() {
  const memberId = useMemberId();
  const [from] = useState(() => new Date().toISOString());
  const { data, loading, error } = useQuery(MemberAreaOverviewDocument, {
    variables: { memberId, from },
    fetchPolicy: "cache-and-network",
  });
  const member = data?.member;
  usePageTitle(member ? `Espace membre — ${member.name}` : "Espace membre");

  if (!data && loading) return <Loading />;
  if (!member) {
    return (
      <>
        <h1>Espace membre</h1>
        {error ? (
          <ErrorNotice error={error} />
        ) : (
          <Empty>Cette structure n'est pas (ou plus) enregistrée.</Empty>
        )}
      </>
    );
  }
  const lease = currentLease(member.officeLeases, todayLocalDate());
  const latest = member.figures?.at(-1);
  const bookings = data.bookings?.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <h1>{member.name}</h1>
      <p className="muted">
        {member.membershipKindLabel ?? "Membre"} · membre depuis le {formatDate(member.joinedOn)}
      </p>
      <div className="grid">
        <section className="card" aria-labelledby="bail-en-cours">
          <h2 id="bail-en-cours">Bail en cours</h2>
          {lease ? (
            <>
              <p>
                <strong>{lease.room}</strong> · {formatNumber(lease.areaSqm)} m²
              </p>
              <p>
                Depuis le {formatDate(lease.startsOn)}
                {lease.endsOn ? `, jusqu'au ${formatDate(lease.endsOn)}` : ", sans date de fin"}
              </p>
              <p>Loyer mensuel : {formatEuros(lease.monthlyRent)}</p>
            </>
          ) : (
            <Empty>Aucun bureau loué dans l'immeuble Boutaric aujourd'hui.</Empty>
          )}
          <p>
            <Link to="/espace-membre/baux">Tous mes baux</Link>
          </p>
        </section>
        <div className="card">
          <Section title="Prochaines réservations" error={error} path={["bookings"]}>
            {bookings.length === 0 ? (
              <Empty>Aucune réservation à venir.</Empty>
            ) : (
              <ul className="booking-list">
                {bookings.map((booking) => (
                  <li key={booking.id}>
                    <span>{booking.resource.name}</span>
                    <span>{formatDateTime(booking.startsAt)}</span>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <Link to="/espace-membre/reservations">Réserver une salle ou du matériel</Link>
            </p>
          </Section>
        </div>
      </div>
      <Section
        title={latest ? `Mes chiffres ${latest.year}` : "Mes chiffres"}
        error={error}
        path={["member", "figures"]}
      >
        {latest ? (
          <ul className="figures">
            <li>
              <strong>{formatNumber(latest.fte)}</strong> ETP
            </li>
            <li>
              <strong>{formatNumber(latest.permanentEmployees)}</strong> salariés permanents
            </li>
            <li>
              <strong>{formatEuros(latest.budget, true)}</strong> de budget
            </li>
            <li>
              <strong>{formatEuros(latest.revenue, true)}</strong> de chiffre d'affaires
            </li>
            <li>
              <strong>{formatEuros(latest.equity, true)}</strong> de fonds propres
            </li>
          </ul>
        ) : (
          <Empty>Aucun chiffre enregistré pour le moment.</Empty>
        )}
        <p>
          <Link to="/espace-membre/chiffres">Voir et saisir mes chiffres par année</Link>
        </p>
      </Section>
      <Section title="Mes économies" error={error} path={["member", "savings"]}>
        <p>
          Depuis mon adhésion, j'ai économisé <strong>{formatEuros(member.savings)}</strong> par rapport aux
          tarifs publics. <Link to="/espace-membre/economies">Le détail de mes économies</Link>
        </p>
      </Section>
    </>
  );
}
