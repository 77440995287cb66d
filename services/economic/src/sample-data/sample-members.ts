import { Activity, LegalForm, MembershipKind } from "../member/member.enums";

/**
 * The sample member structures. Names are invented (marked « exemple »); the 2013 figures add up to the
 * seed document's: 15 members (9 installed, 6 associated), 57 FTE, 50 permanent employees, 3.7 M€ budget,
 * 1.6 M€ revenue, 600 k€ equity, 5 legal forms, 400 m² of offices. A 16th structure left in 2012. Six of
 * the founders rented their offices in the building from 2007–2010, before the association existed.
 *
 * The ids are fixed: the neighbourhood and knowledge sample data refer to these members by id.
 */
export interface SampleMember {
  id: string;
  name: string;
  legalForm: LegalForm;
  activities: Activity[];
  membershipKind: MembershipKind;
  joinedOn: string;
  leftOn?: string;
  publicDescription: string;
  /** Website and logo, on reserved example domains (RFC 2606): some members have them, others not. */
  website?: string;
  logoUrl?: string;
  /** 2013 figures: FTE, permanent employees, budget, revenue, equity (euros). */
  figures2013?: [number, number, number, number, number];
  /** Figures of the last full year for a member that left. */
  lastFigures?: { year: number; values: [number, number, number, number, number] };
  /** Office area in m² in force on 31 December 2013 (installed members). */
  officeAreaSqm?: number;
  /**
   * First day of the structure's office lease in the Boutaric building when it moved in before the
   * association was founded (seed: « 2007 – 2010 : installation des premières entreprises dans l'immeuble
   * Boutaric »). Membership still starts on `joinedOn` (2 December 2010 for the founders).
   */
  inBuildingSince?: string;
  /**
   * Earlier membership periods when the member moved in or out of the building; the last period, from the
   * date given, is under `membershipKind`.
   */
  history?: { kind: MembershipKind; until: string }[];
}

const id = (n: number) => `a0000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const { INSTALLED, ASSOCIATED } = MembershipKind;
const A = Activity;

export const sampleMembers: SampleMember[] = [
  {
    id: id(1),
    name: "Compagnie des Grésilles (exemple)",
    legalForm: LegalForm.ASSOCIATION,
    activities: [A.LIVE_PERFORMANCE],
    membershipKind: INSTALLED,
    joinedOn: "2010-12-02",
    inBuildingSince: "2007-09-03",
    publicDescription:
      "Compagnie de théâtre installée dans l'immeuble Boutaric, créations avec les habitants.",
    website: "https://compagnie-des-gresilles.example.org/",
    logoUrl: "https://compagnie-des-gresilles.example.org/logo.svg",
    figures2013: [6.5, 6, 420000, 150000, 60000],
    officeAreaSqm: 60,
  },
  {
    id: id(2),
    name: "Atelier Boutaric Images (exemple)",
    legalForm: LegalForm.SCIC,
    activities: [A.AUDIOVISUAL, A.CINEMA],
    membershipKind: INSTALLED,
    joinedOn: "2010-12-02",
    inBuildingSince: "2008-03-01",
    publicDescription: "Production audiovisuelle et cinéma documentaire.",
    website: "https://atelier-boutaric-images.example.org/",
    logoUrl: "https://atelier-boutaric-images.example.org/logo.png",
    figures2013: [7, 6, 380000, 210000, 55000],
    officeAreaSqm: 70,
  },
  {
    id: id(3),
    name: "Studio Esplanade Graphisme (exemple)",
    legalForm: LegalForm.EURL,
    activities: [A.GRAPHIC_DESIGN],
    membershipKind: INSTALLED,
    joinedOn: "2010-12-02",
    inBuildingSince: "2009-01-05",
    publicDescription: "Studio de graphisme et d'identité visuelle.",
    website: "https://studio-esplanade.example.org/",
    figures2013: [2, 2, 95000, 90000, 20000],
    officeAreaSqm: 30,
  },
  {
    id: id(4),
    name: "La Fabrique Web dijonnaise (exemple)",
    legalForm: LegalForm.EURL,
    activities: [A.WEB],
    membershipKind: INSTALLED,
    joinedOn: "2011-04-01",
    history: [{ kind: ASSOCIATED, until: "2011-12-31" }],
    publicDescription: "Conception de sites et d'outils web pour la culture.",
    website: "https://fabrique-web.example.org/",
    logoUrl: "https://fabrique-web.example.org/images/logo.svg",
    figures2013: [3, 3, 160000, 150000, 25000],
    officeAreaSqm: 35,
  },
  {
    id: id(5),
    name: "Collectif Scènes Ouvertes (exemple)",
    legalForm: LegalForm.ASSOCIATION,
    activities: [A.LIVE_PERFORMANCE, A.ARTISTIC_TEAM_SUPPORT],
    membershipKind: INSTALLED,
    joinedOn: "2010-12-02",
    inBuildingSince: "2008-10-01",
    publicDescription: "Collectif d'artistes de la scène, résidences et ateliers.",
    figures2013: [5.5, 5, 310000, 80000, 45000],
    officeAreaSqm: 55,
  },
  {
    id: id(6),
    name: "Bureau d'accompagnement artistique (exemple)",
    legalForm: LegalForm.ASSOCIATION,
    activities: [A.ARTISTIC_TEAM_SUPPORT],
    membershipKind: INSTALLED,
    joinedOn: "2010-12-02",
    inBuildingSince: "2010-04-01",
    publicDescription: "Administration et diffusion pour des équipes artistiques.",
    figures2013: [2, 2, 120000, 30000, 15000],
    officeAreaSqm: 25,
  },
  {
    id: id(7),
    name: "Ciné-Quartier Production (exemple)",
    legalForm: LegalForm.CAE_HOSTING,
    activities: [A.CINEMA],
    membershipKind: INSTALLED,
    joinedOn: "2012-02-01",
    publicDescription: "Réalisateur porté par une coopérative d'activité et d'emploi.",
    figures2013: [1.5, 1, 70000, 60000, 10000],
    officeAreaSqm: 30,
  },
  {
    id: id(8),
    name: "Pixels & Papiers (exemple)",
    legalForm: LegalForm.CAE_HOSTING,
    activities: [A.GRAPHIC_DESIGN, A.WEB],
    membershipKind: INSTALLED,
    joinedOn: "2013-01-15",
    publicDescription: "Graphiste et développeuse web en portage CAE.",
    figures2013: [1, 1, 45000, 40000, 5000],
    officeAreaSqm: 20,
  },
  {
    id: id(9),
    name: "Radio Boutaric (exemple)",
    legalForm: LegalForm.ASSOCIATION,
    activities: [A.AUDIOVISUAL],
    membershipKind: INSTALLED,
    joinedOn: "2010-12-02",
    inBuildingSince: "2009-06-15",
    publicDescription: "Radio associative de quartier.",
    figures2013: [3, 2, 150000, 40000, 20000],
    officeAreaSqm: 75,
  },
  {
    id: id(10),
    name: "Scène régionale EPCC (exemple)",
    legalForm: LegalForm.EPCC,
    activities: [A.LIVE_PERFORMANCE],
    membershipKind: ASSOCIATED,
    joinedOn: "2011-01-20",
    publicDescription: "Établissement public de coopération culturelle, scène conventionnée.",
    figures2013: [12, 11, 1100000, 300000, 200000],
  },
  {
    id: id(11),
    name: "Coopérative Culture & Territoires (exemple)",
    legalForm: LegalForm.SCIC,
    activities: [A.ARTISTIC_TEAM_SUPPORT],
    membershipKind: ASSOCIATED,
    joinedOn: "2011-06-01",
    history: [{ kind: INSTALLED, until: "2012-08-31" }],
    publicDescription: "Coopérative d'ingénierie culturelle.",
    figures2013: [4, 3, 220000, 140000, 50000],
  },
  {
    id: id(12),
    name: "Festival des Quartiers (exemple)",
    legalForm: LegalForm.ASSOCIATION,
    activities: [A.LIVE_PERFORMANCE],
    membershipKind: ASSOCIATED,
    joinedOn: "2010-12-02",
    publicDescription: "Festival des arts de la rue dans les quartiers de Dijon.",
    figures2013: [4, 3, 300000, 110000, 40000],
  },
  {
    id: id(13),
    name: "Documentaires de Bourgogne (exemple)",
    legalForm: LegalForm.EURL,
    activities: [A.AUDIOVISUAL, A.CINEMA],
    membershipKind: ASSOCIATED,
    joinedOn: "2012-09-01",
    publicDescription: "Société de production de documentaires.",
    figures2013: [2.5, 2, 130000, 110000, 25000],
  },
  {
    id: id(14),
    name: "Ensemble vocal Nord-Dijon (exemple)",
    legalForm: LegalForm.ASSOCIATION,
    activities: [A.LIVE_PERFORMANCE],
    membershipKind: ASSOCIATED,
    joinedOn: "2012-01-10",
    publicDescription: "Chœur et ateliers de chant ouverts à tous.",
    figures2013: [2, 2, 120000, 50000, 20000],
  },
  {
    id: id(15),
    name: "Agence graphique itinérante (exemple)",
    legalForm: LegalForm.CAE_HOSTING,
    activities: [A.GRAPHIC_DESIGN],
    membershipKind: ASSOCIATED,
    joinedOn: "2013-03-01",
    publicDescription: "Graphiste indépendante en portage CAE.",
    figures2013: [1, 1, 80000, 40000, 10000],
  },
  {
    id: id(16),
    name: "Lumière Coop (exemple)",
    legalForm: LegalForm.SCIC,
    activities: [A.AUDIOVISUAL],
    membershipKind: ASSOCIATED,
    joinedOn: "2011-02-01",
    leftOn: "2012-06-30",
    publicDescription: "Coopérative de techniciens de l'image, partie en 2012.",
    lastFigures: { year: 2011, values: [2, 2, 90000, 70000, 8000] },
  },
];

/** The membership periods of a sample member, oldest first. */
export function membershipPeriodsOf(
  member: SampleMember,
): { kind: MembershipKind; startsOn: string; endsOn: string | null }[] {
  const periods: { kind: MembershipKind; startsOn: string; endsOn: string | null }[] = [];
  let startsOn = member.joinedOn;
  for (const earlier of member.history ?? []) {
    periods.push({ kind: earlier.kind, startsOn, endsOn: earlier.until });
    startsOn = dayAfter(earlier.until);
  }
  periods.push({ kind: member.membershipKind, startsOn, endsOn: member.leftOn ?? null });
  return periods;
}

function dayAfter(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Whether a sample member belongs to the Pôle on a day. */
export function isMemberOn(member: SampleMember, day: string): boolean {
  return member.joinedOn <= day && (!member.leftOn || member.leftOn >= day);
}

/** Share of its 2013 figures a member had in earlier years (growth of the Pôle). */
export const growthBeforeYear: Record<number, number> = { 2010: 0.75, 2011: 0.82, 2012: 0.91 };
