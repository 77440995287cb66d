import { ServiceCategory } from "../service-offering/service-category.enum";

/** The service offer of the seed, one or more offerings per family; rates in euros (null: not priced). */
export const sampleOfferings: {
  category: ServiceCategory;
  name: string;
  description: string;
  memberRate: number | null;
  publicRate: number | null;
}[] = [
  {
    category: ServiceCategory.POOLED_COMMERCIAL_ACTION,
    name: "Catalogue commun des membres",
    description: "Communication mutualisée : catalogue et site commun présentant l'offre des membres.",
    memberRate: 0,
    publicRate: null,
  },
  {
    category: ServiceCategory.POOLED_COMMERCIAL_ACTION,
    name: "Prospection collective",
    description: "Démarchage commun des collectivités et entreprises du territoire.",
    memberRate: 150,
    publicRate: null,
  },
  {
    category: ServiceCategory.ECONOMIC_COLLABORATION,
    name: "Réponses groupées aux appels d'offres",
    description: "Mise en relation et co-traitance entre membres pour répondre ensemble.",
    memberRate: 0,
    publicRate: null,
  },
  {
    category: ServiceCategory.POOLED_RESOURCES,
    name: "Location de bureaux dans l'immeuble Boutaric",
    description: "Bureaux à tarif préférentiel (prix mensuel au m²).",
    memberRate: 9.5,
    publicRate: 13,
  },
  {
    category: ServiceCategory.POOLED_RESOURCES,
    name: "Groupement d'achats",
    description: "Achats groupés de fournitures, d'impression et de matériel.",
    memberRate: null,
    publicRate: null,
  },
  {
    category: ServiceCategory.TAILORED_CONSULTING,
    name: "Conseil personnalisé",
    description: "Accompagnement individuel : gestion, juridique, stratégie (prix de l'heure).",
    memberRate: 45,
    publicRate: 80,
  },
  {
    category: ServiceCategory.CUSTOM_TRAINING,
    name: "Formations-actions",
    description:
      "Formations professionnelles sur mesure, centrées sur l'application terrain (prix de la journée).",
    memberRate: 120,
    publicRate: 350,
  },
];
