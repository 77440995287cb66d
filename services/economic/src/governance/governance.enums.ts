import { registerEnumType } from "type-graphql";

/** The association's three colleges (seed: « une gouvernance collégiale »). */
export enum College {
  MEMBER_ENTERPRISES = "MEMBER_ENTERPRISES",
  PARTNERS = "PARTNERS",
  QUALIFIED_PERSONS = "QUALIFIED_PERSONS",
}

registerEnumType(College, {
  name: "College",
  description: "A college of the association.",
  valuesConfig: {
    MEMBER_ENTERPRISES: { description: "Les entreprises culturelles et créatives membres." },
    PARTNERS: { description: "Les partenaires (Dijon Habitat, Au Jardin des Voisins…)." },
    QUALIFIED_PERSONS: { description: "Les personnes qualifiées, pour leurs compétences." },
  },
});

export const collegeLabels: Record<College, string> = {
  MEMBER_ENTERPRISES: "Entreprises culturelles et créatives membres",
  PARTNERS: "Partenaires",
  QUALIFIED_PERSONS: "Personnes qualifiées",
};

/** Whether a member of the association is an organisation or a natural person. */
export enum AssociationMemberKind {
  ORGANISATION = "ORGANISATION",
  PERSON = "PERSON",
}

registerEnumType(AssociationMemberKind, {
  name: "AssociationMemberKind",
  description: "An organisation or a natural person.",
  valuesConfig: {
    ORGANISATION: { description: "A legal person (enterprise, association, public body…)." },
    PERSON: { description: "A natural person (qualified persons)." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const associationMemberKindLabels: Record<AssociationMemberKind, string> = {
  ORGANISATION: "Personne morale",
  PERSON: "Personne physique",
};

/** Seats of the association's board. */
export enum BoardRole {
  PRESIDENT = "PRESIDENT",
  VICE_PRESIDENT = "VICE_PRESIDENT",
  TREASURER = "TREASURER",
  SECRETARY = "SECRETARY",
  BOARD_MEMBER = "BOARD_MEMBER",
}

registerEnumType(BoardRole, {
  name: "BoardRole",
  description: "Seat on the association's board (conseil d'administration, bureau).",
  valuesConfig: {
    PRESIDENT: { description: "Président·e." },
    VICE_PRESIDENT: { description: "Vice-président·e." },
    TREASURER: { description: "Trésorier·ère." },
    SECRETARY: { description: "Secrétaire." },
    BOARD_MEMBER: { description: "Administrateur·rice." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const boardRoleLabels: Record<BoardRole, string> = {
  PRESIDENT: "Président·e",
  VICE_PRESIDENT: "Vice-président·e",
  TREASURER: "Trésorier·ère",
  SECRETARY: "Secrétaire",
  BOARD_MEMBER: "Administrateur·rice",
};

/** Kinds of bodies sitting on the steering committee. */
export enum BodyKind {
  CITY = "CITY",
  METROPOLIS = "METROPOLIS",
  DEPARTMENT = "DEPARTMENT",
  REGION = "REGION",
  STATE = "STATE",
  SOCIAL_LANDLORD = "SOCIAL_LANDLORD",
  ASSOCIATION = "ASSOCIATION",
  OTHER = "OTHER",
}

registerEnumType(BodyKind, {
  name: "BodyKind",
  description: "Kind of a body represented on the steering committee.",
  valuesConfig: {
    CITY: { description: "Commune (Ville de Dijon)." },
    METROPOLIS: { description: "Intercommunalité (Grand Dijon)." },
    DEPARTMENT: { description: "Département." },
    REGION: { description: "Région (Conseil régional de Bourgogne)." },
    STATE: { description: "État et ses services." },
    SOCIAL_LANDLORD: { description: "Bailleur social (Dijon Habitat)." },
    ASSOCIATION: { description: "Association." },
    OTHER: { description: "Autre organisme." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const bodyKindLabels: Record<BodyKind, string> = {
  CITY: "Commune",
  METROPOLIS: "Intercommunalité",
  DEPARTMENT: "Département",
  REGION: "Région",
  STATE: "État",
  SOCIAL_LANDLORD: "Bailleur social",
  ASSOCIATION: "Association",
  OTHER: "Autre organisme",
};

/** What the steering committee decided on an item. */
export enum DecisionOutcome {
  ADOPTED = "ADOPTED",
  REJECTED = "REJECTED",
  POSTPONED = "POSTPONED",
}

registerEnumType(DecisionOutcome, {
  name: "DecisionOutcome",
  description: "Outcome of a decision of the steering committee.",
  valuesConfig: {
    ADOPTED: { description: "Adoptée." },
    REJECTED: { description: "Rejetée." },
    POSTPONED: { description: "Ajournée." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const decisionOutcomeLabels: Record<DecisionOutcome, string> = {
  ADOPTED: "Adoptée",
  REJECTED: "Rejetée",
  POSTPONED: "Ajournée",
};
