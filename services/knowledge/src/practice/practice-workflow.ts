import { apiError, badUserInput } from "@pole/subgraph-kit";
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
    throw apiError(
      "CONFLICT",
      `A ${practice.status} practice cannot be ${verb}: only a practice in status ${from.join(" or ")} can.`,
    );
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
  const missing = REQUIRED_FOR_REVIEW.filter((field) => !practice[field]?.trim());
  if (missing.length > 0) {
    throw badUserInput(
      `A practice needs ${REQUIRED_FOR_REVIEW.join(", ")} before review; missing: ${missing
        .map((field) => `${prefix}${field}`)
        .join(", ")}.`,
    );
  }
}
