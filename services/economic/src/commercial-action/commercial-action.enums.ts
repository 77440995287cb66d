import { registerEnumType } from "type-graphql";

/** The three kinds of pooled commercial action of the seed. */
export enum CommercialActionKind {
  COMMUNICATION = "COMMUNICATION",
  PROSPECTING = "PROSPECTING",
  MARKETING = "MARKETING",
}

registerEnumType(CommercialActionKind, {
  name: "CommercialActionKind",
  description: "Kind of a pooled commercial action.",
  valuesConfig: {
    COMMUNICATION: { description: "Communication commune (catalogue, site, presse)." },
    PROSPECTING: { description: "Prospection collective de clients." },
    MARKETING: { description: "Marketing commun (salons, campagnes)." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const commercialActionKindLabels: Record<CommercialActionKind, string> = {
  COMMUNICATION: "Communication",
  PROSPECTING: "Prospection",
  MARKETING: "Marketing",
};
