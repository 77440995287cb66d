import { registerEnumType } from "type-graphql";

/** Where in the Grésilles an action takes place. */
export enum ActionPlaceKind {
  BOUTARIC_BUILDING = "BOUTARIC_BUILDING",
  ESPLANADE_BOUTARIC = "ESPLANADE_BOUTARIC",
  ELSEWHERE_IN_NEIGHBOURHOOD = "ELSEWHERE_IN_NEIGHBOURHOOD",
}

registerEnumType(ActionPlaceKind, {
  name: "ActionPlaceKind",
  description: "Where in the Grésilles an action takes place.",
  valuesConfig: {
    BOUTARIC_BUILDING: { description: "Dans l'immeuble Boutaric, where the members are installed." },
    ESPLANADE_BOUTARIC: { description: "Sur l'Esplanade Boutaric, in front of the building." },
    ELSEWHERE_IN_NEIGHBOURHOOD: {
      description: "Ailleurs dans le quartier des Grésilles (a school, a square, a community centre…).",
    },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const actionPlaceKindLabels: Record<ActionPlaceKind, string> = {
  BOUTARIC_BUILDING: "Immeuble Boutaric",
  ESPLANADE_BOUTARIC: "Esplanade Boutaric",
  ELSEWHERE_IN_NEIGHBOURHOOD: "Ailleurs dans le quartier des Grésilles",
};
