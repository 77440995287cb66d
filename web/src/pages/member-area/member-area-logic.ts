// The member's area's pure logic: which lease is current, what a figures form says, a booking slot from a
// day and two times, savings summed by year and by family. Unit-tested in member-area-logic.test.ts.

/** Today as a LocalDate (`YYYY-MM-DD`) in the browser's time zone. */
export function todayLocalDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface Dated {
  startsOn: string;
  endsOn?: string | null;
}

/** True when the lease (or period) covers `day`: started on or before it, not ended before it. */
export const inForceOn = (lease: Dated, day: string): boolean =>
  lease.startsOn <= day && (lease.endsOn === null || lease.endsOn === undefined || lease.endsOn >= day);

/** The lease in force on `day`, if any (the latest-started one when two are). */
export function currentLease<T extends Dated>(leases: readonly T[], day: string): T | undefined {
  return [...leases]
    .filter((lease) => inForceOn(lease, day))
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0];
}

/** Leases newest first. */
export const newestFirst = <T extends Dated>(leases: readonly T[]): T[] =>
  [...leases].sort((a, b) => b.startsOn.localeCompare(a.startsOn));

/**
 * A number as a person types it in French: « 1 234,56 », « 1234.56 », « -12 000 ». Undefined when the text
 * is not a number (empty included).
 */
export function parseFrenchNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return undefined;
  return Number(compact);
}

/** The figures form's fields, as typed. */
export interface FiguresFormValues {
  year: string;
  fte: string;
  permanentEmployees: string;
  budget: string;
  revenue: string;
  equity: string;
}

export interface FiguresInput {
  year: number;
  fte: number;
  permanentEmployees: number;
  budget: number;
  revenue: number;
  equity: number;
}

/**
 * Reads the figures form: numbers where numbers are due, whole numbers for the year and the staff. Ranges
 * (a year the structure was a member, no negative staff…) are the server's to judge: its messages show on
 * the same fields.
 */
export function readFiguresForm(values: FiguresFormValues): {
  input?: FiguresInput;
  errors: Partial<Record<keyof FiguresFormValues, string>>;
} {
  const errors: Partial<Record<keyof FiguresFormValues, string>> = {};
  const read = (field: keyof FiguresFormValues, whole: boolean): number => {
    const text = values[field].trim();
    if (text === "") {
      errors[field] = "Ce champ est obligatoire.";
      return NaN;
    }
    const value = parseFrenchNumber(text);
    if (value === undefined) errors[field] = "Saisissez un nombre, par exemple 12 500,50.";
    else if (whole && !Number.isInteger(value)) errors[field] = "Saisissez un nombre entier.";
    return value ?? NaN;
  };
  const input: FiguresInput = {
    year: read("year", true),
    fte: read("fte", false),
    permanentEmployees: read("permanentEmployees", true),
    budget: read("budget", false),
    revenue: read("revenue", false),
    equity: read("equity", false),
  };
  return Object.keys(errors).length > 0 ? { errors } : { input, errors };
}

/** A recorded year back into the form's fields (to correct it). */
export function figuresFormOf(year: FiguresInput): FiguresFormValues {
  return {
    year: String(year.year),
    fte: String(year.fte).replace(".", ","),
    permanentEmployees: String(year.permanentEmployees),
    budget: String(year.budget).replace(".", ","),
    revenue: String(year.revenue).replace(".", ","),
    equity: String(year.equity).replace(".", ","),
  };
}

/** Change from `before` to `after` in percent; undefined without a base to compare with. */
export function changePercent(before: number | undefined, after: number | undefined): number | undefined {
  if (before === undefined || after === undefined || before === 0) return undefined;
  return ((after - before) / Math.abs(before)) * 100;
}

/**
 * A booking slot from a day (`YYYY-MM-DD`) and two times (`HH:MM`), read in the browser's time zone, as
 * the instants the graph takes; errors by field when the slot cannot be read or ends before it starts.
 */
export function slotOf(
  day: string,
  start: string,
  end: string,
): { startsAt?: string; endsAt?: string; errors: Partial<Record<"day" | "start" | "end", string>> } {
  const errors: Partial<Record<"day" | "start" | "end", string>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) errors.day = "Choisissez le jour.";
  if (!/^\d{2}:\d{2}$/.test(start)) errors.start = "Choisissez l'heure de début.";
  if (!/^\d{2}:\d{2}$/.test(end)) errors.end = "Choisissez l'heure de fin.";
  if (Object.keys(errors).length > 0) return { errors };
  const startsAt = new Date(`${day}T${start}:00`);
  const endsAt = new Date(`${day}T${end}:00`);
  if (Number.isNaN(startsAt.getTime())) return { errors: { day: "Ce jour n'existe pas." } };
  if (endsAt <= startsAt) return { errors: { end: "La fin doit venir après le début." } };
  return { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), errors };
}

export interface Engagement {
  year: number;
  category: string;
  categoryLabel?: string | null;
  savings: number;
}

export interface YearSavings {
  year: number;
  total: number;
  count: number;
}

/** Savings summed by year, newest first. */
export function savingsByYear(engagements: readonly Engagement[]): YearSavings[] {
  const byYear = new Map<number, YearSavings>();
  for (const engagement of engagements) {
    const row = byYear.get(engagement.year) ?? { year: engagement.year, total: 0, count: 0 };
    row.total = roundCents(row.total + engagement.savings);
    row.count += 1;
    byYear.set(engagement.year, row);
  }
  return [...byYear.values()].sort((a, b) => b.year - a.year);
}

export interface CategorySavings {
  category: string;
  label: string;
  total: number;
  count: number;
}

/** Savings summed by family of service, largest first. */
export function savingsByCategory(engagements: readonly Engagement[]): CategorySavings[] {
  const byCategory = new Map<string, CategorySavings>();
  for (const engagement of engagements) {
    const row = byCategory.get(engagement.category) ?? {
      category: engagement.category,
      label: engagement.categoryLabel ?? engagement.category,
      total: 0,
      count: 0,
    };
    row.total = roundCents(row.total + engagement.savings);
    row.count += 1;
    byCategory.set(engagement.category, row);
  }
  return [...byCategory.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}

const roundCents = (euros: number) => Math.round(euros * 100) / 100;
