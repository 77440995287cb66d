import {
  createIndicatorCatalogue,
  ReportPillar,
  ReportUnit,
  type IndicatorDefinitions,
} from "@pole/subgraph-kit";
import type { KnowledgeReport } from "./knowledge-report.type";

const TRANSFERS =
  "Transferts de bonnes pratiques (formations in situ, sensibilisation d'élus, transferts à d'autres opérateurs, de savoir-faire, ingénierie de projet) : date, territoire, participants";

/** What each figure of `KnowledgeReport` means, key = field name, in the order of the part's fields. */
export const knowledgeIndicatorDefinitions: IndicatorDefinitions<KnowledgeReport> = {
  practiceCount: {
    label: "Bonnes pratiques publiées",
    definition: "Fiches de bonnes pratiques publiées dans l'année et toujours publiées.",
    unit: ReportUnit.COUNT,
    source: "Bibliothèque des bonnes pratiques (statut, date de publication)",
  },
  transferCount: {
    label: "Transferts réalisés par le Pôle",
    definition:
      "Transferts de bonnes pratiques que le Pôle a tenus dans l'année (enregistrés par son équipe) ; la somme des transferts par type. Ceux que d'autres territoires déclarent sont à part (transferts déclarés par les partenaires).",
    unit: ReportUnit.COUNT,
    source: TRANSFERS,
  },
  transfersByKind: {
    label: "Transferts du Pôle par type",
    definition: "Transferts du Pôle tenus dans l'année par type, chaque type listé, 0 compris.",
    unit: ReportUnit.COUNT,
    source: TRANSFERS,
  },
  territoryCount: {
    label: "Territoires touchés",
    definition: "Territoires distincts ayant reçu au moins un transfert du Pôle dans l'année.",
    unit: ReportUnit.COUNT,
    source: TRANSFERS,
  },
  participantCount: {
    label: "Participants aux transferts du Pôle",
    definition:
      "Somme des participants aux transferts du Pôle tenus dans l'année : une personne venue à deux transferts compte deux fois.",
    unit: ReportUnit.PEOPLE,
    source: TRANSFERS,
  },
  partnerTransferCount: {
    label: "Transferts déclarés par les territoires partenaires",
    definition:
      "Transferts tenus dans l'année qu'un territoire partenaire a lui-même enregistrés sur son territoire : le travail des partenaires, hors des chiffres du Pôle.",
    unit: ReportUnit.COUNT,
    source: TRANSFERS,
  },
  partnerParticipantCount: {
    label: "Participants aux transferts déclarés par les partenaires",
    definition:
      "Somme des participants aux transferts déclarés par les territoires partenaires dans l'année (une personne peut compter deux fois).",
    unit: ReportUnit.PEOPLE,
    source: TRANSFERS,
  },
  adoptionCount: {
    label: "Adoptions par d'autres territoires",
    definition:
      "Adoptions d'une pratique par un territoire menées à terme dans l'année (statut adoptée, date de fin dans l'année).",
    unit: ReportUnit.COUNT,
    source: "Adoptions de pratiques par les territoires (statut, dates)",
  },
};

/** The knowledge pillar's side of `ReportIndicatorCatalogue`. */
export const knowledgeIndicators = createIndicatorCatalogue<KnowledgeReport>(
  ReportPillar.KNOWLEDGE,
  knowledgeIndicatorDefinitions,
  ["transfersByKind"],
);
