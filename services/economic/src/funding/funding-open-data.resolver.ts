import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { assertReportYear, type IsoDate, type SubgraphContext, MaxItems } from "@pole/subgraph-kit";
import { fundingsByYear } from "../annual-report/annual-story.loader";
import { Funding } from "./funding.entity";
import { PaymentConditions, scdlNature, scdlPaymentConditions } from "./funding.enums";
import { ScdlSubventionRow } from "./funding-open-data.type";

/**
 * SCDL « subventions » 2.1.1 `datesPeriodeVersement`: the date of a single payment, else the period from the
 * first to the last payment as an ISO 8601 interval, the two dates joined by « / » (not the « _ » of the
 * older regulatory format, which the standard's pattern rejects). Instalments always give a period.
 */
export function scdlPaymentPeriod(conditions: PaymentConditions, paymentDates: IsoDate[]): string {
  const dates = [...paymentDates].sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (conditions === PaymentConditions.SINGLE && dates.length === 1) return first;
  return `${first}/${last}`;
}

/**
 * A funding as an SCDL row: our enums in the standard's words. The association is the sole beneficiary of
 * every funding recorded, so its share of the grant (`pourcentageSubvention`) is 1.00 (the share of the
 * project's budget, `subsidyPercentage`, is another figure and stays out of this row); `dispositifAide` is
 * the scheme's identifier, never its name.
 */
export function toScdlRow(funding: Funding): ScdlSubventionRow {
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
    datesPeriodeVersement: scdlPaymentPeriod(funding.paymentConditions, funding.paymentDates),
    idRAE: funding.raeId,
    notificationUE: funding.euNotification,
    pourcentageSubvention: SOLE_BENEFICIARY_SHARE,
    dispositifAide: funding.schemeId,
  });
}

/** `pourcentageSubvention` of a grant with one beneficiary: 100 %, « 1.00 » in the standard's words. */
const SOLE_BENEFICIARY_SHARE = 1;

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
    @Ctx() context: SubgraphContext,
  ): Promise<ScdlSubventionRow[]> {
    assertReportYear(year);
    // The same records, in the same order, as AnnualReport.fundings.
    return (await fundingsByYear(context).load(year)).map(toScdlRow);
  }
}
