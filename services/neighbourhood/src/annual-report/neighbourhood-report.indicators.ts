import {
  createIndicatorCatalogue,
  ReportPillar,
  ReportUnit,
  type IndicatorDefinitions,
} from "@pole/subgraph-kit";
import type { NeighbourhoodReport } from "./neighbourhood-report.type";

const ACTIONS =
  "Actions culturelles et artistiques dans le quartier (type, dates, lieu, participation agrégée ; les actions annulées sont exclues)";
const CONTRIBUTIONS =
  "Contributions des habitants aux projets participatifs (date de dépôt, statut de modération)";
const EMPLOYMENT = "Résultats du partenariat emploi, par période (comptes agrégés)";
const PATHWAYS = "Cohortes des parcours d'insertion par les métiers culturels et créatifs (entrées, sorties)";

/** What each figure of `NeighbourhoodReport` means, key = field name, in the order of the part's fields. */
export const neighbourhoodIndicatorDefinitions: IndicatorDefinitions<NeighbourhoodReport> = {
  actionCount: {
    label: "Actions menées",
    definition:
      "Actions avec et pour les habitants des Grésilles commencées dans l'année, hors actions annulées.",
    unit: ReportUnit.COUNT,
    source: ACTIONS,
  },
  actionsByKind: {
    label: "Actions par type",
    definition: "Actions commencées dans l'année par type d'action ; la somme est le nombre d'actions.",
    unit: ReportUnit.COUNT,
    source: ACTIONS,
  },
  actionsByPlaceKind: {
    label: "Actions par lieu",
    definition:
      "Actions commencées dans l'année selon leur lieu : immeuble Boutaric, esplanade Boutaric, ailleurs dans le quartier ; la somme est le nombre d'actions.",
    unit: ReportUnit.COUNT,
    source: ACTIONS,
  },
  actionsByQpvCode: {
    label: "Actions par quartier prioritaire",
    definition:
      "Actions commencées dans l'année selon le code du quartier prioritaire (QPV) où elles ont lieu, puis celles hors quartier prioritaire ; la somme est le nombre d'actions.",
    unit: ReportUnit.COUNT,
    source: ACTIONS,
  },
  inhabitantsReached: {
    label: "Habitants touchés",
    definition:
      "Somme, sur les actions commencées dans l'année, des habitants touchés par chaque action : un habitant venu à plusieurs actions compte plusieurs fois. Ce n'est pas un nombre de personnes distinctes.",
    unit: ReportUnit.PEOPLE,
    source: ACTIONS,
  },
  inhabitantsReachedByKind: {
    label: "Habitants touchés par type d'action",
    definition:
      "Habitants touchés (somme sur les actions, une personne pouvant compter plusieurs fois) par type d'action ; la somme est le total des habitants touchés.",
    unit: ReportUnit.PEOPLE,
    source: ACTIONS,
  },
  hours: {
    label: "Heures d'actions",
    definition: "Heures d'activité avec les habitants, sur les actions commencées dans l'année.",
    unit: ReportUnit.HOURS,
    source: ACTIONS,
  },
  hoursByKind: {
    label: "Heures par type d'action",
    definition: "Heures d'actions par type d'action ; la somme est le total des heures.",
    unit: ReportUnit.HOURS,
    source: ACTIONS,
  },
  contributionCount: {
    label: "Contributions au projet participatif",
    definition:
      "Contributions des habitants aux projets participatifs déposées dans l'année (heure de Dijon).",
    unit: ReportUnit.COUNT,
    source: CONTRIBUTIONS,
  },
  contributionsByStatus: {
    label: "Contributions par statut",
    definition:
      "Contributions de l'année par état de modération (publiée, masquée, en attente) : des comptes, jamais les textes.",
    unit: ReportUnit.COUNT,
    source: CONTRIBUTIONS,
  },
  trainingCount: {
    label: "Formations (partenariat emploi)",
    definition:
      "Habitants entrés en formation dans le cadre du partenariat emploi, sur les périodes de l'année.",
    unit: ReportUnit.PEOPLE,
    source: EMPLOYMENT,
  },
  immersionCount: {
    label: "Immersions en entreprise",
    definition:
      "Immersions d'habitants dans les entreprises membres au cours de l'année (partenariat emploi).",
    unit: ReportUnit.COUNT,
    source: EMPLOYMENT,
  },
  returnToEmploymentCount: {
    label: "Retours à l'emploi",
    definition: "Retours à l'emploi d'habitants au cours de l'année (partenariat emploi).",
    unit: ReportUnit.PEOPLE,
    source: EMPLOYMENT,
  },
  insertionEntryCount: {
    label: "Entrées en parcours d'insertion",
    definition: "Entrées dans les cohortes de parcours d'insertion commencées dans l'année.",
    unit: ReportUnit.PEOPLE,
    source: PATHWAYS,
  },
  insertionExitCount: {
    label: "Sorties de parcours d'insertion",
    definition: "Sorties des cohortes commencées dans l'année, quelle que soit la destination.",
    unit: ReportUnit.PEOPLE,
    source: PATHWAYS,
  },
  insertionExitsByDestination: {
    label: "Sorties de parcours par destination",
    definition:
      "Sorties de parcours d'insertion par destination (emploi, formation, autre) ; la somme est le nombre de sorties.",
    unit: ReportUnit.PEOPLE,
    source: PATHWAYS,
  },
};

/** The neighbourhood pillar's side of `ReportIndicatorCatalogue`. */
export const neighbourhoodIndicators = createIndicatorCatalogue<NeighbourhoodReport>(
  ReportPillar.NEIGHBOURHOOD,
  neighbourhoodIndicatorDefinitions,
  [
    "actionsByKind",
    "actionsByPlaceKind",
    "actionsByQpvCode",
    "inhabitantsReachedByKind",
    "hoursByKind",
    "contributionsByStatus",
    "insertionExitsByDestination",
  ],
);
