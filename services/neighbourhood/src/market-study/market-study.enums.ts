import { registerEnumType } from "type-graphql";

/** How far a market study has gone, and what came of it. */
export enum MarketStudyStatus {
  IN_PROGRESS = "IN_PROGRESS",
  FAVOURABLE = "FAVOURABLE",
  UNFAVOURABLE = "UNFAVOURABLE",
  ACTIVITY_OPENED = "ACTIVITY_OPENED",
  ABANDONED = "ABANDONED",
}

registerEnumType(MarketStudyStatus, {
  name: "MarketStudyStatus",
  description: "How far a market study has gone, and what came of it.",
  valuesConfig: {
    IN_PROGRESS: { description: "Étude en cours." },
    FAVOURABLE: { description: "Conclusions favorables à l'implantation de l'activité." },
    UNFAVOURABLE: { description: "Conclusions défavorables." },
    ACTIVITY_OPENED: { description: "L'activité étudiée s'est implantée dans le quartier." },
    ABANDONED: { description: "Étude abandonnée avant ses conclusions." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const marketStudyStatusLabels: Record<MarketStudyStatus, string> = {
  IN_PROGRESS: "Étude en cours",
  FAVOURABLE: "Conclusions favorables",
  UNFAVOURABLE: "Conclusions défavorables",
  ACTIVITY_OPENED: "Activité implantée",
  ABANDONED: "Étude abandonnée",
};

/** The Pôle's part in a market study (seed: « portage ou participation »). */
export enum MarketStudyRole {
  CARRIED = "CARRIED",
  JOINED = "JOINED",
}

registerEnumType(MarketStudyRole, {
  name: "MarketStudyRole",
  description:
    "The Pôle's part in a market study (seed: « portage ou participation à des études de marché »).",
  valuesConfig: {
    CARRIED: { description: "Portée par le Pôle." },
    JOINED: { description: "Le Pôle participe à une étude portée par un autre acteur." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const marketStudyRoleLabels: Record<MarketStudyRole, string> = {
  CARRIED: "Portée par le Pôle",
  JOINED: "Portée par un autre acteur, avec le Pôle",
};
