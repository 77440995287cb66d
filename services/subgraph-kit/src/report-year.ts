import { invalidField } from "./field-errors";

/** Years the reports accept. */
export const MIN_REPORT_YEAR = 1900;
export const MAX_REPORT_YEAR = 2100;

/** Refuses a year outside 1900–2100 with a BAD_USER_INPUT that says the accepted range. */
export function assertReportYear(year: number, name = "year"): void {
  if (!Number.isInteger(year) || year < MIN_REPORT_YEAR || year > MAX_REPORT_YEAR) {
    throw invalidField(name, "range", "input.year", {
      min: MIN_REPORT_YEAR,
      max: MAX_REPORT_YEAR,
      value: year,
    });
  }
}

/** Euros as a number from an exact count of cents (a bigint or its decimal string). */
export function centsToEuros(cents: bigint | string | number | null | undefined): number {
  if (cents === null || cents === undefined) return 0;
  const value = BigInt(cents);
  const euros = value / 100n;
  const rest = value % 100n;
  return Number(euros) + Number(rest) / 100;
}
