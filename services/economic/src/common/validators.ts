import { ValidateBy, type ValidationOptions } from "class-validator";
import { isValidRna, isValidSiret } from "./identifiers";

/** The largest amount of money accepted in an input, in euros (a billion). */
export const MAX_EUROS = 1_000_000_000;

/** A SIRET: 14 digits with a valid check digit. */
export function IsSiret(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isSiret",
      validator: {
        validate: (value) => typeof value === "string" && isValidSiret(value),
        defaultMessage: () => "must be a SIRET: 14 digits with a valid check digit",
      },
    },
    options,
  );
}

/** An RNA number: `W` followed by 9 digits. */
export function IsRna(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isRna",
      validator: {
        validate: (value) => typeof value === "string" && isValidRna(value),
        defaultMessage: () => "must be an RNA number: W followed by 9 digits",
      },
    },
    options,
  );
}

/** An amount in euros with at most two decimals, between `min` (0 by default) and a billion. */
export function IsEuros({ min = 0 }: { min?: number } = {}, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isEuros",
      constraints: [min, MAX_EUROS],
      validator: {
        validate: (value) =>
          typeof value === "number" &&
          Number.isFinite(value) &&
          value >= min &&
          value <= MAX_EUROS &&
          Math.abs(value * 100 - Math.round(value * 100)) < 1e-6,
        defaultMessage: () =>
          `must be an amount in euros between ${min} and ${MAX_EUROS} with at most two decimals`,
      },
    },
    options,
  );
}

/** A number with at most two decimals in [min, max] (hours, full-time equivalents…). */
export function IsDecimal(
  { min, max, above }: { min?: number; max: number; above?: number },
  options?: ValidationOptions,
): PropertyDecorator {
  const low = above !== undefined ? `above ${above}` : `at least ${min ?? 0}`;
  return ValidateBy(
    {
      name: "isDecimal",
      constraints: [min, max, above],
      validator: {
        validate: (value) =>
          typeof value === "number" &&
          Number.isFinite(value) &&
          (above !== undefined ? value > above : value >= (min ?? 0)) &&
          value <= max &&
          Math.abs(value * 100 - Math.round(value * 100)) < 1e-6,
        defaultMessage: () => `must be a number ${low} and at most ${max}, with at most two decimals`,
      },
    },
    options,
  );
}
