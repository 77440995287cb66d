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

/** What a practice must say before it is reviewed or published. */
const REQUIRED_FOR_REVIEW = ["challenge", "description", "transferability"] as const;

/** Refuses to put up for review (or publish) a practice that lacks a required text, naming each one. */
export function assertReadyForReview(
  practice: Pick<Practice, (typeof REQUIRED_FOR_REVIEW)[number]>,
  prefix = "",
): void {
  const problems = new InputProblems();
  const fields = REQUIRED_FOR_REVIEW.join(", ");
  for (const field of REQUIRED_FOR_REVIEW.filter((name) => !practice[name]?.trim())) {
    problems.add(`${prefix}${field}`, "required", "knowledge.requiredForReview", { fields });
  }
  problems.throwIfAny();
}
