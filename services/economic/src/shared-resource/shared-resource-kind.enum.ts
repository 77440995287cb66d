import { registerEnumType } from "type-graphql";

/** What members can book. */
export enum SharedResourceKind {
  ROOM = "ROOM",
  EQUIPMENT = "EQUIPMENT",
}

registerEnumType(SharedResourceKind, {
  name: "SharedResourceKind",
  description: "A shared room or a piece of shared equipment.",
  valuesConfig: {
    ROOM: { description: "A shared room of the building (meeting room, studio…)." },
    EQUIPMENT: { description: "Shared equipment (camera, projector, sound system…)." },
  },
});

/** French labels of the values, for display (the `…Label` fields). */
export const sharedResourceKindLabels: Record<SharedResourceKind, string> = {
  ROOM: "Salle",
  EQUIPMENT: "Matériel",
};
