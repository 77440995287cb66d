import { registerEnumType } from "type-graphql";

/** Where a territory stands in adopting a practice. */
export enum AdoptionStatus {
  PLANNED = "PLANNED",
  IN_PROGRESS = "IN_PROGRESS",
  ADOPTED = "ADOPTED",
  ABANDONED = "ABANDONED",
}

registerEnumType(AdoptionStatus, {
  name: "AdoptionStatus",
  description:
    "Where a territory stands in adopting a practice. ADOPTED and ABANDONED are final and carry an end date.",
  valuesConfig: {
    PLANNED: { description: "Envisagée : le territoire a décidé de s'en inspirer." },
    IN_PROGRESS: { description: "En cours d'adaptation et de mise en œuvre." },
    ADOPTED: { description: "Adoptée : la pratique est en place sur le territoire." },
    ABANDONED: { description: "Abandonnée (le résultat dit pourquoi)." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const adoptionStatusLabels: Record<AdoptionStatus, string> = {
  PLANNED: "Envisagée",
  IN_PROGRESS: "En cours",
  ADOPTED: "Adoptée",
  ABANDONED: "Abandonnée",
};

/** The statuses that end an adoption and require its end date. */
export const FINAL_ADOPTION_STATUSES = [AdoptionStatus.ADOPTED, AdoptionStatus.ABANDONED];
