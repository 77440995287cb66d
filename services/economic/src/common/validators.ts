import { ValidateBy, type ValidationOptions } from "class-validator";

// The validators every subgraph shares (amounts, organisation identifiers, web addresses) live in the kit.
export { IsEuros, IsRna, IsSiret, IsWebUrl, MAX_EUROS, MAX_URL_LENGTH } from "@pole/subgraph-kit";

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
