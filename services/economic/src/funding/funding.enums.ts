import { registerEnumType } from "type-graphql";

/** Who funds the Pôle. */
export enum FunderKind {
  CITY = "CITY",
  METROPOLIS = "METROPOLIS",
  DEPARTMENT = "DEPARTMENT",
  REGION = "REGION",
  STATE = "STATE",
  FOUNDATION = "FOUNDATION",
  EU = "EU",
}

registerEnumType(FunderKind, {
  name: "FunderKind",
  description: "Kind of funder.",
  valuesConfig: {
    CITY: { description: "Commune." },
    METROPOLIS: { description: "Intercommunalité, métropole." },
    DEPARTMENT: { description: "Département." },
    REGION: { description: "Région." },
    STATE: { description: "État et ses opérateurs." },
    FOUNDATION: { description: "Fondation." },
    EU: { description: "Union européenne (fonds européens)." },
  },
});

export const funderKindLabels: Record<FunderKind, string> = {
  CITY: "Commune",
  METROPOLIS: "Intercommunalité",
  DEPARTMENT: "Département",
  REGION: "Région",
  STATE: "État",
  FOUNDATION: "Fondations",
  EU: "Union européenne",
};

/** SCDL `nature`: what form the aid takes. */
export enum AidNature {
  CASH = "CASH",
  IN_KIND = "IN_KIND",
}

registerEnumType(AidNature, {
  name: "AidNature",
  description: "Form of an aid (SCDL `nature`).",
  valuesConfig: {
    CASH: { description: "« aide en numéraire »." },
    IN_KIND: { description: "« aide en nature »." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const aidNatureLabels: Record<AidNature, string> = {
  CASH: "Aide en numéraire",
  IN_KIND: "Aide en nature",
};

/** SCDL values of `nature`. */
export const scdlNature: Record<AidNature, string> = {
  CASH: "aide en numéraire",
  IN_KIND: "aide en nature",
};

/** SCDL `conditionsVersement`: paid at once or in instalments. */
export enum PaymentConditions {
  SINGLE = "SINGLE",
  INSTALMENTS = "INSTALMENTS",
}

registerEnumType(PaymentConditions, {
  name: "PaymentConditions",
  description: "How an aid is paid (SCDL `conditionsVersement`).",
  valuesConfig: {
    SINGLE: { description: "« unique »: one payment." },
    INSTALMENTS: { description: "« échelonné »: several payments." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const paymentConditionsLabels: Record<PaymentConditions, string> = {
  SINGLE: "Versement unique",
  INSTALMENTS: "Versement échelonné",
};

/** SCDL values of `conditionsVersement`. */
export const scdlPaymentConditions: Record<PaymentConditions, string> = {
  SINGLE: "unique",
  INSTALMENTS: "échelonné",
};
