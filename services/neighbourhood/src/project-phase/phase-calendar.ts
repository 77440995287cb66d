import { invalidField } from "@pole/subgraph-kit";
import { todayInDijon } from "../common/calendar";
import type { ProjectPhase } from "./project-phase.entity";

/** Whether a phase takes contributions (and votes) today, on Dijon's calendar. */
export function isPhaseOpen(phase: ProjectPhase, today = todayInDijon()): boolean {
  return phase.acceptsContributions && phase.startsOn <= today && today <= phase.endsOn;
}

/**
 * Refuses, with BAD_USER_INPUT and a message an inhabitant understands, a contribution or a vote to a phase
 * that does not take any, is not open yet, or has closed; the field error is on `path` (the input's id that
 * led to the phase).
 */
export function assertPhaseOpen(
  phase: ProjectPhase,
  what: "contributions" | "votes",
  path: string,
  today = todayInDijon(),
): void {
  const { title, startsOn, endsOn } = phase;
  if (!phase.acceptsContributions) {
    throw invalidField(path, "consistency", "neighbourhood.phaseTakesNothing", { title });
  }
  if (today < startsOn) {
    throw invalidField(path, "consistency", "neighbourhood.phaseNotOpenYet", { title, startsOn, what });
  }
  if (today > endsOn) {
    throw invalidField(path, "consistency", "neighbourhood.phaseClosed", { title, endsOn, what });
  }
}
