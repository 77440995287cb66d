import { describe, expect, it } from "vitest";
import {
  DEFAULT_FROM,
  DEFAULT_TO,
  downloadFileName,
  formatChangePercent,
  listInWords,
  parseYearRange,
  percentChange,
  seriesOf,
  usesSampleData,
  yearsOf,
  yearsWithoutData,
  yearsWithPartialData,
  type YearAnswer,
} from "./council-logic";

const range = (query: string, current = 2026) => parseYearRange(new URLSearchParams(query), current);

describe("parseYearRange", () => {
  it("takes a recent range that includes 2013 when the URL says nothing", () => {
    expect(range("")).toEqual({ ok: true, from: DEFAULT_FROM, to: DEFAULT_TO });
    expect(DEFAULT_FROM).toBeLessThanOrEqual(2013);
    expect(DEFAULT_TO).toBeGreaterThanOrEqual(2013);
  });

  it("reads both years, and one alone as far as the default end (or itself when later)", () => {
    expect(range("from=2011&to=2013")).toEqual({ ok: true, from: 2011, to: 2013 });
    expect(range("from=2013&to=2013")).toEqual({ ok: true, from: 2013, to: 2013 });
    expect(range("from=2008")).toEqual({ ok: true, from: 2008, to: DEFAULT_TO });
    expect(range("from=2015")).toEqual({ ok: true, from: 2015, to: 2015 });
    expect(range("from=%202011%20&to=2012")).toEqual({ ok: true, from: 2011, to: 2012 });
  });

  it("refuses, in words, what the graph would refuse", () => {
    const refused = (query: string, current?: number) => {
      const result = range(query, current);
      expect(result.ok).toBe(false);
      return result.ok ? "" : result.message;
    };
    expect(refused("from=deux-mille&to=2013")).toMatch(/quatre chiffres/);
    expect(refused("from=13&to=2013")).toMatch(/quatre chiffres/);
    expect(refused("from=2013.5&to=2014")).toMatch(/quatre chiffres/);
    expect(refused("from=2013&to=2011")).toMatch(/\(2013\) vient après la dernière \(2011\)/);
    expect(refused("from=1850&to=2013")).toMatch(/1900/);
    expect(refused("from=2020&to=2027", 2026)).toMatch(/au plus 2026/);
    expect(refused("from=1950&to=2013")).toMatch(/Au plus 30 années/);
    expect(range("from=1984&to=2013").ok).toBe(true);
  });
});

const reports: YearAnswer[] = [
  {
    year: 2010,
    economy: { coverage: "PARTIAL", sampleData: true, fte: 23, memberCount: 7, changeFromPreviousYear: null },
    knowledge: { coverage: "NONE", sampleData: false, practiceCount: null, changeFromPreviousYear: null },
  },
  {
    year: 2011,
    economy: {
      coverage: "COMPLETE",
      sampleData: true,
      fte: 42.5,
      memberCount: 11,
      changeFromPreviousYear: { fte: 19.5, memberCount: 4 },
    },
    knowledge: { coverage: "NONE", sampleData: false, practiceCount: null, changeFromPreviousYear: null },
  },
  // 2012 missing from the answer altogether.
  {
    year: 2013,
    economy: {
      coverage: "COMPLETE",
      sampleData: true,
      fte: 57,
      memberCount: 15,
      changeFromPreviousYear: { fte: 6.5, memberCount: 2 },
    },
    knowledge: {
      coverage: "COMPLETE",
      sampleData: true,
      practiceCount: 2,
      changeFromPreviousYear: { practiceCount: 0 },
    },
  },
];

describe("seriesOf", () => {
  const years = yearsOf(2010, 2013);

  it("gives every year of the range in order, a year without data as null (a gap), never 0", () => {
    const fte = seriesOf(reports, "economy", "fte", years);
    expect(fte.map((point) => point.year)).toEqual([2010, 2011, 2012, 2013]);
    expect(fte.map((point) => point.value)).toEqual([23, 42.5, null, 57]);
    const practices = seriesOf(reports, "knowledge", "practiceCount", years);
    expect(practices.map((point) => point.value)).toEqual([null, null, null, 2]);
  });

  it("carries the graph's change and its percentage of the previous year", () => {
    const fte = seriesOf(reports, "economy", "fte", years);
    expect(fte[0]).toEqual({ year: 2010, value: 23, change: null, changePercent: null });
    expect(fte[1]).toEqual({ year: 2011, value: 42.5, change: 19.5, changePercent: 84.8 });
    expect(fte[2]).toEqual({ year: 2012, value: null, change: null, changePercent: null });
    expect(fte[3].changePercent).toBe(12.9);
    const practices = seriesOf(reports, "knowledge", "practiceCount", years);
    expect(practices[3]).toEqual({ year: 2013, value: 2, change: 0, changePercent: 0 });
  });

  it("treats a missing or failed pillar as no data", () => {
    const noPart: YearAnswer[] = [{ year: 2013, economy: null }];
    expect(seriesOf(noPart, "economy", "fte", [2013])[0].value).toBeNull();
    expect(seriesOf(noPart, "neighbourhood", "hours", [2013])[0].value).toBeNull();
  });
});

describe("percentChange and its French form", () => {
  it("is the report tool's: to 0.1 %, null without a previous figure or from 0, never −0", () => {
    expect(percentChange(15, 2)).toBe(15.4);
    expect(percentChange(10, -10)).toBe(-50);
    expect(percentChange(0, -10)).toBe(-100);
    expect(percentChange(5, 5)).toBeNull(); // previous 0
    expect(percentChange(null, 3)).toBeNull();
    expect(percentChange(3, null)).toBeNull();
    expect(Object.is(percentChange(1000000, -0.001), -0)).toBe(false);
  });

  it("is signed with a real minus, « 0 % » for no change, « — » when not computable", () => {
    expect(formatChangePercent(15.4)).toBe("+15,4 %");
    expect(formatChangePercent(-3)).toBe("−3 %");
    expect(formatChangePercent(0)).toBe("0 %");
    expect(formatChangePercent(1234.5)).toBe("+1 234,5 %".replace(" ", "\u202f"));
    expect(formatChangePercent(null)).toBe("—");
  });
});

describe("coverage and sample data", () => {
  it("lists the years without data (coverage NONE or no part) and the partial ones", () => {
    expect(yearsWithoutData(reports, "knowledge", yearsOf(2010, 2013))).toEqual([2010, 2011, 2012]);
    expect(yearsWithoutData(reports, "economy", yearsOf(2010, 2013))).toEqual([2012]);
    expect(yearsWithPartialData(reports, "economy")).toEqual([2010]);
  });

  it("says whether any part rests on sample data", () => {
    expect(usesSampleData(reports)).toBe(true);
    expect(usesSampleData([{ year: 2013, economy: { sampleData: false }, knowledge: null }])).toBe(false);
  });

  it("writes lists and file names in words", () => {
    expect(listInWords([2010])).toBe("2010");
    expect(listInWords([2010, 2011, 2013])).toBe("2010, 2011 et 2013");
    expect(downloadFileName("rapport", 2011, 2013, "xlsx")).toBe("pole-rapport-2011-2013.xlsx");
    expect(downloadFileName("subventions-scdl", 2013, 2013, "csv")).toBe("pole-subventions-scdl-2013.csv");
  });
});
