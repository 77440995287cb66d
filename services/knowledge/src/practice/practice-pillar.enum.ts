import { registerEnumType } from "type-graphql";

/** The Pôle's three pillars (seed: « 1 projet, 3 dimensions »): the one a practice mainly belongs to. */
export enum Pillar {
  ECONOMIC_DEVELOPMENT = "ECONOMIC_DEVELOPMENT",
  NEIGHBOURHOOD = "NEIGHBOURHOOD",
  KNOWLEDGE_SHARING = "KNOWLEDGE_SHARING",
}

registerEnumType(Pillar, {
  name: "Pillar",
  description: "Pillar of the Pôle's project a practice mainly belongs to.",
  valuesConfig: {
    ECONOMIC_DEVELOPMENT: {
      description: "Développement économique des entreprises culturelles et créatives (offre de services).",
    },
    NEIGHBOURHOOD: {
      description: "Mieux-être et attractivité du quartier (actions avec et pour les habitants).",
    },
    KNOWLEDGE_SHARING: {
      description: "Modéliser, partager et valoriser les bonnes pratiques vers d'autres territoires.",
    },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const pillarLabels: Record<Pillar, string> = {
  ECONOMIC_DEVELOPMENT: "Développement économique des entreprises culturelles et créatives",
  NEIGHBOURHOOD: "Mieux-être et attractivité du quartier",
  KNOWLEDGE_SHARING: "Modélisation et partage des bonnes pratiques",
};

/** French labels of the pillars, for reports. */
export const PILLAR_LABELS: Record<Pillar, string> = {
  ECONOMIC_DEVELOPMENT: "Développement économique",
  NEIGHBOURHOOD: "Quartier",
  KNOWLEDGE_SHARING: "Partage des bonnes pratiques",
};
