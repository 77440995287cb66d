import {
  createIndicatorCatalogue,
  ReportPillar,
  ReportUnit,
  type IndicatorDefinitions,
} from "@pole/subgraph-kit";
import type { EconomyReport } from "./economy-report.type";

const MEMBERS =
  "Structures membres : dates d'adhésion et de départ, périodes d'implantation (installée, associée)";
const MEMBER_YEARS =
  "Chiffres annuels déclarés par les structures membres (une ligne par structure et par année)";
const SERVICES =
  "Prestations aux membres : actions commerciales, conseil, formations, réservations de ressources, achats groupés";
const FUNDING = "Financements reçus par l'association (conventions, montants par année)";

/** What each figure of `EconomyReport` means, key = field name, in the order of the part's fields. */
export const economyIndicatorDefinitions: IndicatorDefinitions<EconomyReport> = {
  memberCount: {
    label: "Structures membres",
    definition:
      "Structures membres de l'association au 31 décembre de l'année (adhérentes à cette date ; une structure partie en cours d'année n'est pas comptée).",
    unit: ReportUnit.COUNT,
    source: MEMBERS,
  },
  installedMemberCount: {
    label: "Installées dans l'immeuble Boutaric",
    definition:
      "Structures membres installées dans l'immeuble Boutaric, selon leur implantation au 31 décembre.",
    unit: ReportUnit.COUNT,
    source: MEMBERS,
  },
  associatedMemberCount: {
    label: "Associées sur le territoire",
    definition:
      "Structures membres associées, implantées ailleurs sur le territoire, selon leur implantation au 31 décembre.",
    unit: ReportUnit.COUNT,
    source: MEMBERS,
  },
  membersReporting: {
    label: "Structures ayant déclaré leurs chiffres",
    definition:
      "Structures membres au 31 décembre dont les chiffres de l'année (ETP, salariés, budget…) sont enregistrés ; les chiffres consolidés portent sur elles seules.",
    unit: ReportUnit.COUNT,
    source: MEMBER_YEARS,
  },
  fte: {
    label: "Équivalents temps plein",
    definition:
      "Emplois en équivalents temps plein (ETP), somme des ETP déclarés par les structures membres pour l'année.",
    unit: ReportUnit.FTE,
    source: MEMBER_YEARS,
  },
  permanentEmployees: {
    label: "Salariés permanents",
    definition: "Salariés permanents, somme des effectifs déclarés par les structures membres pour l'année.",
    unit: ReportUnit.PEOPLE,
    source: MEMBER_YEARS,
  },
  consolidatedBudget: {
    label: "Budget consolidé",
    definition: "Somme des budgets annuels déclarés par les structures membres, en euros.",
    unit: ReportUnit.EUROS,
    source: MEMBER_YEARS,
  },
  cumulatedRevenue: {
    label: "Chiffre d'affaires cumulé",
    definition: "Somme des chiffres d'affaires déclarés par les structures membres pour l'année, en euros.",
    unit: ReportUnit.EUROS,
    source: MEMBER_YEARS,
  },
  cumulatedEquity: {
    label: "Fonds propres cumulés",
    definition: "Somme des fonds propres déclarés par les structures membres pour l'année, en euros.",
    unit: ReportUnit.EUROS,
    source: MEMBER_YEARS,
  },
  legalFormCount: {
    label: "Formes juridiques représentées",
    definition: "Nombre de formes juridiques distinctes parmi les structures membres de l'année.",
    unit: ReportUnit.COUNT,
    source: MEMBERS,
  },
  occupiedAreaSqm: {
    label: "Bureaux occupés",
    definition:
      "Surface de bureaux occupée par les structures membres au 31 décembre, selon les baux en cours.",
    unit: ReportUnit.SQUARE_METRES,
    source: "Baux de bureaux des membres dans l'immeuble Boutaric (surface, dates de début et de fin)",
  },
  membersByMembershipKind: {
    label: "Structures par implantation",
    definition:
      "Structures membres de l'année par implantation au 31 décembre (installées, associées) ; la somme est le nombre de structures membres.",
    unit: ReportUnit.COUNT,
    source: MEMBERS,
  },
  membersByLegalForm: {
    label: "Structures par forme juridique",
    definition:
      "Structures membres de l'année par forme juridique ; la somme est le nombre de structures membres.",
    unit: ReportUnit.COUNT,
    source: MEMBERS,
  },
  membersByActivity: {
    label: "Structures par activité",
    definition:
      "Structures membres de l'année par activité ; une structure aux activités multiples compte dans chacune, la somme dépasse donc le nombre de structures.",
    unit: ReportUnit.COUNT,
    source: MEMBERS,
  },
  serviceEngagementCount: {
    label: "Prestations délivrées aux membres",
    definition: "Recours d'un membre à un service du Pôle au cours de l'année, chacun compté une fois.",
    unit: ReportUnit.COUNT,
    source: SERVICES,
  },
  serviceEngagementsByCategory: {
    label: "Prestations par famille de services",
    definition: "Prestations de l'année par famille de services ; la somme est le nombre de prestations.",
    unit: ReportUnit.COUNT,
    source: SERVICES,
  },
  serviceHours: {
    label: "Heures de prestations",
    definition:
      "Heures de services délivrées aux membres dans l'année (conseil, formations, réservations, actions).",
    unit: ReportUnit.HOURS,
    source: SERVICES,
  },
  serviceHoursByCategory: {
    label: "Heures par famille de services",
    definition:
      "Heures de prestations de l'année par famille de services ; la somme est le total des heures.",
    unit: ReportUnit.HOURS,
    source: SERVICES,
  },
  membersServed: {
    label: "Membres bénéficiaires",
    definition: "Structures membres distinctes ayant eu recours à au moins un service dans l'année.",
    unit: ReportUnit.COUNT,
    source: SERVICES,
  },
  membersServedByCategory: {
    label: "Membres bénéficiaires par famille de services",
    definition:
      "Structures membres distinctes servies, par famille ; une structure servie dans plusieurs familles compte dans chacune.",
    unit: ReportUnit.COUNT,
    source: SERVICES,
  },
  membersSavings: {
    label: "Économies réalisées par les membres",
    definition:
      "Ce que les membres ont économisé par rapport aux tarifs publics grâce aux services mutualisés, en euros.",
    unit: ReportUnit.EUROS,
    source: SERVICES,
  },
  membersSavingsByCategory: {
    label: "Économies par famille de services",
    definition:
      "Économies des membres par famille de services, en euros ; la somme est le total des économies.",
    unit: ReportUnit.EUROS,
    source: SERVICES,
  },
  fundingReceived: {
    label: "Financements reçus",
    definition: "Financements reçus par l'association pour l'année, tous financeurs confondus, en euros.",
    unit: ReportUnit.EUROS,
    source: FUNDING,
  },
  fundingByFunderKind: {
    label: "Financements par type de financeur",
    definition:
      "Financements de l'année par type de financeur (collectivités, État, fondations…), en euros ; la somme est le total reçu.",
    unit: ReportUnit.EUROS,
    source: FUNDING,
  },
};

/** The economic pillar's side of `ReportIndicatorCatalogue`. */
export const economyIndicators = createIndicatorCatalogue<EconomyReport>(
  ReportPillar.ECONOMY,
  economyIndicatorDefinitions,
  [
    "membersByMembershipKind",
    "membersByLegalForm",
    "membersByActivity",
    "serviceEngagementsByCategory",
    "serviceHoursByCategory",
    "membersServedByCategory",
    "membersSavingsByCategory",
    "fundingByFunderKind",
  ],
);
