import { PracticeStatus } from "../practice/practice-status.enum";
import { GRAND_DIJON, GRESILLES } from "./sample-territories";

/**
 * The economic subgraph's sample member ids (its `sample-members.ts`): 01 Compagnie des Grésilles (theatre),
 * 02 Atelier Boutaric Images (audiovisual), 06 Bureau d'accompagnement artistique. This subgraph stores them
 * as federated references; the economic subgraph resolves them.
 */
export const SAMPLE_MEMBER_IDS = {
  compagnieDesGresilles: "a0000000-0000-4000-8000-000000000001",
  atelierBoutaricImages: "a0000000-0000-4000-8000-000000000002",
  bureauAccompagnementArtistique: "a0000000-0000-4000-8000-000000000006",
} as const;

/**
 * The sample practices, drawn from the Pôle's own actions in the seed document (summaries invented). One is
 * still a draft, so the visibility rules have something to hide.
 */
export interface SamplePractice {
  id: string;
  title: string;
  summary: string;
  status: PracticeStatus;
  themes: string[];
  territoryId: string | null;
  publishedOn: string | null;
  memberIds: string[];
}

const id = (n: number) => `c2000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const { compagnieDesGresilles, atelierBoutaricImages, bureauAccompagnementArtistique } = SAMPLE_MEMBER_IDS;

export const samplePractices: SamplePractice[] = [
  {
    id: id(1),
    title: "Résidences d'artistes avec les habitants",
    summary:
      "Des équipes artistiques membres du Pôle s'installent plusieurs semaines dans le quartier et créent avec les " +
      "habitants : ateliers ouverts, répétitions publiques, restitution au pied des immeubles. La résidence s'appuie " +
      "sur les relais du quartier (bailleur, centre social, écoles) pour toucher des publics éloignés de la culture.",
    status: PracticeStatus.PUBLISHED,
    themes: ["résidence d'artistes", "participation des habitants", "quartier prioritaire"],
    territoryId: GRESILLES,
    publishedOn: "2013-04-15",
    memberIds: [compagnieDesGresilles, bureauAccompagnementArtistique],
  },
  {
    id: id(2),
    title: "Mutualisation de bureaux pour entreprises culturelles",
    summary:
      "Un bailleur social met à disposition des bureaux dans un immeuble d'habitation ; le Pôle les loue à ses membres " +
      "à tarif préférentiel et mutualise les espaces communs (accueil, salle de réunion, matériel). Les entreprises " +
      "culturelles gagnent en visibilité et en coopération, le quartier en mixité d'usages.",
    status: PracticeStatus.PUBLISHED,
    themes: ["mutualisation", "immobilier d'entreprise", "coopération économique"],
    territoryId: GRESILLES,
    publishedOn: "2012-11-20",
    memberIds: [atelierBoutaricImages, bureauAccompagnementArtistique],
  },
  {
    id: id(3),
    title: "Projet participatif « Réenchantez l'Esplanade Boutaric »",
    summary:
      "Les habitants imaginent avec les artistes du Pôle l'avenir de l'esplanade au pied de l'immeuble Boutaric : " +
      "balades sonores, ateliers de maquettes, film documentaire et fête de quartier. Les propositions retenues sont " +
      "présentées à la Ville et au bailleur dans le cadre de la requalification urbaine.",
    status: PracticeStatus.PUBLISHED,
    themes: ["projet participatif", "espace public", "participation des habitants"],
    territoryId: GRESILLES,
    publishedOn: "2013-09-20",
    memberIds: [compagnieDesGresilles, atelierBoutaricImages],
  },
  {
    id: id(4),
    title: "Parcours d'insertion par les métiers culturels et créatifs",
    summary:
      "Piste de travail : avec la plateforme dynamique de l'emploi, proposer à des habitants en recherche d'emploi des " +
      "immersions et des formations dans les structures du Pôle (technique du spectacle, audiovisuel, graphisme).",
    status: PracticeStatus.DRAFT,
    themes: ["insertion professionnelle", "emploi", "formation"],
    territoryId: GRAND_DIJON,
    publishedOn: null,
    memberIds: [bureauAccompagnementArtistique],
  },
];
