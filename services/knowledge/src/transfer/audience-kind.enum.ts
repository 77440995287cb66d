import { registerEnumType } from "type-graphql";

/** Who a transfer was for, as a kind of audience (never people's names). */
export enum AudienceKind {
  ELECTED_OFFICIALS = "ELECTED_OFFICIALS",
  LOCAL_AUTHORITY_STAFF = "LOCAL_AUTHORITY_STAFF",
  NEIGHBOURHOOD_OPERATORS = "NEIGHBOURHOOD_OPERATORS",
  CULTURAL_OPERATORS = "CULTURAL_OPERATORS",
  SOCIAL_LANDLORDS = "SOCIAL_LANDLORDS",
  ENTERPRISES = "ENTERPRISES",
  MIXED = "MIXED",
}

registerEnumType(AudienceKind, {
  name: "AudienceKind",
  description: "Kind of audience a transfer was for.",
  valuesConfig: {
    ELECTED_OFFICIALS: { description: "Élus." },
    LOCAL_AUTHORITY_STAFF: { description: "Agents des collectivités." },
    NEIGHBOURHOOD_OPERATORS: {
      description: "Opérateurs intervenant dans les quartiers prioritaires (centres sociaux, associations…).",
    },
    CULTURAL_OPERATORS: { description: "Opérateurs et équipes culturels." },
    SOCIAL_LANDLORDS: { description: "Bailleurs sociaux." },
    ENTERPRISES: { description: "Entreprises culturelles et créatives." },
    MIXED: { description: "Public mixte (plusieurs des catégories ci-dessus)." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const audienceKindLabels: Record<AudienceKind, string> = {
  ELECTED_OFFICIALS: "Élus",
  LOCAL_AUTHORITY_STAFF: "Agents des collectivités",
  NEIGHBOURHOOD_OPERATORS: "Opérateurs des quartiers prioritaires",
  CULTURAL_OPERATORS: "Opérateurs culturels",
  SOCIAL_LANDLORDS: "Bailleurs sociaux",
  ENTERPRISES: "Entreprises culturelles et créatives",
  MIXED: "Public mixte",
};
