import { Payload } from "../payload";
import { Practice } from "./practice.entity";

/** What `createPractice` returns. */
export const CreatePracticePayload = Payload(
  Practice,
  "CreatePracticePayload",
  "practice",
  "Result of createPractice: the new practice.",
);
/** What `updatePractice` returns. */
export const UpdatePracticePayload = Payload(
  Practice,
  "UpdatePracticePayload",
  "practice",
  "Result of updatePractice: the practice as changed.",
);
/** What `submitPractice` returns. */
export const SubmitPracticePayload = Payload(
  Practice,
  "SubmitPracticePayload",
  "practice",
  "Result of submitPractice: the practice, now IN_REVIEW.",
);
/** What `returnPracticeToDraft` returns. */
export const ReturnPracticeToDraftPayload = Payload(
  Practice,
  "ReturnPracticeToDraftPayload",
  "practice",
  "Result of returnPracticeToDraft: the practice, a DRAFT again.",
);
/** What `publishPractice` returns. */
export const PublishPracticePayload = Payload(
  Practice,
  "PublishPracticePayload",
  "practice",
  "Result of publishPractice: the practice, now PUBLISHED.",
);
/** What `withdrawPractice` returns. */
export const WithdrawPracticePayload = Payload(
  Practice,
  "WithdrawPracticePayload",
  "practice",
  "Result of withdrawPractice: the practice, now WITHDRAWN.",
);
export type PracticePayload = { practice: Practice };
