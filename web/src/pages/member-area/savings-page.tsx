import { useQuery } from "@apollo/client/react";
import { MemberAreaSavingsDocument } from "../../gql/graphql";
import { formatDate, formatEuros, formatNumber } from "../../ui/format";
import { Empty, ErrorNotice, Loading, Section, usePageTitle } from "../../ui/status";
import { newestFirst, savingsByCategory, savingsByYear } from "./member-area-logic";
import { useMemberId } from "./member-area-layout";

/**
 * /espace-membre/economies: what the member saved against public rates (Member.savings, summed over its
 * service engagements): by year, by family of service, its office rents and its shares of group purchases.
 */
export function MemberSavingsPage() {
  usePageTitle("Mes économies");
  const memberId = useMemberId();
  const { data, loading, error } = useQuery(MemberAreaSavingsDocument, {
    variables: { memberId },
    fetchPolicy: "cache-and-network",
  });
  const member = data?.member;

  if (!data && loading) return <Loading />;
  if (!member) {
    return (
      <>
        <h1>Mes économies</h1>
        {error ? <ErrorNotice error={error} /> : <Empty>Cette structure n'est pas enregistrée.</Empty>}
      </>
    );
  }
  const engagements = member.serviceEngagements ?? [];
  const byYear = savingsByYear(engagements);
  const byCategory = savingsByCategory(engagements);
  // The member's shares of group purchases are engagements of their own: what it paid, what buying alone
  // would have cost (Query.groupPurchases would also list the other participants, refused to a member).
  const purchases = [...engagements.filter((engagement) => engagement.kind === "GROUP_PURCHASE")].reverse();
  const leases = newestFirst(member.officeLeases).filter((lease) => lease.monthlySavings !== null);

  return (
    <>
      <h1>Mes économies</h1>
      <p>
        Ce que les services mutualisés du Pôle (bureaux, salles et matériel, achats groupés, formations,
        conseil…) ont fait économiser à {member.name} par rapport aux tarifs publics.
      </p>
      <Section title="En tout" error={error} path={["member", "savings"]}>
        <ul className="figures">
          <li>
            <strong>{formatEuros(member.savings)}</strong> économisés depuis l'adhésion
          </li>
          <li>
            <strong>{formatNumber(engagements.length)}</strong> services utilisés
          </li>
        </ul>
      </Section>

      <Section title="Par année" error={error} path={["member", "serviceEngagements"]}>
        {byYear.length === 0 ? (
          <Empty>Aucun service utilisé pour le moment : pas encore d'économie.</Empty>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Année</th>
                  <th scope="col" className="number">
                    Services utilisés
                  </th>
                  <th scope="col" className="number">
                    Économies
                  </th>
                </tr>
              </thead>
              <tbody>
                {byYear.map((row) => (
                  <tr key={row.year}>
                    <th scope="row">{row.year}</th>
                    <td className="number">{formatNumber(row.count)}</td>
                    <td className="number">{formatEuros(row.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section title="Par famille de services" error={error} path={["member", "serviceEngagements"]}>
        {byCategory.length === 0 ? (
          <Empty>Aucune famille de services utilisée.</Empty>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Famille</th>
                  <th scope="col" className="number">
                    Services utilisés
                  </th>
                  <th scope="col" className="number">
                    Économies
                  </th>
                </tr>
              </thead>
              <tbody>
                {byCategory.map((row) => (
                  <tr key={row.category}>
                    <th scope="row">{row.label}</th>
                    <td className="number">{formatNumber(row.count)}</td>
                    <td className="number">{formatEuros(row.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section title="Achats groupés" error={error} path={["member", "serviceEngagements"]}>
        {purchases.length === 0 ? (
          <Empty>Votre structure n'a participé à aucun achat groupé.</Empty>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Achat</th>
                  <th scope="col">Commandé le</th>
                  <th scope="col" className="number">
                    Payé
                  </th>
                  <th scope="col" className="number">
                    Seul, il aurait coûté
                  </th>
                  <th scope="col" className="number">
                    Économie
                  </th>
                </tr>
              </thead>
              <tbody>
                {purchases.map((purchase) => (
                  <tr key={purchase.id}>
                    <th scope="row">{purchase.title}</th>
                    <td>{formatDate(purchase.occurredOn)}</td>
                    <td className="number">{formatEuros(purchase.memberAmount)}</td>
                    <td className="number">{formatEuros(purchase.publicAmount)}</td>
                    <td className="number">{formatEuros(purchase.savings)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section title="Bureaux" error={error} path={["member", "officeLeases"]}>
        {leases.length === 0 ? (
          <Empty>Pas de bureau loué dans l'immeuble : pas d'économie de loyer.</Empty>
        ) : (
          <ul className="booking-list">
            {leases.map((lease) => (
              <li key={lease.id}>
                <span>
                  {lease.room} ({formatDate(lease.startsOn)} –{" "}
                  {lease.endsOn ? formatDate(lease.endsOn) : "en cours"})
                </span>
                <span>{formatEuros(lease.monthlySavings)} par mois</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
