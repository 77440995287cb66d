import { conflict, InputProblems } from "@pole/subgraph-kit";
import { PracticeStatus } from "./practice-status.enum";
import type { Practice } from "./practice.entity";

const { DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN } = PracticeStatus;

/**
 * The editorial workflow of a practice: the transitions each mutation makes, from which statuses. Anything
 * else is refused with CONFLICT. WITHDRAWN is final.
 *
 *   DRAFT ──submit──▶ IN_REVIEW ──publish (staff)──▶ PUBLISHED
 *     ▲                  │
 *     └─returnToDraft────┘        DRAFT, IN_REVIEW, PUBLISHED ──withdraw (reason)──▶ WITHDRAWN
 */
export const PRACTICE_TRANSITIONS = {
  submitPractice: { from: [DRAFT], to: IN_REVIEW, verb: "submitted for review" },
  returnPracticeToDraft: { from: [IN_REVIEW], to: DRAFT, verb: "returned to draft" },
  publishPractice: { from: [IN_REVIEW], to: PUBLISHED, verb: "published" },
  withdrawPractice: { from: [DRAFT, IN_REVIEW, PUBLISHED], to: WITHDRAWN, verb: "withdrawn" },
} as const;

export type PracticeTransition = keyof typeof PRACTICE_TRANSITIONS;

/** Refuses a transition the practice's status does not allow, saying which statuses would. */
export function assertTransition(transition: PracticeTransition, practice: Practice): PracticeStatus {
  const { from, to, verb } = PRACTICE_TRANSITIONS[transition];
  if (!(from as readonly PracticeStatus[]).includes(practice.status)) {
    throw conflict("knowledge.transitionRefused", { status: practice.status, step: verb, from: [...from] });
  }
  return to;
}

/**
 * What a practice must say before it is reviewed or published, and how long each text must be at least
 * (characters, spaces at both ends not counted): a summary of a few sentences, a challenge and a potential
 * for transfer of a real sentence or two, a description of how it works in several. Interreg Europe's form
 * asks for the same texts; these minimums keep out placeholders (« à compléter ») without asking for an
 * essay. The Pôle's sample practices all pass.
 */
export const REVIEW_MIN_LENGTHS = {
  summary: 100,
  challenge: 60,
  description: 150,
  transferability: 60,
} as const;

/** The texts a review requires (the summary is required from the start). */
const REQUIRED_FOR_REVIEW = ["challenge", "description", "transferability"] as const;

/**
 * Refuses to put up for review (or publish) a practice that lacks a required text, or whose text is shorter
 * than its minimum (`REVIEW_MIN_LENGTHS`), naming each field (rule `required` or `length`, the message
 * saying the minimum). `minimums: false` checks only that the texts are there (a staff correction of a
 * practice published before the minimums).
 */
export function assertReadyForReview(
  practice: Pick<Practice, keyof typeof REVIEW_MIN_LENGTHS>,
  prefix = "",
  { minimums = true }: { minimums?: boolean } = {},
): void {
  const problems = new InputProblems();
  const fields = REQUIRED_FOR_REVIEW.join(", ");
  for (const field of REQUIRED_FOR_REVIEW.filter((name) => !practice[name]?.trim())) {
    problems.add(`${prefix}${field}`, "required", "knowledge.requiredForReview", { fields });
  }
  if (minimums) {
    for (const [field, min] of Object.entries(REVIEW_MIN_LENGTHS) as [
      keyof typeof REVIEW_MIN_LENGTHS,
      number,
    ][]) {
      const length = practice[field]?.trim().length ?? 0;
      if (length > 0 && length < min) {
        problems.add(`${prefix}${field}`, "length", "knowledge.tooShortForReview", { min, length });
      }
    }
  }
  problems.throwIfAny();
}
