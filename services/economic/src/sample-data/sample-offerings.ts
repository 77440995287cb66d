import { PricingUnit } from "../service-offering/pricing-unit.enum";
import { ServiceCategory } from "../service-offering/service-category.enum";

/** The service offer of the seed, one or more offerings per family; rates in euros (null: not priced). */
export const sampleOfferings: {
  category: ServiceCategory;
  name: string;
  description: string;
  unit: PricingUnit;
  memberRate: number | null;
  publicRate: number | null;
}[] = [
  {
    category: ServiceCategory.POOLED_COMMERCIAL_ACTION,
    name: "Catalogue commun des membres",
    unit: PricingUnit.FLAT,
    description: "Communication mutualisée : catalogue et site commun présentant l'offre des membres.",
    memberRate: 0,
    publicRate: null,
  },
  {
    category: ServiceCategory.POOLED_COMMERCIAL_ACTION,
    name: "Prospection collective",
    unit: PricingUnit.FLAT,
    description: "Démarchage commun des collectivités et entreprises du territoire.",
    memberRate: 150,
    publicRate: null,
  },
  {
    category: ServiceCategory.ECONOMIC_COLLABORATION,
    name: "Réponses groupées aux appels d'offres",
    unit: PricingUnit.FLAT,
    description: "Mise en relation et co-traitance entre membres pour répondre ensemble.",
    memberRate: 0,
    publicRate: null,
  },
  {
    category: ServiceCategory.POOLED_RESOURCES,
    name: "Location de bureaux dans l'immeuble Boutaric",
    unit: PricingUnit.SQM_MONTH,
    description: "Bureaux à tarif préférentiel (prix mensuel au m²).",
    memberRate: 9.5,
    publicRate: 13,
  },
  {
    category: ServiceCategory.POOLED_RESOURCES,
    name: "Groupement d'achats",
    unit: PricingUnit.FLAT,
    description: "Achats groupés de fournitures, d'impression et de matériel.",
    memberRate: null,
    publicRate: null,
  },
  {
    category: ServiceCategory.TAILORED_CONSULTING,
    name: "Conseil personnalisé",
    unit: PricingUnit.HOUR,
    description: "Accompagnement individuel : gestion, juridique, stratégie (prix de l'heure).",
    memberRate: 45,
    publicRate: 80,
  },
  {
    category: ServiceCategory.CUSTOM_TRAINING,
    name: "Formations-actions",
    unit: PricingUnit.DAY,
    description:
      "Formations professionnelles sur mesure, centrées sur l'application terrain (prix de la journée).",
    memberRate: 120,
    publicRate: 350,
  },
  {
    category: ServiceCategory.POOLED_RESOURCES,
    name: "Réservation de salles et de matériel partagés",
    description: "Salles de réunion, studio son, caméra et vidéoprojecteur à l'heure (tarifs par ressource).",
    unit: PricingUnit.HOUR,
    memberRate: null,
    publicRate: null,
  },
];
