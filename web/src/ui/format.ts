// French dates and numbers (Intl), as the site shows them everywhere.

const dateFormat = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});
const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const wholeEuroFormat = new Intl.NumberFormat("fr-FR", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
});
const numberFormat = new Intl.NumberFormat("fr-FR");

/** A LocalDate (`YYYY-MM-DD`, a day in Dijon) as « 12 mars 2013 »: read as a calendar day, no time-zone shift. */
export function formatDate(localDate: string | null | undefined): string {
  if (!localDate) return "—";
  const [year, month, day] = localDate.split("-").map(Number);
  return dateFormat.format(new Date(Date.UTC(year, month - 1, day)));
}

/** An instant (DateTimeISO) as « 3 décembre 2026 à 10:15 », Paris time. */
export function formatDateTime(instant: string | null | undefined): string {
  return instant ? dateTimeFormat.format(new Date(instant)) : "—";
}

/** Euros: « 12 345,67 € »; `whole` drops the cents (« 12 346 € »). Null is « — », never 0 €. */
export function formatEuros(amount: number | null | undefined, whole = false): string {
  if (amount === null || amount === undefined) return "—";
  return (whole ? wholeEuroFormat : euroFormat).format(amount);
}

/** A count or measure: « 1 234 ». Null is « — ». */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : numberFormat.format(value);
}

/** A percentage from 0 to 100: « 12,5 % ». Null is « — ». */
export function formatPercentage(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return "—";
  return `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: digits }).format(value)} %`;
}
