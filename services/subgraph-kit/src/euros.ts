import { ValidateBy, type ValidationOptions } from "class-validator";

/** The largest amount of money accepted in an input, in euros (a billion). */
export const MAX_EUROS = 1_000_000_000;

/**
 * An amount in euros with at most two decimals, between `min` (0 by default) and a billion. Decimals are
 * counted on the number, not its text: class-validator's `IsNumber({ maxDecimalPlaces })` reads them from
 * `String(value)` and throws on exponent forms such as `1e-9` (an internal error instead of bad input).
 */
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
