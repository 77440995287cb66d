import { registerEnumType } from "type-graphql";

/**
 * Whose work a transfer is: the Pôle's (recorded by its team, given by the Pôle) or a partner territory's
 * (recorded by a territory, or given by another territory).
 */
export enum TransferOrigin {
  POLE = "POLE",
  PARTNER_TERRITORY = "PARTNER_TERRITORY",
}

registerEnumType(TransferOrigin, {
  name: "TransferOrigin",
  description:
    "Whose work a transfer is. The Pôle's reports count its own transfers (POLE) apart from those territories report or give (PARTNER_TERRITORY).",
  valuesConfig: {
    POLE: {
      description: "Recorded by the Pôle's team (staff), given by the Pôle (no fromTerritory): its own work.",
    },
    PARTNER_TERRITORY: {
      description:
        "Recorded by a territory (with its own territory token, as receiver or giver), or given by another territory (fromTerritory): a partner's work, not the Pôle's.",
    },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const transferOriginLabels: Record<TransferOrigin, string> = {
  POLE: "Transfert du Pôle",
  PARTNER_TERRITORY: "Déclaré par un territoire partenaire",
};
