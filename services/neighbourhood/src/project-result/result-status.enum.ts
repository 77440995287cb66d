import { registerEnumType } from "type-graphql";

/** Where a result stands, read from its progress. */
export enum ResultStatus {
  NOT_STARTED = "NOT_STARTED",
  IN_PROGRESS = "IN_PROGRESS",
  COMPLETED = "COMPLETED",
}

/** The status a progress means: 0 % not started, 100 % completed, in progress between. */
export function resultStatusOf(progress: number): ResultStatus {
  if (progress <= 0) return ResultStatus.NOT_STARTED;
  if (progress >= 100) return ResultStatus.COMPLETED;
  return ResultStatus.IN_PROGRESS;
}

registerEnumType(ResultStatus, {
  name: "ResultStatus",
  description: "Where a project result stands, read from its progress.",
  valuesConfig: {
    NOT_STARTED: { description: "Pas commencé (0 %)." },
    IN_PROGRESS: { description: "En cours (1 to 99 %)." },
    COMPLETED: { description: "Réalisé (100 %)." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const resultStatusLabels: Record<ResultStatus, string> = {
  NOT_STARTED: "Pas commencé",
  IN_PROGRESS: "En cours",
  COMPLETED: "Réalisé",
};
