import { registerEnumType } from "type-graphql";

/** Level of a territory in the French administrative map. */
export enum TerritoryKind {
  COMMUNE = "COMMUNE",
  INTERCOMMUNALITY = "INTERCOMMUNALITY",
  DEPARTMENT = "DEPARTMENT",
  REGION = "REGION",
}

registerEnumType(TerritoryKind, {
  name: "TerritoryKind",
  description: "Level of a territory in the French administrative map.",
  valuesConfig: {
    COMMUNE: { description: "Commune (a neighbourhood is a commune with a QPV code)." },
    INTERCOMMUNALITY: { description: "Intercommunalité (EPCI : communauté d'agglomération, métropole…)." },
    DEPARTMENT: { description: "Département." },
    REGION: { description: "Région." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const territoryKindLabels: Record<TerritoryKind, string> = {
  COMMUNE: "Commune",
  INTERCOMMUNALITY: "Intercommunalité",
  DEPARTMENT: "Département",
  REGION: "Région",
};
