import { Pillar } from "../practice/practice-pillar.enum";
import type { PracticeResult } from "../practice/practice-result.type";
import { PracticeStatus } from "../practice/practice-status.enum";
import { GRAND_DIJON, GRESILLES } from "./sample-territories";

/**
 * The economic subgraph's sample member ids (its `sample-members.ts`): 01 Compagnie des Grésilles (theatre),
 * 02 Atelier Boutaric Images (audiovisual), 06 Bureau d'accompagnement artistique, 09 Radio Boutaric. This
 * subgraph stores them as federated references; the economic subgraph resolves them.
 */
export const SAMPLE_MEMBER_IDS = {
  compagnieDesGresilles: "a0000000-0000-4000-8000-000000000001",
  atelierBoutaricImages: "a0000000-0000-4000-8000-000000000002",
  bureauAccompagnementArtistique: "a0000000-0000-4000-8000-000000000006",
  radioBoutaric: "a0000000-0000-4000-8000-000000000009",
} as const;

/**
 * The neighbourhood subgraph's sample action ids (its `sample-actions.ts`) the practices were drawn from:
 * federated references, resolved by the neighbourhood subgraph.
 */
const actionId = (n: number) => `b0000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
export const SAMPLE_ACTION_IDS = {
  theatreEnPiedDImmeuble: actionId(2),
  residenceDeCreation: actionId(5),
  feteDeLEsplanade: actionId(7),
  ateliersReenchantez: actionId(8),
  radioDesHabitants: actionId(9),
  chantierArtistique: actionId(12),
  immersionsSpectacle: actionId(15),
  formationMetiersTechniques: actionId(16),
  versUnParcoursDInsertion: actionId(17),
  inaugurationEsplanade: actionId(19),
} as const;

/** The Grésilles neighbourhood's INSEE commune code (Dijon) and its (invented) QPV code. */
const DIJON_INSEE = "21231";
const GRESILLES_QPV = "QP021900";

/**
 * The sample practices, drawn from the Pôle's own actions in the seed document; texts and figures are
 * invented (« exemple ») except those the seed gives (9 enterprises installed, 400 m² of offices). One is still
 * a draft, one in review, so the visibility and workflow rules have something to work on.
 */
export interface SamplePractice {
  id: string;
  title: string;
  titleEn: string | null;
  summary: string;
  status: PracticeStatus;
  pillar: Pillar;
  themes: string[];
  territoryId: string | null;
  inseeCode: string | null;
  qpvCode: string | null;
  challenge: string | null;
  description: string | null;
  resources: { budget: number | null; peopleCount: number | null; description: string | null };
  results: PracticeResult[];
  difficulties: string | null;
  lessonsLearned: string | null;
  transferability: string | null;
  startedOn: string | null;
  endedOn: string | null;
  contactRole: string | null;
  publishedOn: string | null;
  memberIds: string[];
  sourceActionIds: string[];
}

const id = (n: number) => `c2000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const { compagnieDesGresilles, atelierBoutaricImages, bureauAccompagnementArtistique, radioBoutaric } =
  SAMPLE_MEMBER_IDS;
const A = SAMPLE_ACTION_IDS;
const POLE_CONTACT = "chargée de mission du Pôle (cellule d'animation)";

export const samplePractices: SamplePractice[] = [
  {
    id: id(1),
    title: "Résidences d'artistes avec les habitants",
    titleEn: "Artists' residencies with the inhabitants",
    summary:
      "Des équipes artistiques membres du Pôle s'installent plusieurs semaines dans le quartier et créent avec les " +
      "habitants : ateliers ouverts, répétitions publiques, restitution au pied des immeubles. La résidence s'appuie " +
      "sur les relais du quartier (bailleur, centre social, écoles) pour toucher des publics éloignés de la culture.",
    status: PracticeStatus.PUBLISHED,
    pillar: Pillar.NEIGHBOURHOOD,
    themes: ["résidence d'artistes", "participation des habitants", "quartier prioritaire"],
    territoryId: GRESILLES,
    inseeCode: DIJON_INSEE,
    qpvCode: GRESILLES_QPV,
    challenge:
      "Dans un quartier prioritaire en pleine requalification, une partie des habitants ne fréquente aucun lieu " +
      "culturel ; les équipes artistiques, elles, manquent de lieux de création ouverts sur la ville.",
    description:
      "Chaque résidence dure de trois à six semaines. L'équipe artistique s'installe dans un local du bailleur, " +
      "ouvre ses répétitions, anime des ateliers avec les écoles et le centre social, puis présente une " +
      "restitution en plein air. Le Pôle coordonne le calendrier, les autorisations et la communication.",
    resources: {
      budget: 18000,
      peopleCount: 4,
      description: "Budget annuel pour deux résidences : cachets, matériel, communication (exemple).",
    },
    results: [
      {
        indicator: "habitants ayant participé aux ateliers et restitutions",
        value: 180,
        unit: "personnes",
        evidence: "bilans des résidences 2008–2012 (exemple)",
      },
      {
        indicator: "résidences menées",
        value: 5,
        unit: "résidences",
        evidence: "programme du Pôle 2008–2012 (exemple)",
      },
    ],
    difficulties: "Trouver des créneaux compatibles avec les rythmes du quartier (école, ramadan, vacances).",
    lessonsLearned:
      "Associer les relais du quartier dès la conception ; jouer au pied des immeubles plutôt qu'en salle.",
    transferability:
      "Transférable à tout quartier disposant d'un local prêté par un bailleur et d'équipes artistiques prêtes " +
      "à ouvrir leur travail ; le portage par un collectif d'entreprises culturelles facilite la continuité.",
    startedOn: "2008-05-15",
    endedOn: null,
    contactRole: POLE_CONTACT,
    publishedOn: "2013-04-15",
    memberIds: [compagnieDesGresilles, bureauAccompagnementArtistique],
    sourceActionIds: [A.theatreEnPiedDImmeuble, A.residenceDeCreation],
  },
  {
    id: id(2),
    title: "Mutualisation de bureaux pour entreprises culturelles",
    titleEn: "Shared offices for cultural enterprises",
    summary:
      "Un bailleur social met à disposition des bureaux dans un immeuble d'habitation ; le Pôle les loue à ses membres " +
      "à tarif préférentiel et mutualise les espaces communs (accueil, salle de réunion, matériel). Les entreprises " +
      "culturelles gagnent en visibilité et en coopération, le quartier en mixité d'usages.",
    status: PracticeStatus.PUBLISHED,
    pillar: Pillar.ECONOMIC_DEVELOPMENT,
    themes: ["mutualisation", "immobilier d'entreprise", "coopération économique"],
    territoryId: GRESILLES,
    inseeCode: DIJON_INSEE,
    qpvCode: GRESILLES_QPV,
    challenge:
      "Les petites entreprises culturelles peinent à se loger à un coût soutenable ; les rez-de-chaussée et " +
      "étages d'immeubles sociaux restent vacants dans les quartiers prioritaires.",
    description:
      "Le bailleur loue un ensemble de bureaux au Pôle, qui les sous-loue à ses membres à tarif préférentiel. Les " +
      "espaces communs (accueil, salle de réunion, reprographie) sont mutualisés et gérés par la cellule " +
      "d'animation ; un comité des occupants règle la vie commune.",
    resources: {
      budget: 45000,
      peopleCount: 2,
      description: "Loyers et charges annuels des espaces communs ; la cellule d'animation (2 salariées).",
    },
    results: [
      {
        indicator: "entreprises installées dans l'immeuble Boutaric",
        value: 9,
        unit: "entreprises",
        evidence: "présentation du Pôle, chiffres 2013",
      },
      {
        indicator: "surface de bureaux occupée",
        value: 400,
        unit: "m²",
        evidence: "présentation du Pôle, chiffres 2013",
      },
    ],
    difficulties: "Adapter des logements à un usage de bureaux (accessibilité, réseaux, sécurité incendie).",
    lessonsLearned: "Un bail unique avec le bailleur simplifie tout ; la mutualisation crée la coopération.",
    transferability:
      "Suppose un bailleur social partenaire et un collectif d'entreprises capable de porter le bail ; " +
      "adaptable à d'autres filières que la culture.",
    startedOn: "2007-09-01",
    endedOn: null,
    contactRole: POLE_CONTACT,
    publishedOn: "2012-11-20",
    memberIds: [atelierBoutaricImages, bureauAccompagnementArtistique],
    sourceActionIds: [],
  },
  {
    id: id(3),
    title: "Projet participatif « Réenchantez l'Esplanade Boutaric »",
    titleEn: null,
    summary:
      "Les habitants imaginent avec les artistes du Pôle l'avenir de l'esplanade au pied de l'immeuble Boutaric : " +
      "balades sonores, ateliers de maquettes, film documentaire et fête de quartier. Les propositions retenues sont " +
      "présentées à la Ville et au bailleur dans le cadre de la requalification urbaine.",
    status: PracticeStatus.PUBLISHED,
    pillar: Pillar.NEIGHBOURHOOD,
    themes: ["projet participatif", "espace public", "participation des habitants"],
    territoryId: GRESILLES,
    inseeCode: DIJON_INSEE,
    qpvCode: GRESILLES_QPV,
    challenge:
      "La requalification urbaine transforme l'espace public sans que les habitants aient prise sur les choix.",
    description:
      "Trois ans d'ateliers artistiques (son, maquette, vidéo) recueillent les usages et les envies des habitants ; " +
      "un chantier artistique puis une inauguration festive font vivre l'esplanade ; les propositions sont " +
      "remises à la Ville et au bailleur.",
    resources: {
      budget: 60000,
      peopleCount: 6,
      description: "Budget total 2010–2013 : artistes, matériel, fête de quartier (exemple).",
    },
    results: [
      {
        indicator: "propositions d'habitants remises à la Ville et au bailleur",
        value: 12,
        unit: "propositions",
        evidence: "dossier remis au comité de pilotage, 2013 (exemple)",
      },
    ],
    difficulties:
      "Tenir la mobilisation sur trois ans ; les délais de la requalification dépassent ceux du projet.",
    lessonsLearned:
      "Rendre visibles des résultats intermédiaires (fêtes, chantier) pour garder la confiance.",
    transferability:
      "Transférable à tout projet de renouvellement urbain qui laisse une marge de décision aux habitants.",
    startedOn: "2010-09-01",
    endedOn: "2013-09-21",
    contactRole: POLE_CONTACT,
    publishedOn: "2013-09-20",
    memberIds: [compagnieDesGresilles, atelierBoutaricImages],
    sourceActionIds: [
      A.feteDeLEsplanade,
      A.ateliersReenchantez,
      A.chantierArtistique,
      A.inaugurationEsplanade,
    ],
  },
  {
    id: id(4),
    title: "Parcours d'insertion par les métiers culturels et créatifs",
    titleEn: null,
    summary:
      "Piste de travail : avec la plateforme dynamique de l'emploi, proposer à des habitants en recherche d'emploi des " +
      "immersions et des formations dans les structures du Pôle (technique du spectacle, audiovisuel, graphisme).",
    status: PracticeStatus.DRAFT,
    pillar: Pillar.NEIGHBOURHOOD,
    themes: ["insertion professionnelle", "emploi", "formation"],
    territoryId: GRAND_DIJON,
    inseeCode: null,
    qpvCode: null,
    challenge: "Les habitants du quartier connaissent mal les métiers de la filière culturelle, qui recrute.",
    description:
      "Immersions de quelques jours dans les structures membres, puis formation qualifiante aux métiers " +
      "techniques du spectacle ; suivi par la plateforme dynamique de l'emploi.",
    resources: { budget: null, peopleCount: null, description: null },
    results: [],
    difficulties: null,
    lessonsLearned: null,
    // Still a draft: its transferability is not written yet, so it cannot be submitted for review.
    transferability: null,
    startedOn: "2012-09-03",
    endedOn: null,
    contactRole: POLE_CONTACT,
    publishedOn: null,
    memberIds: [bureauAccompagnementArtistique],
    sourceActionIds: [A.immersionsSpectacle, A.formationMetiersTechniques, A.versUnParcoursDInsertion],
  },
  {
    id: id(5),
    title: "Une radio de quartier animée par les habitants",
    titleEn: "A neighbourhood radio run by the inhabitants",
    summary:
      "Une radio associative membre du Pôle forme des habitants à l'interview et au montage ; ils produisent chaque " +
      "mois une émission sur la vie du quartier, diffusée en ligne et sur les ondes locales.",
    status: PracticeStatus.PUBLISHED,
    pillar: Pillar.NEIGHBOURHOOD,
    themes: ["radio", "participation des habitants", "médias de proximité"],
    territoryId: GRESILLES,
    inseeCode: DIJON_INSEE,
    qpvCode: GRESILLES_QPV,
    challenge: "Le quartier est surtout raconté de l'extérieur, souvent par ses faits divers.",
    description:
      "Ateliers hebdomadaires d'écriture radiophonique, d'interview et de montage ; une émission mensuelle préparée " +
      "en comité de rédaction d'habitants ; diffusion en ligne et sur une radio locale.",
    resources: {
      budget: 12000,
      peopleCount: 2,
      description: "Animateur radio à mi-temps et matériel d'enregistrement, par an (exemple).",
    },
    results: [
      {
        indicator: "émissions produites par des habitants",
        value: 20,
        unit: "émissions",
        evidence: "archives de l'émission 2011–2012 (exemple)",
      },
    ],
    difficulties: "Renouveler l'équipe d'habitants bénévoles.",
    lessonsLearned:
      "Un rendez-vous fixe chaque mois tient le groupe ; diffuser aussi dans le quartier (écoles).",
    transferability: "Demande une structure radiophonique partenaire et un local d'enregistrement.",
    startedOn: "2011-01-10",
    endedOn: null,
    contactRole: "coordinatrice de Radio Boutaric (exemple)",
    publishedOn: "2012-06-14",
    memberIds: [radioBoutaric],
    sourceActionIds: [A.radioDesHabitants],
  },
  {
    id: id(6),
    title: "Visites apprenantes : accueillir d'autres territoires au Pôle",
    titleEn: null,
    summary:
      "Des élus et des opérateurs d'autres quartiers passent une journée au Pôle : visite de l'immeuble, rencontre " +
      "des entreprises et des habitants, atelier sur les conditions de transfert.",
    status: PracticeStatus.IN_REVIEW,
    pillar: Pillar.KNOWLEDGE_SHARING,
    themes: ["transfert", "formation in situ"],
    territoryId: GRESILLES,
    inseeCode: DIJON_INSEE,
    qpvCode: GRESILLES_QPV,
    challenge:
      "D'autres territoires veulent s'inspirer du Pôle sans savoir ce qui tient au contexte dijonnais.",
    description:
      "Une journée type : visite, témoignages croisés d'entreprises et d'habitants, puis atelier où les visiteurs " +
      "confrontent leur contexte aux conditions de réussite du Pôle.",
    resources: {
      budget: 1500,
      peopleCount: 3,
      description: "Par journée : accueil, repas, supports (exemple).",
    },
    results: [],
    difficulties: null,
    lessonsLearned: null,
    transferability: "La méthode de la visite apprenante vaut pour tout lieu de coopération.",
    startedOn: "2013-05-23",
    endedOn: null,
    contactRole: POLE_CONTACT,
    publishedOn: null,
    memberIds: [bureauAccompagnementArtistique],
    sourceActionIds: [],
  },
];
