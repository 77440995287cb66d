import { registerEnumType } from "type-graphql";

/** The kind of organisation in charge of a practice (Interreg Europe's form asks who runs it). */
export enum OrganisationKind {
  LOCAL_AUTHORITY = "LOCAL_AUTHORITY",
  PUBLIC_BODY = "PUBLIC_BODY",
  SOCIAL_LANDLORD = "SOCIAL_LANDLORD",
  ASSOCIATION = "ASSOCIATION",
  SOCIAL_ECONOMY_ENTERPRISE = "SOCIAL_ECONOMY_ENTERPRISE",
  COMPANY = "COMPANY",
  OTHER = "OTHER",
}

registerEnumType(OrganisationKind, {
  name: "OrganisationKind",
  description: "Kind of the organisation in charge of a practice.",
  valuesConfig: {
    LOCAL_AUTHORITY: { description: "A commune, an intercommunality, a department or a region." },
    PUBLIC_BODY: { description: "Another public body: a state service, a public establishment, an agency." },
    SOCIAL_LANDLORD: { description: "A social housing landlord (bailleur social)." },
    ASSOCIATION: { description: "An association (loi 1901)." },
    SOCIAL_ECONOMY_ENTERPRISE: { description: "A social-economy enterprise: SCIC, SCOP, CAE…" },
    COMPANY: { description: "A company." },
    OTHER: { description: "Any other organisation, or several together." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const organisationKindLabels: Record<OrganisationKind, string> = {
  LOCAL_AUTHORITY: "Collectivité territoriale",
  PUBLIC_BODY: "Organisme public",
  SOCIAL_LANDLORD: "Bailleur social",
  ASSOCIATION: "Association",
  SOCIAL_ECONOMY_ENTERPRISE: "Entreprise de l'économie sociale et solidaire",
  COMPANY: "Entreprise",
  OTHER: "Autre",
};
