import { registerEnumType } from "type-graphql";

/** The ways the Pôle shares its know-how with other territories (seed: « Actions développées à terme »). */
export enum TransferKind {
  IN_SITU_TRAINING = "IN_SITU_TRAINING",
  ELECTED_OFFICIALS_BRIEFING = "ELECTED_OFFICIALS_BRIEFING",
  OPERATOR_TRANSFER = "OPERATOR_TRANSFER",
  KNOW_HOW_TRANSFER = "KNOW_HOW_TRANSFER",
  PROJECT_ENGINEERING = "PROJECT_ENGINEERING",
}

registerEnumType(TransferKind, {
  name: "TransferKind",
  description: "Kind of a transfer of good practice to another territory.",
  valuesConfig: {
    IN_SITU_TRAINING: { description: "Formation in situ." },
    ELECTED_OFFICIALS_BRIEFING: { description: "Transfert de bonnes pratiques vers les élus." },
    OPERATOR_TRANSFER: { description: "Transfert vers d'autres opérateurs des quartiers prioritaires." },
    KNOW_HOW_TRANSFER: { description: "Transfert de savoir-faire." },
    PROJECT_ENGINEERING: { description: "Ingénierie de projets." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const transferKindLabels: Record<TransferKind, string> = {
  IN_SITU_TRAINING: "Formation in situ",
  ELECTED_OFFICIALS_BRIEFING: "Transfert vers les élus",
  OPERATOR_TRANSFER: "Transfert vers d'autres opérateurs",
  KNOW_HOW_TRANSFER: "Transfert de savoir-faire",
  PROJECT_ENGINEERING: "Ingénierie de projets",
};

/** French labels of the transfer kinds, for report breakdowns. */
export const TRANSFER_KIND_LABELS: Record<TransferKind, string> = {
  IN_SITU_TRAINING: "Formation in situ",
  ELECTED_OFFICIALS_BRIEFING: "Transfert de bonnes pratiques vers les élus",
  OPERATOR_TRANSFER: "Transfert vers d'autres opérateurs des quartiers prioritaires",
  KNOW_HOW_TRANSFER: "Transfert de savoir-faire",
  PROJECT_ENGINEERING: "Ingénierie de projets",
};
