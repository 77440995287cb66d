import { describe, expect, it } from "vitest";
import {
  changePercent,
  currentLease,
  figuresFormOf,
  parseFrenchNumber,
  readFiguresForm,
  savingsByCategory,
  savingsByYear,
  slotOf,
  todayLocalDate,
} from "./member-area-logic";

describe("currentLease", () => {
  const old = { id: "a", startsOn: "2007-09-03", endsOn: "2011-12-31" };
  const open = { id: "b", startsOn: "2012-01-01", endsOn: null };
  it("picks the lease in force on the day, open-ended included", () => {
    expect(currentLease([old, open], "2026-12-03")?.id).toBe("b");
    expect(currentLease([old, open], "2010-05-01")?.id).toBe("a");
    expect(currentLease([old, open], "2011-12-31")?.id).toBe("a");
  });
  it("finds none before the first lease or after the last one ended", () => {
    expect(currentLease([old, open], "2007-09-02")).toBeUndefined();
    expect(currentLease([old], "2012-01-01")).toBeUndefined();
  });
});

describe("parseFrenchNumber", () => {
  it("reads French and plain writing", () => {
    expect(parseFrenchNumber("1 234,56")).toBe(1234.56);
    expect(parseFrenchNumber("1\u202f234")).toBe(1234);
    expect(parseFrenchNumber("-12000")).toBe(-12000);
    expect(parseFrenchNumber("6.5")).toBe(6.5);
  });
  it("refuses what is not a number", () => {
    expect(parseFrenchNumber("")).toBeUndefined();
    expect(parseFrenchNumber("douze")).toBeUndefined();
    expect(parseFrenchNumber("1,2,3")).toBeUndefined();
  });
});

describe("readFiguresForm", () => {
  const filled = {
    year: "2024",
    fte: "6,5",
    permanentEmployees: "6",
    budget: "420 000",
    revenue: "150000",
    equity: "-5 000,50",
  };
  it("turns the fields into the mutation's numbers", () => {
    expect(readFiguresForm(filled)).toEqual({
      input: {
        year: 2024,
        fte: 6.5,
        permanentEmployees: 6,
        budget: 420000,
        revenue: 150000,
        equity: -5000.5,
      },
      errors: {},
    });
  });
  it("names each field that is empty, not a number or not whole", () => {
    const { input, errors } = readFiguresForm({ ...filled, year: "", fte: "six", permanentEmployees: "2,5" });
    expect(input).toBeUndefined();
    expect(errors).toEqual({
      year: "Ce champ est obligatoire.",
      fte: "Saisissez un nombre, par exemple 12 500,50.",
      permanentEmployees: "Saisissez un nombre entier.",
    });
  });
  it("leaves ranges to the server (a negative staff reaches it, and its message shows)", () => {
    expect(readFiguresForm({ ...filled, permanentEmployees: "-3" }).input?.permanentEmployees).toBe(-3);
  });
  it("writes a recorded year back into the fields", () => {
    expect(
      figuresFormOf({ year: 2013, fte: 6.5, permanentEmployees: 6, budget: 420000, revenue: 1.5, equity: 0 }),
    ).toEqual({
      year: "2013",
      fte: "6,5",
      permanentEmployees: "6",
      budget: "420000",
      revenue: "1,5",
      equity: "0",
    });
  });
});

describe("changePercent", () => {
  it("gives the change against the earlier value", () => {
    expect(changePercent(100, 125)).toBe(25);
    expect(changePercent(-100, -50)).toBe(50);
  });
  it("gives none without a base", () => {
    expect(changePercent(undefined, 3)).toBeUndefined();
    expect(changePercent(0, 3)).toBeUndefined();
  });
});

describe("slotOf", () => {
  it("reads a slot in the browser's time zone", () => {
    const { startsAt, endsAt, errors } = slotOf("2031-03-12", "09:00", "11:30");
    expect(errors).toEqual({});
    expect(new Date(startsAt!).getHours()).toBe(9);
    expect((new Date(endsAt!).getTime() - new Date(startsAt!).getTime()) / 3_600_000).toBe(2.5);
  });
  it("refuses a missing field or an end before the start", () => {
    expect(slotOf("", "09:00", "10:00").errors).toEqual({ day: "Choisissez le jour." });
    expect(slotOf("2031-03-12", "10:00", "10:00").errors).toEqual({
      end: "La fin doit venir après le début.",
    });
  });
});

describe("savings", () => {
  const engagements = [
    { year: 2012, category: "OFFICE", categoryLabel: "Bureaux", savings: 100.1 },
    { year: 2013, category: "OFFICE", categoryLabel: "Bureaux", savings: 200.2 },
    { year: 2013, category: "ROOMS", categoryLabel: "Salles", savings: 0.1 },
    { year: 2013, category: "ROOMS", categoryLabel: "Salles", savings: 0.2 },
  ];
  it("sums by year, newest first, to the cent", () => {
    expect(savingsByYear(engagements)).toEqual([
      { year: 2013, total: 200.5, count: 3 },
      { year: 2012, total: 100.1, count: 1 },
    ]);
  });
  it("sums by family, largest first", () => {
    expect(savingsByCategory(engagements)).toEqual([
      { category: "OFFICE", label: "Bureaux", total: 300.3, count: 2 },
      { category: "ROOMS", label: "Salles", total: 0.3, count: 2 },
    ]);
  });
});

describe("todayLocalDate", () => {
  it("writes the local day", () => {
    expect(todayLocalDate(new Date(2026, 11, 3, 23, 30))).toBe("2026-12-03");
  });
});
