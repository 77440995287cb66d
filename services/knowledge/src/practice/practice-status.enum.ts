import { registerEnumType } from "type-graphql";

/** Editorial life of a practice: drafted, reviewed, then published (or withdrawn). */
export enum PracticeStatus {
  DRAFT = "DRAFT",
  IN_REVIEW = "IN_REVIEW",
  PUBLISHED = "PUBLISHED",
  WITHDRAWN = "WITHDRAWN",
}

registerEnumType(PracticeStatus, {
  name: "PracticeStatus",
  description:
    "Editorial status of a practice. Only published practices are visible outside the Pôle's team.",
  valuesConfig: {
    DRAFT: { description: "Brouillon, en cours de rédaction." },
    IN_REVIEW: { description: "En relecture avant publication." },
    PUBLISHED: { description: "Publiée : lisible par tous." },
    WITHDRAWN: { description: "Retirée de la publication." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const practiceStatusLabels: Record<PracticeStatus, string> = {
  DRAFT: "Brouillon",
  IN_REVIEW: "En relecture",
  PUBLISHED: "Publiée",
  WITHDRAWN: "Retirée",
};
