// French labels of the enums the public filters offer (the same words as the API's `…Label` fields, which
// only exist on records, not on the enums themselves).
import type { ActionKind, Activity, LegalForm, MembershipKind } from "../../gql/graphql";

export const ACTIVITY_LABELS: Record<Activity, string> = {
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

export const LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  ASSOCIATION: "Association",
  SCIC: "SCIC",
  SCOP: "SCOP",
  SARL: "SARL",
  EURL: "EURL",
  SAS: "SAS",
  EPCC: "EPCC",
  CAE_HOSTING: "Portage via CAE",
};

export const MEMBERSHIP_KIND_LABELS: Record<MembershipKind, string> = {
  INSTALLED: "Installés dans l'immeuble Boutaric",
  ASSOCIATED: "Associés sur le territoire",
};

export const ACTION_KIND_LABELS: Record<ActionKind, string> = {
  CULTURAL_ARTISTIC: "Actions culturelles et artistiques avec et pour les habitants",
  COLLECTIVE_INITIATIVE_SUPPORT: "Accompagnement des initiatives collectives",
  MARKET_STUDY: "Études de marché pour de nouvelles activités économiques",
  EMPLOYMENT_PARTNERSHIP: "Partenariat avec la plateforme dynamique de l'emploi",
  INSERTION_PATHWAY: "Parcours d'insertion par les métiers culturels et créatifs",
};
