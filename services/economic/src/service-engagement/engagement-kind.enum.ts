import { registerEnumType } from "type-graphql";

/** Which record a service engagement comes from. */
export enum EngagementKind {
  COMMERCIAL_ACTION = "COMMERCIAL_ACTION",
  COLLABORATION = "COLLABORATION",
  OFFICE_LEASE = "OFFICE_LEASE",
  BOOKING = "BOOKING",
  GROUP_PURCHASE = "GROUP_PURCHASE",
  CONSULTING_SESSION = "CONSULTING_SESSION",
  TRAINING = "TRAINING",
}

registerEnumType(EngagementKind, {
  name: "EngagementKind",
  description: "The record a service engagement comes from.",
  valuesConfig: {
    COMMERCIAL_ACTION: { description: "Participation in a pooled commercial action." },
    COLLABORATION: { description: "One side of an economic collaboration between two members." },
    OFFICE_LEASE: { description: "An office lease, one engagement per calendar year in force." },
    BOOKING: { description: "A booking of a shared room or piece of equipment." },
    GROUP_PURCHASE: { description: "A share of a group purchase." },
    CONSULTING_SESSION: { description: "A tailored consulting session." },
    TRAINING: { description: "Attendance at a training session." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const engagementKindLabels: Record<EngagementKind, string> = {
  COMMERCIAL_ACTION: "Action commerciale mutualisée",
  COLLABORATION: "Collaboration économique",
  OFFICE_LEASE: "Location de bureau",
  BOOKING: "Réservation d'une salle ou de matériel",
  GROUP_PURCHASE: "Achat groupé",
  CONSULTING_SESSION: "Conseil personnalisé",
  TRAINING: "Formation",
};
