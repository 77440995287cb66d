import { registerEnumType } from "type-graphql";

/** How two members work together on a contract. */
export enum CollaborationKind {
  CO_CONTRACTING = "CO_CONTRACTING",
  SUBCONTRACTING = "SUBCONTRACTING",
  JOINT_BID = "JOINT_BID",
}

registerEnumType(CollaborationKind, {
  name: "CollaborationKind",
  description: "How two members work together.",
  valuesConfig: {
    CO_CONTRACTING: { description: "Co-traitance: both hold the contract together, the lead as mandatary." },
    SUBCONTRACTING: { description: "Sous-traitance: the lead holds the contract, the partner works for it." },
    JOINT_BID: { description: "Réponse groupée: a joint answer to a call for tenders, won or not." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const collaborationKindLabels: Record<CollaborationKind, string> = {
  CO_CONTRACTING: "Co-traitance",
  SUBCONTRACTING: "Sous-traitance",
  JOINT_BID: "Réponse groupée",
};
