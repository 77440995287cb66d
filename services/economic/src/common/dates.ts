import { invalidField, type IsoDate } from "@pole/subgraph-kit";

/** Today's date in UTC, `YYYY-MM-DD`. */
export function today(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

/** The calendar day before a `YYYY-MM-DD` date. */
export function dayBefore(date: IsoDate): IsoDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Refuses an end before a start: a field error on `endName`, naming `startName` (a field or a date). */
export function assertOrdered(
  start: IsoDate | Date,
  end: IsoDate | Date | null | undefined,
  startName: string,
  endName: string,
  strictly = false,
): void {
  if (end === null || end === undefined) return;
  const a = start instanceof Date ? start.getTime() : start;
  const b = end instanceof Date ? end.getTime() : end;
  if (strictly ? b <= a : b < a) {
    throw invalidField(endName, "order", strictly ? "input.after" : "input.notBefore", { other: startName });
  }
}
