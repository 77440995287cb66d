import { badUserInput } from "@pole/subgraph-kit";
import { todayInDijon } from "../common/calendar";
import type { ProjectPhase } from "./project-phase.entity";

/** Whether a phase takes contributions (and votes) today, on Dijon's calendar. */
export function isPhaseOpen(phase: ProjectPhase, today = todayInDijon()): boolean {
  return phase.acceptsContributions && phase.startsOn <= today && today <= phase.endsOn;
}

/**
 * Refuses, with BAD_USER_INPUT and a message an inhabitant understands, a contribution or a vote to a phase
 * that does not take any, is not open yet, or has closed.
 */
export function assertPhaseOpen(
  phase: ProjectPhase,
  what: "contributions" | "votes",
  today = todayInDijon(),
): void {
  if (!phase.acceptsContributions) {
    throw badUserInput(`The phase « ${phase.title} » does not take contributions or votes.`);
  }
  if (today < phase.startsOn) {
    throw badUserInput(
      `The phase « ${phase.title} » opens on ${phase.startsOn}: it does not take ${what} yet.`,
    );
  }
  if (today > phase.endsOn) {
    throw badUserInput(`The phase « ${phase.title} » closed on ${phase.endsOn}: it no longer takes ${what}.`);
  }
}
