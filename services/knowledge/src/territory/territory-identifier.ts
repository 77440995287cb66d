import { invalidField } from "@pole/subgraph-kit";
import { TerritoryKind } from "./territory-kind.enum";

/** Luhn check over a string of digits (the SIREN's check digit). */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Whether a SIREN is 9 digits with a valid check digit. */
export const isValidSiren = (value: string) => /^\d{9}$/.test(value) && passesLuhn(value);

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
