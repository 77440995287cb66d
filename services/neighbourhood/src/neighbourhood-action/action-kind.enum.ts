import { registerEnumType } from "type-graphql";

/** The five kinds of action the Pôle carries out in the Grésilles (seed: « Actions développées »). */
export enum ActionKind {
  CULTURAL_ARTISTIC = "CULTURAL_ARTISTIC",
  COLLECTIVE_INITIATIVE_SUPPORT = "COLLECTIVE_INITIATIVE_SUPPORT",
  MARKET_STUDY = "MARKET_STUDY",
  EMPLOYMENT_PARTNERSHIP = "EMPLOYMENT_PARTNERSHIP",
  INSERTION_PATHWAY = "INSERTION_PATHWAY",
}

/** French labels of the kinds, in the order reports list them (`BreakdownItem.label`). */
export const actionKindLabels: Record<ActionKind, string> = {
  [ActionKind.CULTURAL_ARTISTIC]: "Actions culturelles et artistiques avec et pour les habitants",
  [ActionKind.COLLECTIVE_INITIATIVE_SUPPORT]: "Accompagnement des initiatives collectives",
  [ActionKind.MARKET_STUDY]: "Études de marché pour de nouvelles activités économiques",
  [ActionKind.EMPLOYMENT_PARTNERSHIP]: "Partenariat avec la plateforme dynamique de l'emploi",
  [ActionKind.INSERTION_PATHWAY]: "Parcours d'insertion par les métiers culturels et créatifs",
};

registerEnumType(ActionKind, {
  name: "ActionKind",
  description: "Kind of an action with and for the inhabitants of the neighbourhood.",
  valuesConfig: {
    CULTURAL_ARTISTIC: {
      description: "Animations d'actions culturelles et artistiques avec et pour les habitants.",
    },
    COLLECTIVE_INITIATIVE_SUPPORT: { description: "Accompagnement des initiatives collectives." },
    MARKET_STUDY: { description: "Études de marché pour de nouvelles activités économiques." },
    EMPLOYMENT_PARTNERSHIP: {
      description: "Partenariat avec la plateforme dynamique de l'emploi (formations, immersions).",
    },
    INSERTION_PATHWAY: { description: "Parcours d'insertion par les métiers culturels et créatifs." },
  },
});
