import { Activity, LegalForm, MembershipKind } from "../member/member.enums";
import { ServiceCategory } from "../service-offering/service-category.enum";

/** French labels of the enums that report breakdowns are keyed by, in report order. */
export const membershipKindLabels: Record<MembershipKind, string> = {
  INSTALLED: "Installés dans l'immeuble Boutaric",
  ASSOCIATED: "Associés sur le territoire",
};

export const legalFormLabels: Record<LegalForm, string> = {
  ASSOCIATION: "Association",
  SCIC: "SCIC",
  SCOP: "SCOP",
  SARL: "SARL",
  EURL: "EURL",
  SAS: "SAS",
  EPCC: "EPCC",
  CAE_HOSTING: "Portage via CAE",
};

export const activityLabels: Record<Activity, string> = {
  LIVE_PERFORMANCE: "Spectacle vivant",
  AUDIOVISUAL: "Audiovisuel",
  CINEMA: "Cinéma",
  GRAPHIC_DESIGN: "Graphisme",
  WEB: "Web",
  ARTISTIC_TEAM_SUPPORT: "Accompagnement d'équipes artistiques",
  MUSIC: "Musique",
  VISUAL_ARTS: "Arts visuels",
  PHOTOGRAPHY: "Photographie",
  PUBLISHING: "Édition",
  DESIGN: "Design",
  VIDEO_GAMES: "Jeu vidéo",
};

export const serviceCategoryLabels: Record<ServiceCategory, string> = {
  POOLED_COMMERCIAL_ACTION: "Actions commerciales mutualisées",
  ECONOMIC_COLLABORATION: "Collaboration économique",
  POOLED_RESOURCES: "Mutualisation de moyens",
  TAILORED_CONSULTING: "Conseils personnalisés",
  CUSTOM_TRAINING: "Formations sur mesure",
};
