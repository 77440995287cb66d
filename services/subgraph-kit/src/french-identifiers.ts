/**
 * French identifiers of organisations. SIRET: 14 digits, the SIREN (9 digits) followed by the NIC; both
 * carry a Luhn check digit. La Poste's establishments (SIREN 356000000) are the one exception: the sum of
 * the SIRET's digits is a multiple of 5 instead. RNA: the associations' register, `W` and 9 digits.
 */

/** Luhn check over a string of digits. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const LA_POSTE_SIREN = "356000000";

/** Whether a SIRET is 14 digits with a valid check digit. */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith(LA_POSTE_SIREN) && value !== `${LA_POSTE_SIREN}00048`) {
    return [...value].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0;
  }
  return passesLuhn(value);
}

/** Whether a SIREN is 9 digits with a valid check digit. */
export function isValidSiren(value: string): boolean {
  return /^\d{9}$/.test(value) && passesLuhn(value);
}

/** The SIREN of a SIRET: its first 9 digits. */
export function sirenOf(siret: string): string {
  return siret.slice(0, 9);
}

/** Whether an RNA number is `W` followed by 9 digits (the form of the répertoire national des associations). */
export function isValidRna(value: string): boolean {
  return /^W\d{9}$/.test(value);
}

/** Appends the check digit that makes a string of digits pass Luhn (sample data and tests). */
export function withCheckDigit(prefix: string): string {
  for (let digit = 0; digit <= 9; digit += 1) {
    if (passesLuhn(`${prefix}${digit}`)) return `${prefix}${digit}`;
  }
  throw new Error(`no check digit completes ${prefix}`);
}

/**
 * A format-valid placeholder SIRET, not a real establishment's: the SIREN `8` + 7 digits of `seed` + its
 * check digit, then NIC `0001` + the SIRET's check digit. Sample data and tests only.
 */
export function placeholderSiret(seed: number): string {
  const siren = withCheckDigit(`8${String(seed).padStart(7, "0")}`);
  return withCheckDigit(`${siren}0001`);
}
