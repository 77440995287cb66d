import { useQuery } from "@apollo/client/react";
import { MemberAreaLeasesDocument } from "../../gql/graphql";
import { formatDate, formatEuros, formatNumber } from "../../ui/format";
import { Empty, ErrorNotice, Loading, usePageTitle } from "../../ui/status";
import { inForceOn, newestFirst, todayLocalDate } from "./member-area-logic";
import { useMemberId } from "./member-area-layout";

/** /espace-membre/baux: the offices the member rents or rented in the Boutaric building, with rents. */
export function MemberLeasesPage() {
  usePageTitle("Mes bureaux");
  const memberId = useMemberId();
  const { data, loading, error } = useQuery(MemberAreaLeasesDocument, {
    variables: { memberId },
    fetchPolicy: "cache-and-network",
  });
  const member = data?.member;
  const today = todayLocalDate();
  const leases = newestFirst(member?.officeLeases ?? []);

  return (
    <>
      <h1>Mes bureaux</h1>
      <p>
        Les bureaux que votre structure loue ou a loués dans l'immeuble Boutaric, avec le loyer au tarif
        membre et ce qu'il vous fait économiser chaque mois par rapport au tarif public.
      </p>
      {!data && loading ? (
        <Loading />
      ) : !member ? (
        error ? (
          <ErrorNotice error={error} />
        ) : (
          <Empty>Cette structure n'est pas enregistrée.</Empty>
        )
      ) : leases.length === 0 ? (
        <Empty>Votre structure ne loue pas de bureau dans l'immeuble (membre associé).</Empty>
      ) : (
        <>
          {error && <ErrorNotice error={error} />}
          <div className="table-wrap">
            <table>
              <caption className="muted">Baux de {member.name}, du plus récent au plus ancien</caption>
              <thead>
                <tr>
                  <th scope="col">Bureau</th>
                  <th scope="col" className="number">
                    Surface
                  </th>
                  <th scope="col">Début</th>
                  <th scope="col">Fin</th>
                  <th scope="col" className="number">
                    Loyer mensuel
                  </th>
                  <th scope="col" className="number">
                    Tarif public
                  </th>
                  <th scope="col" className="number">
                    Économie mensuelle
                  </th>
                </tr>
              </thead>
              <tbody>
                {leases.map((lease) => (
                  <tr key={lease.id}>
                    <th scope="row">
                      {lease.room}
                      {inForceOn(lease, today) && <span className="muted"> (en cours)</span>}
                    </th>
                    <td className="number">{formatNumber(lease.areaSqm)} m²</td>
                    <td>{formatDate(lease.startsOn)}</td>
                    <td>{lease.endsOn ? formatDate(lease.endsOn) : "sans date de fin"}</td>
                    <td className="number">{formatEuros(lease.monthlyRent)}</td>
                    <td className="number">{formatEuros(lease.publicMonthlyRent)}</td>
                    <td className="number">{formatEuros(lease.monthlySavings)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
