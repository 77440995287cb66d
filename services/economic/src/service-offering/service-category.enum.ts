import { registerEnumType } from "type-graphql";

/** The five families of the Pôle's service offer to its members (seed: « L'offre développée »). */
export enum ServiceCategory {
  POOLED_COMMERCIAL_ACTION = "POOLED_COMMERCIAL_ACTION",
  ECONOMIC_COLLABORATION = "ECONOMIC_COLLABORATION",
  POOLED_RESOURCES = "POOLED_RESOURCES",
  TAILORED_CONSULTING = "TAILORED_CONSULTING",
  CUSTOM_TRAINING = "CUSTOM_TRAINING",
}

registerEnumType(ServiceCategory, {
  name: "ServiceCategory",
  description: "Family of a service offered to members.",
  valuesConfig: {
    POOLED_COMMERCIAL_ACTION: {
      description: "Actions commerciales mutualisées (communication, prospection, marketing).",
    },
    ECONOMIC_COLLABORATION: { description: "Dynamique de collaboration économique entre membres." },
    POOLED_RESOURCES: {
      description: "Mutualisation de moyens à tarifs préférentiels (bureaux, groupement d'achats…).",
    },
    TAILORED_CONSULTING: { description: "Conseils spécifiques et personnalisés." },
    CUSTOM_TRAINING: { description: "Formations professionnelles sur mesure." },
  },
});

/** French labels of the families, for display and for report breakdowns. */
export const serviceCategoryLabels: Record<ServiceCategory, string> = {
  POOLED_COMMERCIAL_ACTION: "Actions commerciales mutualisées",
  ECONOMIC_COLLABORATION: "Collaboration économique",
  POOLED_RESOURCES: "Mutualisation de moyens",
  TAILORED_CONSULTING: "Conseils personnalisés",
  CUSTOM_TRAINING: "Formations sur mesure",
};
