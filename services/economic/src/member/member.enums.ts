import { registerEnumType } from "type-graphql";

/** Legal forms of member structures, with their INSEE *catégorie juridique* where one fits. */
export enum LegalForm {
  ASSOCIATION = "ASSOCIATION",
  SCIC = "SCIC",
  SCOP = "SCOP",
  SARL = "SARL",
  EURL = "EURL",
  SAS = "SAS",
  EPCC = "EPCC",
  CAE_HOSTING = "CAE_HOSTING",
}

registerEnumType(LegalForm, {
  name: "LegalForm",
  description: "Legal form of a member structure.",
  valuesConfig: {
    ASSOCIATION: { description: "Association loi 1901." },
    SCIC: { description: "Société coopérative d'intérêt collectif." },
    SCOP: { description: "Société coopérative et participative." },
    SARL: { description: "Société à responsabilité limitée." },
    EURL: { description: "Entreprise unipersonnelle à responsabilité limitée." },
    SAS: { description: "Société par actions simplifiée." },
    EPCC: { description: "Établissement public de coopération culturelle." },
    CAE_HOSTING: {
      description: "Activity hosted by a coopérative d'activité et d'emploi (portage via CAE).",
    },
  },
});

/** French labels of the legal forms, for display and for report breakdowns. */
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

/** Where a member structure sits: in the Boutaric building or elsewhere on the territory. */
export enum MembershipKind {
  INSTALLED = "INSTALLED",
  ASSOCIATED = "ASSOCIATED",
}

registerEnumType(MembershipKind, {
  name: "MembershipKind",
  description: "How a structure belongs to the Pôle.",
  valuesConfig: {
    INSTALLED: { description: "Installed in the Boutaric building (Grésilles)." },
    ASSOCIATED: { description: "Associated member located elsewhere on the territory." },
  },
});

/** French labels of one member's kind, for display (report breakdowns have their plural headings). */
export const membershipKindLabels: Record<MembershipKind, string> = {
  INSTALLED: "Installé dans l'immeuble Boutaric",
  ASSOCIATED: "Associé sur le territoire",
};

/**
 * Activities of the cultural and creative sector. The seed's six come first; the others leave room for
 * structures that join later (a new activity is one enum value and one migration).
 */
export enum Activity {
  LIVE_PERFORMANCE = "LIVE_PERFORMANCE",
  AUDIOVISUAL = "AUDIOVISUAL",
  CINEMA = "CINEMA",
  GRAPHIC_DESIGN = "GRAPHIC_DESIGN",
  WEB = "WEB",
  ARTISTIC_TEAM_SUPPORT = "ARTISTIC_TEAM_SUPPORT",
  MUSIC = "MUSIC",
  VISUAL_ARTS = "VISUAL_ARTS",
  PHOTOGRAPHY = "PHOTOGRAPHY",
  PUBLISHING = "PUBLISHING",
  DESIGN = "DESIGN",
  VIDEO_GAMES = "VIDEO_GAMES",
}

registerEnumType(Activity, {
  name: "Activity",
  description: "An activity of the cultural and creative sector.",
  valuesConfig: {
    LIVE_PERFORMANCE: { description: "Spectacle vivant." },
    AUDIOVISUAL: { description: "Audiovisuel." },
    CINEMA: { description: "Cinéma." },
    GRAPHIC_DESIGN: { description: "Graphisme." },
    WEB: { description: "Web." },
    ARTISTIC_TEAM_SUPPORT: { description: "Accompagnement d'équipes artistiques." },
    MUSIC: { description: "Musique." },
    VISUAL_ARTS: { description: "Arts visuels." },
    PHOTOGRAPHY: { description: "Photographie." },
    PUBLISHING: { description: "Édition." },
    DESIGN: { description: "Design." },
    VIDEO_GAMES: { description: "Jeu vidéo." },
  },
});

/** French labels of the activities, for display and for report breakdowns. */
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
