// Where a phase stands against today's date in Dijon: what the page highlights and says of each phase.

export type PhaseTiming = "past" | "current" | "upcoming";

/** Today in Dijon (Europe/Paris), as a LocalDate « 2026-12-03 ». */
export function todayInDijon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** Past, current (today between its first and last day, both included) or upcoming. */
export function phaseTiming(phase: { startsOn: string; endsOn: string }, today: string): PhaseTiming {
  if (today < phase.startsOn) return "upcoming";
  if (today > phase.endsOn) return "past";
  return "current";
}

export const PHASE_TIMING_LABELS: Record<PhaseTiming, string> = {
  past: "Terminée",
  current: "En cours",
  upcoming: "À venir",
};

/**
 * The phase to contribute to: the first one open today (isOpen, as the server computes it), if any.
 */
export function openPhaseOf<P extends { isOpen: boolean; acceptsContributions: boolean }>(
  phases: readonly P[],
): P | undefined {
  return phases.find((phase) => phase.isOpen && phase.acceptsContributions);
}

/** « 12 caractères sur 2000 », counted as the server counts: trimmed, by code point. */
export function lengthOf(text: string): number {
  return [...text.trim()].length;
}
