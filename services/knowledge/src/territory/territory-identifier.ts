import { invalidField, isValidSiren } from "@pole/subgraph-kit";
import { TerritoryKind } from "./territory-kind.enum";

/**
 * Refuses (BAD_USER_INPUT) a territory whose identifiers do not fit its kind: an intercommunality (EPCI) is
 * identified by its SIREN and has no INSEE code; a commune, department or region has its INSEE code. A
 * SIREN must carry a valid check digit. The database checks the same (but the check digit).
 */
export function assertTerritoryIdentifiers(territory: {
  kind: TerritoryKind;
  inseeCode: string | null;
  siren: string | null;
}): void {
  if (territory.siren !== null && !isValidSiren(territory.siren)) {
    throw invalidField("input.siren", "format", "format.siren");
  }
  if (territory.kind === TerritoryKind.INTERCOMMUNALITY) {
    if (territory.inseeCode !== null) {
      throw invalidField("input.inseeCode", "consistency", "knowledge.intercommunalityInseeCode");
    }
    if (territory.siren === null) {
      throw invalidField("input.siren", "required", "knowledge.intercommunalitySiren");
    }
  } else if (territory.inseeCode === null) {
    throw invalidField("input.inseeCode", "required", "knowledge.territoryInseeCode");
  }
}
