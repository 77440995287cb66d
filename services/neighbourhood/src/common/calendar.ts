import type { IsoDate } from "@pole/subgraph-kit";

/** The Pôle's time zone: phases open and close on Dijon's calendar. */
export const POLE_TIME_ZONE = "Europe/Paris";

/** Today's date in Dijon as `YYYY-MM-DD`. */
export function todayInDijon(now: Date = new Date()): IsoDate {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: POLE_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
