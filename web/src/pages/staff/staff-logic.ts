// The staff back-office's pure logic: the moderation queue's phases, the audit trails' pillars and entries
// in words, the decisions' checks before sending.
import type { ContributionStatus } from "../../gql/graphql";

/** The three states a contribution may be in, as the moderation queue offers them (pending first). */
export const MODERATION_STATES: ContributionStatus[] = ["PENDING", "PUBLISHED", "HIDDEN"];

export const MODERATION_STATE_LABELS: Record<ContributionStatus, string> = {
  PENDING: "En attente de modération",
  PUBLISHED: "Publiées",
  HIDDEN: "Masquées",
};

/** The state in the address (?etat=), pending when absent or unknown. */
export function moderationStateOf(value: string | null | undefined): ContributionStatus {
  return MODERATION_STATES.find((state) => state === value) ?? "PENDING";
}

interface PhaseCounts {
  published: number;
  pending?: number | null;
  hidden?: number | null;
}

export interface QueuePhase {
  id: string;
  title: string;
  isOpen: boolean;
  startsOn: string;
  projectId: string;
  projectTitle: string;
  count: number;
}

/** How many contributions of this state a phase's counts say it has (null counts are none). */
export function countOf(counts: PhaseCounts, state: ContributionStatus): number {
  if (state === "PUBLISHED") return counts.published;
  return (state === "PENDING" ? counts.pending : counts.hidden) ?? 0;
}

/**
 * The phases holding contributions of `state`, for the queue: open phases first, then the most
 * contributions, then the most recent; phases without any are left out.
 */
export function queuePhases(
  projects: readonly {
    id: string;
    title: string;
    phases: readonly {
      id: string;
      title: string;
      isOpen: boolean;
      startsOn: string;
      contributionCounts: PhaseCounts;
    }[];
  }[],
  state: ContributionStatus,
): QueuePhase[] {
  const phases: QueuePhase[] = [];
  for (const project of projects)
    for (const phase of project.phases) {
      const count = countOf(phase.contributionCounts, state);
      if (count > 0)
        phases.push({
          id: phase.id,
          title: phase.title,
          isOpen: phase.isOpen,
          startsOn: phase.startsOn,
          projectId: project.id,
          projectTitle: project.title,
          count,
        });
    }
  return phases.sort(
    (a, b) =>
      Number(b.isOpen) - Number(a.isOpen) || b.count - a.count || b.startsOn.localeCompare(a.startsOn),
  );
}

/** The total of one state over every phase of these projects. */
export function totalOf(
  projects: readonly { phases: readonly { contributionCounts: PhaseCounts }[] }[],
  state: ContributionStatus,
): number {
  return projects.reduce(
    (sum, project) =>
      sum + project.phases.reduce((inner, phase) => inner + countOf(phase.contributionCounts, state), 0),
    0,
  );
}

/** Reasons to hide: 3 to 500 characters, as the neighbourhood subgraph asks. */
export const REASON_MIN = 3;
export const REASON_MAX = 500;

/** « 12 contributions », « 1 contribution », « aucune contribution ». */
export function countInWords(count: number, singular: string, plural = `${singular}s`): string {
  if (count === 0) return `aucune ${singular}`;
  return `${new Intl.NumberFormat("fr-FR").format(count)} ${count > 1 ? plural : singular}`;
}

/** The pillars whose subgraph keeps an audit trail. */
export type AuditPillar = "economic" | "neighbourhood" | "knowledge";

export const AUDIT_PILLARS: AuditPillar[] = ["economic", "neighbourhood", "knowledge"];

export const AUDIT_PILLAR_LABELS: Record<AuditPillar, string> = {
  economic: "Économie : membres, services, financements",
  neighbourhood: "Quartier : actions et participation des habitants",
  knowledge: "Savoirs : pratiques, transferts, adoptions",
};

/** The pillar chosen in the address (?pilier=); undefined for « tous ». */
export function auditPillarOf(value: string | null | undefined): AuditPillar | undefined {
  return AUDIT_PILLARS.find((pillar) => pillar === value);
}

/** What an operation did, in French, e.g. moderateContribution → « Modération d'une contribution ». */
const OPERATION_LABELS: Record<string, string> = {
  moderateContribution: "Modération d'une contribution",
  submitContribution: "Contribution d'un habitant",
  voteForContribution: "Vote pour une contribution",
  createParticipatoryProject: "Création d'un projet participatif",
  updateParticipatoryProject: "Modification d'un projet participatif",
  createProjectPhase: "Création d'une phase",
  updateProjectPhase: "Modification d'une phase",
  createPractice: "Création d'une pratique",
  updatePractice: "Modification d'une pratique",
  submitPractice: "Soumission d'une pratique à la relecture",
  returnPracticeToDraft: "Renvoi d'une pratique en brouillon",
  publishPractice: "Publication d'une pratique",
  withdrawPractice: "Retrait d'une pratique",
  importPractices: "Import de pratiques",
  createTransfer: "Enregistrement d'un transfert",
  updateTransfer: "Modification d'un transfert",
  createAdoption: "Enregistrement d'une adoption",
  updateAdoption: "Modification d'une adoption",
  deleteAdoption: "Suppression d'une adoption",
  createMember: "Création d'un membre",
  updateMember: "Modification d'un membre",
  addAssociationMember: "Adhésion à l'association",
  recordFunding: "Enregistrement d'un financement",
  recordConsultingSession: "Séance de conseil",
  createCollaboration: "Enregistrement d'une collaboration",
  createCommercialAction: "Action commerciale mutualisée",
  recordCommercialActionOutcome: "Résultats d'une action commerciale",
  createBooking: "Réservation",
  cancelBooking: "Annulation d'une réservation",
};

export function operationInWords(operation: string): string {
  return OPERATION_LABELS[operation] ?? operation;
}

const ROLE_WORDS: Record<string, string> = {
  staff: "Équipe du Pôle",
  member: "Membre",
  council: "Conseil régional",
  territory: "Territoire partenaire",
};

/** Who made the change: the role in French, then what the entry knows (subject, member, territory, partner). */
export function actorInWords(entry: {
  actorSubject: string;
  actorRole?: string | null;
  actorMemberId?: string | null;
  actorTerritoryId?: string | null;
  partner?: string | null;
}): string {
  if (!entry.actorRole) return entry.partner ? `Anonyme, via le partenaire ${entry.partner}` : "Anonyme";
  const parts = [ROLE_WORDS[entry.actorRole] ?? entry.actorRole];
  if (entry.actorSubject && entry.actorSubject !== entry.actorRole)
    parts.push(`compte ${entry.actorSubject}`);
  if (entry.actorMemberId) parts.push(`pour le membre ${entry.actorMemberId}`);
  if (entry.actorTerritoryId) parts.push(`pour le territoire ${entry.actorTerritoryId}`);
  if (entry.partner) parts.push(`via le partenaire ${entry.partner}`);
  return parts.join(", ");
}

/** A record id as typed: trimmed, empty meaning no filter. */
export function recordFilterOf(value: string | null | undefined): { recordId: string } | undefined {
  const recordId = value?.trim();
  return recordId ? { recordId } : undefined;
}
