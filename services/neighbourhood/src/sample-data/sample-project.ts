import { createHash } from "node:crypto";
import { ContributionStatus } from "../contribution/contribution-status.enum";
import { SAMPLE_PROJECT_ID } from "./sample-actions";

const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** Phases of « Réenchantez l'Esplanade Boutaric » (2010–2013), one after the other. */
export const samplePhases = [
  {
    id: id("b2000000", 1),
    projectId: SAMPLE_PROJECT_ID,
    title: "Diagnostic partagé",
    description:
      "Balades sur l'esplanade et ateliers : ce que les habitants aiment, ce qui leur manque, ce qui les gêne (exemple).",
    startsOn: "2010-09-01",
    endsOn: "2011-03-31",
    acceptsContributions: true,
  },
  {
    id: id("b2000000", 2),
    projectId: SAMPLE_PROJECT_ID,
    title: "Imaginer l'esplanade",
    description:
      "Propositions des habitants, maquettes avec les artistes, vote sur les propositions (exemple).",
    startsOn: "2011-04-01",
    endsOn: "2012-03-31",
    acceptsContributions: true,
  },
  {
    id: id("b2000000", 3),
    projectId: SAMPLE_PROJECT_ID,
    title: "Chantier artistique",
    description:
      "Réalisation des bancs, des jeux peints et des premiers éclairages avec les habitants (exemple).",
    startsOn: "2012-04-01",
    endsOn: "2013-06-30",
    acceptsContributions: false,
  },
  {
    id: id("b2000000", 4),
    projectId: SAMPLE_PROJECT_ID,
    title: "Inauguration et bilan",
    description: "Fête d'inauguration et bilan partagé : ce qui a marché, ce qui reste à faire (exemple).",
    startsOn: "2013-07-01",
    endsOn: "2013-12-31",
    acceptsContributions: true,
  },
];

export interface SampleContribution {
  id: string;
  phaseId: string;
  displayName: string;
  body: string;
  submittedAt: Date;
  status: ContributionStatus;
  moderationReason: string | null;
  moderatedAt: Date | null;
  /** Votes to store for it (rows of contribution_vote; vote_count equals it). */
  votes: number;
}

const [diagnostic, imaginer, , bilan] = samplePhases.map((phase) => phase.id);
const published = { status: ContributionStatus.PUBLISHED, moderationReason: null, moderatedAt: null };

/**
 * Contributions of inhabitants, under display names they chose (invented, « exemple » in every text). Two
 * are hidden by moderation. One was sent on 31 December 2011 at 23:30 UTC, already 1 January 2012 in Dijon:
 * reports count it in 2012.
 */
export const sampleContributions: SampleContribution[] = [
  {
    id: id("b3000000", 1),
    phaseId: diagnostic,
    displayName: "Une voisine de l'escalier B",
    body: "Le soir, l'esplanade est trop sombre pour rentrer à pied : il faudrait de la lumière (exemple).",
    submittedAt: new Date("2010-10-05T17:12:00Z"),
    ...published,
    votes: 14,
  },
  {
    id: id("b3000000", 2),
    phaseId: diagnostic,
    displayName: "Lulu des Grésilles",
    body: "Il n'y a nulle part où s'asseoir pour les anciens, ni de jeux pour les petits (exemple).",
    submittedAt: new Date("2010-11-18T10:40:00Z"),
    ...published,
    votes: 21,
  },
  {
    id: id("b3000000", 3),
    phaseId: diagnostic,
    displayName: "Un ancien du quartier",
    body: "Avant la requalification il y avait des fêtes sur la place : pourquoi pas les relancer ? (exemple)",
    submittedAt: new Date("2011-02-02T15:05:00Z"),
    ...published,
    votes: 9,
  },
  {
    id: id("b3000000", 4),
    phaseId: imaginer,
    displayName: "Les mamans du square",
    body: "Des jeux peints au sol, des marelles et un grand serpent, comme dans les cours d'école (exemple).",
    submittedAt: new Date("2011-05-11T09:30:00Z"),
    ...published,
    votes: 32,
  },
  {
    id: id("b3000000", 5),
    phaseId: imaginer,
    displayName: "Jardinier du dimanche",
    body: "Des bacs à fleurs entretenus avec le jardin partagé, pour que l'esplanade soit verte (exemple).",
    submittedAt: new Date("2011-06-03T18:20:00Z"),
    ...published,
    votes: 17,
  },
  {
    id: id("b3000000", 6),
    phaseId: imaginer,
    displayName: "Collectif des balcons",
    body: "Un éclairage artistique qui change de couleur selon les saisons, dessiné avec les enfants (exemple).",
    submittedAt: new Date("2011-09-27T20:45:00Z"),
    ...published,
    votes: 25,
  },
  {
    id: id("b3000000", 7),
    phaseId: imaginer,
    displayName: "Un passant pressé",
    body: "Achetez vos scooters d'occasion chez nous, prix imbattables, livraison gratuite (exemple).",
    submittedAt: new Date("2011-10-14T11:00:00Z"),
    status: ContributionStatus.HIDDEN,
    moderationReason: "Publicité sans rapport avec le projet (exemple).",
    moderatedAt: new Date("2011-10-14T15:30:00Z"),
    votes: 0,
  },
  {
    id: id("b3000000", 8),
    phaseId: imaginer,
    displayName: "Habitante depuis 1985",
    body: "Un kiosque où les associations du quartier pourraient s'installer les jours de marché (exemple).",
    submittedAt: new Date("2011-12-31T23:30:00Z"),
    ...published,
    votes: 11,
  },
  {
    id: id("b3000000", 9),
    phaseId: bilan,
    displayName: "Mamie Rose",
    body: "Les bancs sont très bien, on s'y retrouve tous les après-midi. Merci aux artistes (exemple).",
    submittedAt: new Date("2013-09-23T14:10:00Z"),
    ...published,
    votes: 19,
  },
  {
    id: id("b3000000", 10),
    phaseId: bilan,
    displayName: "Ado du douze",
    body: "La fête était trop bien, il faudrait la refaire chaque année avec un concert (exemple).",
    submittedAt: new Date("2013-09-25T19:55:00Z"),
    ...published,
    votes: 23,
  },
  {
    id: id("b3000000", 11),
    phaseId: bilan,
    displayName: "Voisin en colère",
    body: "Propos désobligeants visant nommément un voisin de l'immeuble, retirés par la modération (exemple).",
    submittedAt: new Date("2013-10-02T08:15:00Z"),
    status: ContributionStatus.HIDDEN,
    moderationReason: "Propos visant une personne nommément (exemple).",
    moderatedAt: new Date("2013-10-02T09:00:00Z"),
    votes: 2,
  },
  {
    id: id("b3000000", 12),
    phaseId: bilan,
    displayName: "Le petit peintre",
    body: "L'éclairage n'est pas fini côté parking : à terminer avant l'hiver prochain (exemple).",
    submittedAt: new Date("2013-11-20T16:40:00Z"),
    ...published,
    votes: 8,
  },
];

/**
 * Stand-ins for the vote rows of the sample: the hash of a made-up voter per vote (no address behind it),
 * as many as the contribution's votes.
 */
export function sampleVoterHashes(contribution: SampleContribution): string[] {
  return Array.from({ length: contribution.votes }, (_, n) =>
    createHash("sha256").update(`sample-vote:${contribution.id}:${n}`).digest("hex"),
  );
}

/**
 * Results of the project (Decidim's accountability), with their milestones. The project's phases all closed
 * with the « bilan » of 2013, and its results with them: each lies within the phases, and the final
 * progress is 100 %. (The inhabitants' idea of a kiosk for the associations, contribution 8, was left to
 * study with the City after the project: it is no result of this one.)
 */
export const sampleResults = [
  {
    id: id("b4000000", 1),
    projectId: SAMPLE_PROJECT_ID,
    title: "Des bancs et des jeux peints sur l'esplanade",
    description:
      "Bancs réalisés au chantier artistique et jeux peints au sol, issus des propositions de la phase « Imaginer l'esplanade » (exemple).",
    progress: 100,
    startsOn: "2012-04-02",
    endsOn: "2012-10-13",
    milestones: [
      { id: id("b5000000", 1), occurredOn: "2011-06-18", title: "Vote des habitants sur les maquettes" },
      { id: id("b5000000", 2), occurredOn: "2012-04-02", title: "Début du chantier artistique" },
      { id: id("b5000000", 3), occurredOn: "2012-10-13", title: "Bancs et jeux installés" },
    ],
  },
  {
    id: id("b4000000", 2),
    projectId: SAMPLE_PROJECT_ID,
    title: "Un éclairage artistique de l'esplanade",
    description:
      "Éclairage dessiné avec les enfants, posé par tranches avec Dijon Habitat ; la dernière, côté parking, que les habitants réclamaient au bilan, posée avant l'hiver (exemple).",
    progress: 100,
    startsOn: "2012-09-17",
    endsOn: "2013-12-12",
    milestones: [
      { id: id("b5000000", 4), occurredOn: "2012-11-20", title: "Étude technique avec Dijon Habitat" },
      { id: id("b5000000", 5), occurredOn: "2013-09-21", title: "Première mise en lumière à l'inauguration" },
      { id: id("b5000000", 7), occurredOn: "2013-12-12", title: "Dernière tranche posée côté parking" },
    ],
  },
  {
    id: id("b4000000", 3),
    projectId: SAMPLE_PROJECT_ID,
    title: "Une fête annuelle de l'esplanade",
    description:
      "Relancer chaque année une fête sur l'esplanade, comme le proposaient les habitants (exemple).",
    progress: 100,
    startsOn: "2013-06-01",
    endsOn: "2013-09-21",
    milestones: [
      { id: id("b5000000", 6), occurredOn: "2013-09-21", title: "Inauguration de l'Esplanade réenchantée" },
    ],
  },
];
