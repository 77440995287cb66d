import { describe, expect, it } from "vitest";
import { formatDate, formatEuros, formatNumber, formatPercentage } from "./format";

describe("French formats", () => {
  it("shows a LocalDate as the calendar day it names, whatever the browser's time zone", () => {
    expect(formatDate("2013-03-01")).toBe("1 mars 2013");
    expect(formatDate("2013-12-31")).toBe("31 décembre 2013");
  });

  it("shows a missing value as a dash, never as 0", () => {
    expect(formatEuros(null)).toBe("—");
    expect(formatNumber(undefined)).toBe("—");
    expect(formatPercentage(null)).toBe("—");
    expect(formatDate(null)).toBe("—");
  });

  it("writes euros, counts and percentages the French way", () => {
    // Intl uses narrow no-break spaces: compare with plain spaces.
    const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");
    expect(plain(formatEuros(12345.6))).toBe("12 345,60 €");
    expect(plain(formatEuros(12345.6, true))).toBe("12 346 €");
    expect(plain(formatNumber(1234))).toBe("1 234");
    expect(plain(formatPercentage(12.345))).toBe("12,3 %");
  });
});
