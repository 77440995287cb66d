import { ActionKind } from "../neighbourhood-action/action-kind.enum";
import { ActionPlaceKind } from "../neighbourhood-action/action-place-kind.enum";
import { ActionStatus } from "../neighbourhood-action/action-status.enum";

/**
 * The economic subgraph's sample member ids (services/economic/src/sample-data/sample-members.ts): the
 * lead members below point at these members across the federation. Keep them in step with that file.
 */
export const SAMPLE_MEMBER_IDS = {
  compagnieDesGresilles: "a0000000-0000-4000-8000-000000000001",
  atelierBoutaricImages: "a0000000-0000-4000-8000-000000000002",
  studioEsplanadeGraphisme: "a0000000-0000-4000-8000-000000000003",
  fabriqueWebDijonnaise: "a0000000-0000-4000-8000-000000000004",
  collectifScenesOuvertes: "a0000000-0000-4000-8000-000000000005",
  bureauAccompagnementArtistique: "a0000000-0000-4000-8000-000000000006",
  radioBoutaric: "a0000000-0000-4000-8000-000000000009",
  cooperativeCultureTerritoires: "a0000000-0000-4000-8000-000000000011",
  festivalDesQuartiers: "a0000000-0000-4000-8000-000000000012",
} as const;

/**
 * An example of the QPV code format (QP + 6 digits), not the neighbourhood's official code. (Official QPV
 * codes date from the 2014 priority geography; the sample uses the format for every year.)
 */
export const EXAMPLE_QPV_CODE = "QP021003";

export const IMMEUBLE_BOUTARIC = "Immeuble Boutaric";
export const ESPLANADE_BOUTARIC = "Esplanade Boutaric";
export const JARDIN_PARTAGE = "Jardin partagé des Grésilles";

/** Partner organisations named in the seed (organisations, never people). */
export const PLATEFORME_EMPLOI = "Plateforme dynamique de l'emploi";
export const DIJON_HABITAT = "Dijon Habitat";
export const AU_JARDIN_DES_VOISINS = "Au Jardin des Voisins";

/** Fixed ids, so other subgraphs' sample data (e.g. a practice's source actions) can refer to them. */
const actionId = (n: number) => `b0000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
export const SAMPLE_PROJECT_ID = "b1000000-0000-4000-8000-000000000001";

export interface SampleAction {
  id: string;
  kind: ActionKind;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string | null;
  place: string;
  placeKind: ActionPlaceKind;
  qpvCode: string | null;
  inhabitantsReached: number;
  sessionCount: number;
  hours: number;
  partners: string[];
  status: ActionStatus;
  participatoryProjectId: string | null;
  leadMemberIds: string[];
}

const M = SAMPLE_MEMBER_IDS;
const K = ActionKind;

/**
 * Sample actions 2007–2013, following the seed document: the first enterprises moved into the Boutaric
 * building from 2007 and led the first cultural and artistic actions with the inhabitants (they became
 * members when the association was founded on 2 December 2010); the participatory project « Réenchantez
 * l'Esplanade Boutaric » ran 2010–2013; collective initiatives were supported; in 2012–2013 came a market
 * study, the partnership with the plateforme dynamique de l'emploi and the reflection on insertion pathways
 * (tried out by a pilot cohort in autumn 2013). Every action is DONE but that reflection, still RUNNING.
 * Titles and figures are invented (« exemple »).
 */
export const sampleActions: SampleAction[] = [
  {
    id: actionId(1),
    kind: K.CULTURAL_ARTISTIC,
    title: "Portraits de l'immeuble Boutaric (exemple)",
    description:
      "Ateliers photo et vidéo avec les habitants de l'immeuble : chacun filme son palier, son voisin, son quartier. Projection publique en fin d'atelier.",
    startsOn: "2007-10-01",
    endsOn: "2007-12-15",
    place: IMMEUBLE_BOUTARIC,
    placeKind: ActionPlaceKind.BOUTARIC_BUILDING,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 45,
    sessionCount: 10,
    hours: 30,
    partners: [],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.atelierBoutaricImages],
  },
  {
    id: actionId(2),
    kind: K.CULTURAL_ARTISTIC,
    title: "Théâtre en pied d'immeuble (exemple)",
    description:
      "Petites formes théâtrales jouées au pied des immeubles des Grésilles, suivies d'échanges avec les habitants.",
    startsOn: "2008-05-15",
    endsOn: "2008-07-05",
    place: ESPLANADE_BOUTARIC,
    placeKind: ActionPlaceKind.ESPLANADE_BOUTARIC,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 220,
    sessionCount: 8,
    hours: 24,
    partners: [],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.compagnieDesGresilles],
  },
  {
    id: actionId(3),
    kind: K.CULTURAL_ARTISTIC,
    title: "Scène ouverte des Grésilles (exemple)",
    description:
      "Ateliers hebdomadaires de pratique artistique (danse, chant, théâtre) ouverts aux habitants, clôturés par une scène ouverte.",
    startsOn: "2008-10-06",
    endsOn: "2009-06-20",
    place: IMMEUBLE_BOUTARIC,
    placeKind: ActionPlaceKind.BOUTARIC_BUILDING,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 60,
    sessionCount: 30,
    hours: 75,
    partners: [],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.collectifScenesOuvertes],
  },
  {
    id: actionId(4),
    kind: K.CULTURAL_ARTISTIC,
    title: "Mémoires des Grésilles (exemple)",
    description:
      "Collecte de récits d'habitants sur l'histoire du quartier et de sa requalification, montés en documentaire sonore et vidéo.",
    startsOn: "2009-01-12",
    endsOn: "2009-06-30",
    place: IMMEUBLE_BOUTARIC,
    placeKind: ActionPlaceKind.BOUTARIC_BUILDING,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 80,
    sessionCount: 16,
    hours: 48,
    partners: [],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.atelierBoutaricImages, M.compagnieDesGresilles],
  },
  {
    id: actionId(5),
    kind: K.CULTURAL_ARTISTIC,
    title: "Résidence de création au pied des tours (exemple)",
    description:
      "Résidence d'artistes de la scène avec répétitions ouvertes et ateliers pour les enfants du quartier.",
    startsOn: "2009-09-14",
    endsOn: "2009-11-28",
    place: ESPLANADE_BOUTARIC,
    placeKind: ActionPlaceKind.ESPLANADE_BOUTARIC,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 150,
    sessionCount: 12,
    hours: 40,
    partners: [],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.collectifScenesOuvertes, M.compagnieDesGresilles],
  },
  {
    id: actionId(6),
    kind: K.COLLECTIVE_INITIATIVE_SUPPORT,
    title: "Accompagnement du jardin partagé des voisins (exemple)",
    description:
      "Aide à la concrétisation du projet de jardin partagé porté par des habitants, avec Au Jardin des Voisins et Dijon Habitat : montage du projet, recherche de financements, fête d'ouverture.",
    startsOn: "2010-03-01",
    endsOn: "2011-06-30",
    place: ESPLANADE_BOUTARIC,
    placeKind: ActionPlaceKind.ESPLANADE_BOUTARIC,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 35,
    sessionCount: 14,
    hours: 42,
    partners: [AU_JARDIN_DES_VOISINS, DIJON_HABITAT],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.bureauAccompagnementArtistique],
  },
  {
    id: actionId(7),
    kind: K.CULTURAL_ARTISTIC,
    title: "Fête de l'Esplanade (exemple)",
    description:
      "Journée festive sur l'Esplanade Boutaric : spectacles de rue, concerts et ateliers pour toutes les générations.",
    startsOn: "2010-06-19",
    endsOn: "2010-06-19",
    place: ESPLANADE_BOUTARIC,
    placeKind: ActionPlaceKind.ESPLANADE_BOUTARIC,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 400,
    sessionCount: 1,
    hours: 8,
    partners: [],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.festivalDesQuartiers, M.collectifScenesOuvertes],
  },
  {
    id: actionId(8),
    kind: K.CULTURAL_ARTISTIC,
    title: "Ateliers « Réenchantez l'Esplanade Boutaric » (exemple)",
    description:
      "Ateliers participatifs du projet « Réenchantez l'Esplanade Boutaric » : les habitants imaginent avec les artistes les usages et le décor de l'esplanade.",
    startsOn: "2010-09-15",
    endsOn: "2011-06-30",
    place: ESPLANADE_BOUTARIC,
    placeKind: ActionPlaceKind.ESPLANADE_BOUTARIC,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 130,
    sessionCount: 20,
    hours: 60,
    partners: [DIJON_HABITAT],
    status: ActionStatus.DONE,
    participatoryProjectId: SAMPLE_PROJECT_ID,
    leadMemberIds: [M.compagnieDesGresilles, M.atelierBoutaricImages, M.collectifScenesOuvertes],
  },
  {
    id: actionId(9),
    kind: K.CULTURAL_ARTISTIC,
    title: "La radio des habitants (exemple)",
    description:
      "Émissions de radio préparées et animées par des habitants, avec des ateliers d'écriture et de prise de son.",
    startsOn: "2011-01-10",
    endsOn: "2011-12-16",
    place: IMMEUBLE_BOUTARIC,
    placeKind: ActionPlaceKind.BOUTARIC_BUILDING,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 40,
    sessionCount: 36,
    hours: 72,
    partners: [],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.radioBoutaric],
  },
  {
    id: actionId(10),
    kind: K.COLLECTIVE_INITIATIVE_SUPPORT,
    title: "Soutien au comité des fêtes des Grésilles (exemple)",
    description:
      "Accompagnement d'un collectif d'habitants pour organiser ses propres fêtes de quartier : programmation, technique, communication.",
    startsOn: "2011-03-01",
    endsOn: "2011-09-30",
    place: IMMEUBLE_BOUTARIC,
    placeKind: ActionPlaceKind.BOUTARIC_BUILDING,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 25,
    sessionCount: 9,
    hours: 27,
    partners: [],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.bureauAccompagnementArtistique, M.collectifScenesOuvertes],
  },
  {
    id: actionId(11),
    kind: K.CULTURAL_ARTISTIC,
    title: "Cinéma en plein air sur l'Esplanade (exemple)",
    description:
      "Projections estivales de films choisis avec les habitants, précédées de courts métrages réalisés dans le quartier.",
    startsOn: "2011-07-08",
    endsOn: "2011-08-26",
    place: ESPLANADE_BOUTARIC,
    placeKind: ActionPlaceKind.ESPLANADE_BOUTARIC,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 520,
    sessionCount: 4,
    hours: 12,
    partners: [],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.atelierBoutaricImages, M.festivalDesQuartiers],
  },
  {
    id: actionId(12),
    kind: K.CULTURAL_ARTISTIC,
    title: "Chantier artistique de l'Esplanade (exemple)",
    description:
      "Création collective d'une installation sur l'Esplanade Boutaric, dans le cadre du projet participatif, avec Dijon Habitat.",
    startsOn: "2012-04-02",
    endsOn: "2012-10-13",
    place: ESPLANADE_BOUTARIC,
    placeKind: ActionPlaceKind.ESPLANADE_BOUTARIC,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 170,
    sessionCount: 24,
    hours: 96,
    partners: [DIJON_HABITAT],
    status: ActionStatus.DONE,
    participatoryProjectId: SAMPLE_PROJECT_ID,
    leadMemberIds: [M.compagnieDesGresilles, M.atelierBoutaricImages, M.collectifScenesOuvertes],
  },
  {
    id: actionId(13),
    kind: K.MARKET_STUDY,
    title: "Étude de marché pour un café culturel aux Grésilles (exemple)",
    description:
      "Participation à une étude de marché sur l'implantation d'un café culturel au rez-de-chaussée de l'immeuble Boutaric : enquête auprès des habitants, analyse de l'offre existante.",
    startsOn: "2012-02-01",
    endsOn: "2012-09-28",
    place: IMMEUBLE_BOUTARIC,
    placeKind: ActionPlaceKind.BOUTARIC_BUILDING,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 140,
    sessionCount: 6,
    hours: 18,
    partners: [DIJON_HABITAT],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.cooperativeCultureTerritoires, M.bureauAccompagnementArtistique],
  },
  {
    id: actionId(14),
    kind: K.COLLECTIVE_INITIATIVE_SUPPORT,
    title: "Accompagnement d'un collectif de jeunes vidéastes (exemple)",
    description:
      "Aide à la structuration d'un collectif de jeunes du quartier qui réalise des vidéos : formation au tournage et au montage, création de l'association.",
    startsOn: "2012-10-01",
    endsOn: "2013-06-28",
    place: IMMEUBLE_BOUTARIC,
    placeKind: ActionPlaceKind.BOUTARIC_BUILDING,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 12,
    sessionCount: 18,
    hours: 54,
    partners: [],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.atelierBoutaricImages],
  },
  {
    id: actionId(15),
    kind: K.EMPLOYMENT_PARTNERSHIP,
    title: "Immersions dans les métiers du spectacle (exemple)",
    description:
      "Avec la plateforme dynamique de l'emploi : immersions de demandeurs d'emploi du quartier dans les équipes des membres (régie, accueil, production).",
    startsOn: "2012-09-03",
    endsOn: "2013-06-28",
    place: IMMEUBLE_BOUTARIC,
    placeKind: ActionPlaceKind.BOUTARIC_BUILDING,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 18,
    sessionCount: 18,
    hours: 420,
    partners: [PLATEFORME_EMPLOI],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.collectifScenesOuvertes, M.compagnieDesGresilles],
  },
  {
    id: actionId(16),
    kind: K.EMPLOYMENT_PARTNERSHIP,
    title: "Formation aux métiers techniques du spectacle (exemple)",
    description:
      "Formation courte aux bases de la régie son et lumière, proposée avec la plateforme dynamique de l'emploi aux habitants en recherche d'emploi.",
    startsOn: "2013-03-04",
    endsOn: "2013-05-24",
    place: IMMEUBLE_BOUTARIC,
    placeKind: ActionPlaceKind.BOUTARIC_BUILDING,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 10,
    sessionCount: 12,
    hours: 84,
    partners: [PLATEFORME_EMPLOI],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.compagnieDesGresilles, M.festivalDesQuartiers],
  },
  {
    id: actionId(17),
    kind: K.INSERTION_PATHWAY,
    title: "Vers un parcours d'insertion par les métiers culturels et créatifs (exemple)",
    description:
      "Groupe de travail réunissant membres du Pôle, plateforme dynamique de l'emploi et Dijon Habitat pour imaginer un parcours d'insertion par les métiers du secteur culturel et créatif ; une cohorte pilote de six habitants l'expérimente depuis l'automne 2013.",
    startsOn: "2013-01-15",
    endsOn: null,
    place: IMMEUBLE_BOUTARIC,
    placeKind: ActionPlaceKind.BOUTARIC_BUILDING,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 6,
    sessionCount: 5,
    hours: 15,
    partners: [PLATEFORME_EMPLOI, DIJON_HABITAT],
    status: ActionStatus.RUNNING,
    participatoryProjectId: null,
    leadMemberIds: [M.bureauAccompagnementArtistique, M.cooperativeCultureTerritoires],
  },
  {
    id: actionId(18),
    kind: K.CULTURAL_ARTISTIC,
    title: "Ateliers graphisme et web pour les habitants (exemple)",
    description:
      "Initiation au graphisme et à la création de pages web pour les habitants et les associations du quartier.",
    startsOn: "2013-02-05",
    endsOn: "2013-05-28",
    place: IMMEUBLE_BOUTARIC,
    placeKind: ActionPlaceKind.BOUTARIC_BUILDING,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 28,
    sessionCount: 14,
    hours: 35,
    partners: [],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.studioEsplanadeGraphisme, M.fabriqueWebDijonnaise],
  },
  {
    id: actionId(19),
    kind: K.CULTURAL_ARTISTIC,
    title: "Inauguration de l'Esplanade réenchantée (exemple)",
    description:
      "Fête de clôture du projet « Réenchantez l'Esplanade Boutaric » : spectacle, émission de radio en direct et projection des films des ateliers.",
    startsOn: "2013-09-21",
    endsOn: "2013-09-21",
    place: ESPLANADE_BOUTARIC,
    placeKind: ActionPlaceKind.ESPLANADE_BOUTARIC,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 600,
    sessionCount: 1,
    hours: 10,
    partners: [DIJON_HABITAT],
    status: ActionStatus.DONE,
    participatoryProjectId: SAMPLE_PROJECT_ID,
    leadMemberIds: [
      M.compagnieDesGresilles,
      M.collectifScenesOuvertes,
      M.radioBoutaric,
      M.festivalDesQuartiers,
    ],
  },
  {
    id: actionId(20),
    kind: K.CULTURAL_ARTISTIC,
    title: "Lectures et contes au jardin partagé (exemple)",
    description:
      "Lectures à voix haute et contes pour les familles, un samedi par mois au jardin partagé des voisins, avec Au Jardin des Voisins.",
    startsOn: "2011-05-14",
    endsOn: "2011-09-24",
    place: JARDIN_PARTAGE,
    placeKind: ActionPlaceKind.ELSEWHERE_IN_NEIGHBOURHOOD,
    qpvCode: EXAMPLE_QPV_CODE,
    inhabitantsReached: 65,
    sessionCount: 5,
    hours: 10,
    partners: [AU_JARDIN_DES_VOISINS],
    status: ActionStatus.DONE,
    participatoryProjectId: null,
    leadMemberIds: [M.collectifScenesOuvertes],
  },
];

/** The seed's participatory project; the dates and place come from the seed, the summary is written for the sample. */
export const sampleProject = {
  id: SAMPLE_PROJECT_ID,
  title: "Réenchantez l'Esplanade Boutaric",
  summary:
    "Projet participatif mené avec les habitants des Grésilles pour transformer l'Esplanade Boutaric en lieu de vie et de rencontre : ateliers, chantiers artistiques, fêtes et projections, de la concertation à l'inauguration.",
  startsOn: "2010-09-01",
  endsOn: "2013-12-31",
  place: ESPLANADE_BOUTARIC,
};
