import { invalidField } from "./field-errors";

/** Years the reports accept. */
export const MIN_REPORT_YEAR = 1900;
export const MAX_REPORT_YEAR = 2100;

/** The Pôle's calendar: a year turns at midnight in Dijon, not in UTC. */
const POLE_TIME_ZONE = "Europe/Paris";

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

/** The current calendar year in Dijon. */
export function currentReportYear(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone: POLE_TIME_ZONE, year: "numeric" }).format(now));
}

/**
 * Refuses (BAD_USER_INPUT) a year outside 1900–2100, or after the current one: a report on a year that has
 * not begun would only hold what was planned, not what happened. The current year is accepted, as a
 * partial report.
 */
export function assertPastOrCurrentYear(year: number, name = "year", now: Date = new Date()): void {
  assertReportYear(year, name);
  const current = currentReportYear(now);
  if (year > current) throw invalidField(name, "range", "input.futureYear", { current, value: year });
}

/** Euros as a number from an exact count of cents (a bigint or its decimal string). */
export function centsToEuros(cents: bigint | string | number | null | undefined): number {
  if (cents === null || cents === undefined) return 0;
  const value = BigInt(cents);
  const euros = value / 100n;
  const rest = value % 100n;
  return Number(euros) + Number(rest) / 100;
}

/** Like `centsToEuros`, but no cents recorded stays null: a report never turns "no data" into 0 €. */
export function centsToEurosOrNull(cents: bigint | string | number | null | undefined): number | null {
  return cents === null || cents === undefined ? null : centsToEuros(cents);
}
