import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { assertReportYear, type SubgraphContext, MaxItems } from "@pole/subgraph-kit";
import { Funding } from "./funding.entity";
import { scdlNature, scdlPaymentConditions } from "./funding.enums";
import { ScdlSubventionRow } from "./funding-open-data.type";

/** A funding as an SCDL row: our enums in the standard's words, percent as a share of 1. */
export function toScdlRow(funding: Funding): ScdlSubventionRow {
  const dates = [...funding.paymentDates].sort();
  return Object.assign(new ScdlSubventionRow(), {
    nomAttribuant: funding.attributingBodyName,
    idAttribuant: funding.attributingBodySiret,
    dateConvention: funding.agreementDate,
    referenceDecision: funding.decisionReference,
    nomBeneficiaire: funding.beneficiaryName,
    idBeneficiaire: funding.beneficiarySiret,
    rnaBeneficiaire: funding.beneficiaryRna,
    objet: funding.object,
    montant: funding.amount,
    nature: funding.natures.map((nature) => scdlNature[nature]).join(";"),
    conditionsVersement: scdlPaymentConditions[funding.paymentConditions],
    datesPeriodeVersement: dates.length > 1 ? `${dates[0]}_${dates[dates.length - 1]}` : (dates[0] ?? ""),
    idRAE: funding.raeId,
    notificationUE: funding.euNotification,
    pourcentageSubvention: Math.round(funding.subsidyPercentage * 100) / 10000,
    dispositifAide: funding.scheme,
  });
}

@Resolver(() => ScdlSubventionRow)
export class FundingOpenDataResolver {
  @MaxItems(100)
  @Query(() => [ScdlSubventionRow], {
    nullable: true,
    description:
      "The funding received for a year as rows of the SCDL « subventions » open-data standard, by agreement date (public: grants to associations are open data).",
  })
  async fundingOpenData(
    @Arg("year", () => Int) year: number,
    @Ctx() { dataSource }: SubgraphContext,
  ): Promise<ScdlSubventionRow[]> {
    assertReportYear(year);
    const fundings = await dataSource
      .getRepository(Funding)
      .find({ where: { year }, order: { agreementDate: "ASC", id: "ASC" } });
    return fundings.map(toScdlRow);
  }
}
