import { describe, expect, it } from "vitest";
import { actionFiltersToSearch, actionYears, parseActionFilters, toActionFilter } from "./action-filters";

describe("the actions list's filters in the URL", () => {
  it("reads the kind and the year", () => {
    expect(parseActionFilters(new URLSearchParams("type=MARKET_STUDY&annee=2012"))).toEqual({
      kind: "MARKET_STUDY",
      year: 2012,
    });
  });

  it("ignores an unknown kind and a year that is not one", () => {
    expect(parseActionFilters(new URLSearchParams("type=PARTY&annee=deux-mille"))).toEqual({
      kind: undefined,
      year: undefined,
    });
    expect(parseActionFilters(new URLSearchParams("annee=12.5")).year).toBeUndefined();
    expect(parseActionFilters(new URLSearchParams("")).year).toBeUndefined();
  });

  it("writes back what it reads", () => {
    const search = actionFiltersToSearch({ kind: "CULTURAL_ARTISTIC", year: 2010 });
    expect(search.toString()).toBe("type=CULTURAL_ARTISTIC&annee=2010");
    expect(parseActionFilters(search)).toEqual({ kind: "CULTURAL_ARTISTIC", year: 2010 });
  });

  it("turns a year into the calendar of the actions running during it", () => {
    expect(toActionFilter({ year: 2011 })).toEqual({ from: "2011-01-01", to: "2011-12-31" });
    expect(toActionFilter({})).toEqual({});
  });

  it("offers the years from 2007 to next year, newest first", () => {
    const years = actionYears(new Date("2026-12-03T00:00:00Z"));
    expect(years[0]).toBe(2027);
    expect(years.at(-1)).toBe(2007);
    expect(years).toHaveLength(21);
  });
});
