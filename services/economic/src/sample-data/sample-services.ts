import { CollaborationKind } from "../collaboration/collaboration-kind.enum";
import { CommercialActionKind } from "../commercial-action/commercial-action.enums";
import { SharedResourceKind } from "../shared-resource/shared-resource-kind.enum";
import { isMemberOn, sampleMembers } from "./sample-members";

/**
 * The sample use of the service offer over 2011–2013, invented but in line with the seed: the first
 * services to members were trainings (formations-actions), then pooled commercial actions, group purchases,
 * bookings of shared rooms and equipment, consulting, and collaborations between members. Every list is
 * computed from fixed rules, so the data (and the 2013 report) is the same on every load.
 */

const memberNo = (n: number) => `a0000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const memberNumber = (id: string) => Number(id.slice(-2));

/** Members on a day, by number, as the rules below pick them. */
function membersOn(day: string): number[] {
  return sampleMembers.filter((m) => isMemberOn(m, day)).map((m) => memberNumber(m.id));
}

/** Every `step`-th member on a day, starting at `offset`, at most `count`. */
function pick(day: string, count: number, step: number, offset: number): string[] {
  const active = membersOn(day);
  const chosen: number[] = [];
  for (let i = 0; chosen.length < Math.min(count, active.length) && i < active.length * step; i += 1) {
    const candidate = active[(offset + i * step) % active.length];
    if (!chosen.includes(candidate)) chosen.push(candidate);
  }
  return chosen.map(memberNo);
}

export const sampleCommercialActions = [
  {
    kind: CommercialActionKind.COMMUNICATION,
    title: "Catalogue commun des membres 2011",
    description: "Premier catalogue imprimé et en ligne présentant l'offre des membres du Pôle.",
    startsOn: "2011-09-15",
    endsOn: "2011-12-15",
    outcome: "Catalogue diffusé à 400 collectivités, entreprises et structures culturelles de Côte-d'Or.",
    leads: 35,
    contractsWon: 4,
    revenueGenerated: 18000,
  },
  {
    kind: CommercialActionKind.PROSPECTING,
    title: "Prospection collective des communes du Grand Dijon",
    description: "Rencontres communes avec les services culture et animation des communes.",
    startsOn: "2012-03-01",
    endsOn: "2012-06-30",
    outcome: "22 rendez-vous, 6 propositions communes, 3 contrats signés.",
    leads: 22,
    contractsWon: 3,
    revenueGenerated: 26500,
  },
  {
    kind: CommercialActionKind.MARKETING,
    title: "Stand commun au salon régional des entreprises culturelles",
    description: "Un stand partagé et une identité commune « La Coursive Boutaric ».",
    startsOn: "2012-11-08",
    endsOn: "2012-11-09",
    outcome: "Notoriété du Pôle auprès des acheteurs régionaux.",
    leads: 40,
    contractsWon: 2,
    revenueGenerated: 9500,
  },
  {
    kind: CommercialActionKind.COMMUNICATION,
    title: "Site commun et catalogue 2013",
    description: "Refonte du catalogue et site commun présentant les membres et leurs réalisations.",
    startsOn: "2013-02-01",
    endsOn: "2013-05-31",
    outcome: "Site en ligne, 1 200 visites par mois.",
    leads: 28,
    contractsWon: 5,
    revenueGenerated: 31000,
  },
  {
    kind: CommercialActionKind.PROSPECTING,
    title: "Prospection des bailleurs et entreprises du quartier",
    description: "Offre commune d'animations et de communication pour les acteurs des Grésilles.",
    startsOn: "2013-09-02",
    endsOn: "2013-12-20",
    outcome: null,
    leads: null,
    contractsWon: null,
    revenueGenerated: null,
  },
].map((action, index) => ({
  ...action,
  participants: pick(action.startsOn, 4 + (index % 3), 2 + (index % 2), index).map((memberId, rank) => ({
    memberId,
    hours: 3 + ((index + rank) % 4),
    contribution: 150,
    publicValue: 450 + 50 * ((index + rank) % 3),
  })),
}));

export const sampleCollaborations = [
  [
    CollaborationKind.CO_CONTRACTING,
    2,
    3,
    "Film institutionnel pour la Ville",
    "Ville de Dijon (exemple)",
    24000,
    "2011-05-02",
    "2011-09-30",
  ],
  [
    CollaborationKind.SUBCONTRACTING,
    1,
    9,
    "Captation radio d'un spectacle",
    "Compagnie des Grésilles",
    2500,
    "2011-10-03",
    "2011-10-31",
  ],
  [
    CollaborationKind.JOINT_BID,
    10,
    5,
    "Appel d'offres saison jeune public",
    "Département (exemple)",
    60000,
    "2012-02-15",
    "2012-04-15",
  ],
  [
    CollaborationKind.SUBCONTRACTING,
    4,
    3,
    "Site web d'un festival",
    "Festival (exemple)",
    7800,
    "2012-05-10",
    "2012-07-13",
  ],
  [
    CollaborationKind.CO_CONTRACTING,
    12,
    1,
    "Parcours artistique dans les quartiers",
    "Bailleur social (exemple)",
    18000,
    "2013-04-01",
    "2013-10-31",
  ],
  [
    CollaborationKind.JOINT_BID,
    13,
    2,
    "Documentaire sur la rénovation des Grésilles",
    "Télévision régionale (exemple)",
    45000,
    "2013-06-03",
    null,
  ],
  [
    CollaborationKind.SUBCONTRACTING,
    7,
    3,
    "Affiches et dossier de presse d'un film",
    "Ciné-Quartier Production",
    3200,
    "2013-09-16",
    "2013-11-29",
  ],
].map(([kind, lead, partner, title, client, amount, startsOn, endsOn]) => ({
  kind: kind as CollaborationKind,
  leadMemberId: memberNo(lead as number),
  partnerMemberId: memberNo(partner as number),
  title: title as string,
  client: client as string,
  amount: amount as number,
  startsOn: startsOn as string,
  endsOn: endsOn as string | null,
}));

export const sampleSharedResources = [
  {
    kind: SharedResourceKind.ROOM,
    name: "Salle de réunion de la Coursive",
    capacity: 20,
    member: 10,
    public: 25,
  },
  { kind: SharedResourceKind.ROOM, name: "Studio son", capacity: 6, member: 15, public: 40 },
  { kind: SharedResourceKind.EQUIPMENT, name: "Caméra HD et trépied", capacity: null, member: 8, public: 30 },
  {
    kind: SharedResourceKind.EQUIPMENT,
    name: "Vidéoprojecteur et écran",
    capacity: null,
    member: 3,
    public: 12,
  },
].map(({ kind, name, capacity, member, public: publicRate }) => ({
  kind,
  name,
  capacity,
  description: null,
  memberHourlyRate: member,
  publicHourlyRate: publicRate,
}));

/**
 * Bookings: from March 2011 to December 2013, each resource twice a month (the 5th and the 19th), a
 * morning (9:00–12:00 Paris time, UTC+1 in winter and +2 in summer: stored as UTC instants) for a member
 * picked by rotation among the members of that day. No two bookings of a resource overlap.
 */
export function sampleBookings(): {
  resourceIndex: number;
  memberId: string;
  startsAt: Date;
  endsAt: Date;
  purpose: string;
}[] {
  const bookings = [];
  let turn = 0;
  for (let year = 2011; year <= 2013; year += 1) {
    for (let month = year === 2011 ? 3 : 1; month <= 12; month += 1) {
      for (const day of [5, 19]) {
        const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        const active = membersOn(date);
        const summer = month >= 4 && month <= 10;
        for (let resourceIndex = 0; resourceIndex < sampleSharedResources.length; resourceIndex += 1) {
          turn += 1;
          if (turn % 3 === 0) continue; // not every slot is booked
          const startHourUtc = (summer ? 7 : 8) + (resourceIndex % 2);
          const startsAt = new Date(`${date}T${String(startHourUtc).padStart(2, "0")}:00:00Z`);
          const hours = 2 + (turn % 3);
          bookings.push({
            resourceIndex,
            memberId: memberNo(active[turn % active.length]),
            startsAt,
            endsAt: new Date(startsAt.getTime() + hours * 3_600_000),
            purpose: resourceIndex < 2 ? "Réunion de travail" : "Tournage",
          });
        }
      }
    }
  }
  return bookings;
}

export const sampleGroupPurchases = [
  {
    title: "Papier et impression des supports de communication",
    supplier: "Imprimerie (exemple)",
    orderedOn: "2011-10-10",
  },
  {
    title: "Licences de logiciels de création",
    supplier: "Éditeur de logiciels (exemple)",
    orderedOn: "2012-01-16",
  },
  {
    title: "Assurance responsabilité civile des manifestations",
    supplier: "Assureur (exemple)",
    orderedOn: "2012-09-03",
  },
  { title: "Matériel informatique", supplier: "Revendeur informatique (exemple)", orderedOn: "2013-03-11" },
  { title: "Fournitures de bureau", supplier: "Papeterie (exemple)", orderedOn: "2013-10-07" },
].map((purchase, index) => ({
  ...purchase,
  description: null,
  participants: pick(purchase.orderedOn, 3 + (index % 3), 3, index + 1).map((memberId, rank) => {
    const publicAmount = 600 + 150 * ((index + rank) % 4);
    return { memberId, publicAmount, amount: Math.round(publicAmount * 0.78) };
  }),
}));

/** Consulting sessions: every quarter from 2011, three members by rotation, 2 to 4 hours each. */
export function sampleConsultingSessions(): {
  memberId: string;
  heldOn: string;
  hours: number;
  topic: string;
}[] {
  const topics = [
    "Gestion et trésorerie",
    "Droit social et contrats",
    "Stratégie de développement",
    "Réponse aux marchés publics",
  ];
  const sessions = [];
  let turn = 0;
  for (let year = 2011; year <= 2013; year += 1) {
    for (const month of [2, 5, 9, 11]) {
      const heldOn = `${year}-${String(month).padStart(2, "0")}-14`;
      for (const memberId of pick(heldOn, 3, 2, turn)) {
        turn += 1;
        sessions.push({ memberId, heldOn, hours: 2 + (turn % 3), topic: topics[turn % topics.length] });
      }
    }
  }
  return sessions;
}

export const sampleTrainings = [
  {
    title: "Gestion administrative et sociale des structures culturelles",
    trainer: "Cabinet de formation (exemple)",
    sessions: ["2011-03-10", "2011-03-24", "2011-04-07"],
  },
  {
    title: "Marketing et diffusion des productions culturelles",
    trainer: "Consultante marketing (exemple)",
    sessions: ["2012-02-09", "2012-03-08"],
  },
  {
    title: "Répondre ensemble aux marchés publics",
    trainer: "Juriste des marchés publics (exemple)",
    sessions: ["2013-01-17", "2013-02-14", "2013-03-14"],
  },
].map((training, index) => ({
  ...training,
  description: "Formation-action sur mesure, centrée sur l'application terrain.",
  sessions: training.sessions.map((heldOn, rank) => ({
    heldOn,
    hours: rank === 0 ? 7 : 3.5,
    place: "Salle de réunion de la Coursive",
    attendance: pick(heldOn, 5, 2, index + rank).map((memberId, k) => ({
      memberId,
      participantCount: 1 + (k % 2),
    })),
  })),
}));
