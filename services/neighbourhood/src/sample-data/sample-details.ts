import { InitiativeHelpKind } from "../collective-initiative/initiative-help-kind.enum";
import { MarketStudyRole, MarketStudyStatus } from "../market-study/market-study.enums";

/** Ids of the sample actions the details below belong to (see sample-actions.ts). */
const actionId = (n: number) => `b0000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** The market study of sample action 13 (a café culturel in the Boutaric building). */
export const sampleMarketStudies = [
  {
    actionId: actionId(13),
    question:
      "Un café culturel au rez-de-chaussée de l'immeuble Boutaric trouverait-il sa clientèle parmi les habitants et les salariés du quartier ?",
    findings:
      "Demande réelle pour un lieu de convivialité en journée et les soirs de spectacle ; viabilité conditionnée à une programmation régulière par les membres et à un loyer modéré (exemple).",
    nafCodes: ["56.30Z", "90.04Z"],
    status: MarketStudyStatus.FAVOURABLE,
    poleRole: MarketStudyRole.JOINED,
  },
];

/** The collective initiatives the sample's support actions (6, 10, 14) helped; carriers as groups only. */
export const sampleCollectiveInitiatives = [
  {
    actionId: actionId(6),
    initiative: "Jardin partagé des voisins",
    carrierGroup: "Un collectif d'une quinzaine d'habitants de l'immeuble et du quartier",
    helpKinds: [
      InitiativeHelpKind.PROJECT_DESIGN,
      InitiativeHelpKind.FUNDING_SEARCH,
      InitiativeHelpKind.COMMUNICATION,
    ],
    helpGiven:
      "Montage du projet avec Au Jardin des Voisins et Dijon Habitat, dossier de financement, affiche et fête d'ouverture (exemple).",
  },
  {
    actionId: actionId(10),
    initiative: "Comité des fêtes des Grésilles",
    carrierGroup: "Un collectif d'habitants bénévoles",
    helpKinds: [
      InitiativeHelpKind.TECHNICAL_SUPPORT,
      InitiativeHelpKind.COMMUNICATION,
      InitiativeHelpKind.PREMISES_AND_EQUIPMENT,
    ],
    helpGiven:
      "Prêt de matériel son et lumière, régie des deux fêtes de l'année, conception des affiches (exemple).",
  },
  {
    actionId: actionId(14),
    initiative: "Collectif de jeunes vidéastes",
    carrierGroup: "Une douzaine de jeunes du quartier",
    helpKinds: [
      InitiativeHelpKind.TRAINING,
      InitiativeHelpKind.LEGAL_STRUCTURING,
      InitiativeHelpKind.PREMISES_AND_EQUIPMENT,
    ],
    helpGiven:
      "Formation au tournage et au montage, accompagnement à la création de l'association, accès à une salle de montage (exemple).",
  },
];

/** Results of the sample's employment partnership actions (15, 16), per period within a year. */
export const sampleEmploymentOutcomes = [
  {
    id: "b6000000-0000-4000-8000-000000000001",
    actionId: actionId(15),
    periodStart: "2012-09-03",
    periodEnd: "2012-12-21",
    trainingCount: 0,
    immersionCount: 7,
    returnToEmploymentCount: 1,
  },
  {
    id: "b6000000-0000-4000-8000-000000000002",
    actionId: actionId(15),
    periodStart: "2013-01-07",
    periodEnd: "2013-06-28",
    trainingCount: 0,
    immersionCount: 11,
    returnToEmploymentCount: 3,
  },
  {
    id: "b6000000-0000-4000-8000-000000000003",
    actionId: actionId(16),
    periodStart: "2013-03-04",
    periodEnd: "2013-05-24",
    trainingCount: 10,
    immersionCount: 0,
    returnToEmploymentCount: 2,
  },
];

/** The pilot cohort of the sample's insertion pathway (action 17), autumn 2013. */
export const sampleInsertionCohorts = [
  {
    id: "b7000000-0000-4000-8000-000000000001",
    actionId: actionId(17),
    label: "Cohorte pilote automne 2013 (exemple)",
    startsOn: "2013-10-07",
    endsOn: null,
    entryCount: 6,
    exitsToEmployment: 1,
    exitsToTraining: 2,
    otherExits: 0,
  },
];
