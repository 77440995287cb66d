import { registerEnumType } from "type-graphql";

/** What an import did with one of its rows. */
export enum ImportOutcome {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  UNCHANGED = "UNCHANGED",
}

registerEnumType(ImportOutcome, {
  name: "ImportOutcome",
  description: "What an import did with one of its practices.",
  valuesConfig: {
    CREATED: { description: "No practice of the territory had this externalId: it was added, as a DRAFT." },
    UPDATED: { description: "The practice imported before with this externalId was changed." },
    UNCHANGED: {
      description:
        "The practice imported before with this externalId already said exactly this: nothing was written (no audit entry, updatedAt as it was).",
    },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const importOutcomeLabels: Record<ImportOutcome, string> = {
  CREATED: "Créée",
  UPDATED: "Mise à jour",
  UNCHANGED: "Inchangée",
};
