import { registerEnumType } from "type-graphql";

/** Kinds of help the Pôle gives a collective initiative of inhabitants. */
export enum InitiativeHelpKind {
  PROJECT_DESIGN = "PROJECT_DESIGN",
  FUNDING_SEARCH = "FUNDING_SEARCH",
  TECHNICAL_SUPPORT = "TECHNICAL_SUPPORT",
  COMMUNICATION = "COMMUNICATION",
  LEGAL_STRUCTURING = "LEGAL_STRUCTURING",
  TRAINING = "TRAINING",
  PREMISES_AND_EQUIPMENT = "PREMISES_AND_EQUIPMENT",
}

registerEnumType(InitiativeHelpKind, {
  name: "InitiativeHelpKind",
  description: "A kind of help the Pôle gives a collective initiative.",
  valuesConfig: {
    PROJECT_DESIGN: { description: "Montage et structuration du projet." },
    FUNDING_SEARCH: { description: "Recherche de financements." },
    TECHNICAL_SUPPORT: { description: "Appui technique (son, lumière, image, logistique)." },
    COMMUNICATION: { description: "Communication et diffusion." },
    LEGAL_STRUCTURING: { description: "Structuration juridique (création d'association…)." },
    TRAINING: { description: "Formation des porteurs." },
    PREMISES_AND_EQUIPMENT: { description: "Mise à disposition de locaux et de matériel." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const initiativeHelpKindLabels: Record<InitiativeHelpKind, string> = {
  PROJECT_DESIGN: "Montage du projet",
  FUNDING_SEARCH: "Recherche de financements",
  TECHNICAL_SUPPORT: "Appui technique",
  COMMUNICATION: "Communication et diffusion",
  LEGAL_STRUCTURING: "Structuration juridique",
  TRAINING: "Formation des porteurs",
  PREMISES_AND_EQUIPMENT: "Locaux et matériel",
};
