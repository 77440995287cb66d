import { registerEnumType } from "type-graphql";

/** Where an action stands. */
export enum ActionStatus {
  PLANNED = "PLANNED",
  RUNNING = "RUNNING",
  DONE = "DONE",
  CANCELLED = "CANCELLED",
}

registerEnumType(ActionStatus, {
  name: "ActionStatus",
  description: "Where an action stands.",
  valuesConfig: {
    PLANNED: { description: "Prévue: not started yet." },
    RUNNING: { description: "En cours." },
    DONE: { description: "Terminée (has an end date)." },
    CANCELLED: {
      description: "Annulée (through cancelNeighbourhoodAction; left out of the annual report's figures).",
    },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const actionStatusLabels: Record<ActionStatus, string> = {
  PLANNED: "Prévue",
  RUNNING: "En cours",
  DONE: "Terminée",
  CANCELLED: "Annulée",
};
