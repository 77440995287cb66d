import { Payload } from "../payload";
import { Territory } from "./territory.entity";

/** What `createTerritory` returns. */
export const CreateTerritoryPayload = Payload(
  Territory,
  "CreateTerritoryPayload",
  "territory",
  "Result of createTerritory: the new territory.",
);
/** What `updateTerritory` returns. */
export const UpdateTerritoryPayload = Payload(
  Territory,
  "UpdateTerritoryPayload",
  "territory",
  "Result of updateTerritory: the territory as changed.",
);
export type TerritoryPayload = { territory: Territory };
