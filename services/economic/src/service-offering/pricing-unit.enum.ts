import { registerEnumType } from "type-graphql";

/** What one unit of a service's rate buys. */
export enum PricingUnit {
  FLAT = "FLAT",
  HOUR = "HOUR",
  DAY = "DAY",
  SQM_MONTH = "SQM_MONTH",
}

registerEnumType(PricingUnit, {
  name: "PricingUnit",
  description: "What one unit of a service's rate buys.",
  valuesConfig: {
    FLAT: { description: "A flat price per use (forfait)." },
    HOUR: { description: "Per hour." },
    DAY: { description: "Per day of 7 hours." },
    SQM_MONTH: { description: "Per square metre and month (office rental)." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const pricingUnitLabels: Record<PricingUnit, string> = {
  FLAT: "Forfait",
  HOUR: "Heure",
  DAY: "Journée",
  SQM_MONTH: "m² par mois",
};

/** Hours in a day of training or consulting, for rates per day. */
export const HOURS_PER_DAY = 7;

/** Cents due for `hours` of a service priced per `unit` at `rateCents` (rounded to the cent). */
export function centsForHours(rateCents: number | null, unit: PricingUnit, hours: number): number | null {
  if (rateCents === null) return null;
  switch (unit) {
    case PricingUnit.HOUR:
      return Math.round(rateCents * hours);
    case PricingUnit.DAY:
      return Math.round((rateCents * hours) / HOURS_PER_DAY);
    default:
      return rateCents;
  }
}
