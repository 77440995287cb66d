import { registerEnumType } from "type-graphql";

/** Who recorded a transfer: the Pôle's team (its own work) or the territory that received it. */
export enum TransferOrigin {
  POLE = "POLE",
  PARTNER_TERRITORY = "PARTNER_TERRITORY",
}

registerEnumType(TransferOrigin, {
  name: "TransferOrigin",
  description:
    "Who recorded a transfer. The Pôle's reports count its own transfers (POLE) apart from those other territories report about themselves (PARTNER_TERRITORY).",
  valuesConfig: {
    POLE: {
      description: "Recorded by the Pôle's team (staff): a transfer the Pôle itself held, its own work.",
    },
    PARTNER_TERRITORY: {
      description:
        "Recorded by a territory about itself (with its own territory token): a partner's report, not the Pôle's work.",
    },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const transferOriginLabels: Record<TransferOrigin, string> = {
  POLE: "Transfert du Pôle",
  PARTNER_TERRITORY: "Déclaré par un territoire partenaire",
};
