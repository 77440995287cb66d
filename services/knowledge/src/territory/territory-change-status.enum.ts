import { registerEnumType } from "type-graphql";

/** Where a territory's requested change of its identity stands. */
export enum TerritoryChangeStatus {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}

registerEnumType(TerritoryChangeStatus, {
  name: "TerritoryChangeStatus",
  description: "Where a territory's requested change of its name, codes or kind stands.",
  valuesConfig: {
    PENDING: { description: "Waiting for the Pôle's staff to review it; not applied yet." },
    APPROVED: { description: "Approved by staff and applied to the territory." },
    REJECTED: { description: "Rejected by staff, with a reason; the territory did not change." },
  },
});

/** French labels of the values, for display. */
export const territoryChangeStatusLabels: Record<TerritoryChangeStatus, string> = {
  PENDING: "En attente de relecture",
  APPROVED: "Approuvée",
  REJECTED: "Refusée",
};
