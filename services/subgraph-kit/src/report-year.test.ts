import { assertPastOrCurrentYear, centsToEurosOrNull, currentReportYear } from "./report-year";

describe("report years", () => {
  it("turns the year at midnight in Dijon, not in UTC", () => {
    // 23:30 UTC on 31 December is already 1 January in Dijon.
    expect(currentReportYear(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    expect(currentReportYear(new Date("2026-12-31T22:30:00Z"))).toBe(2026);
  });

  it("accepts the current year and refuses the next with BAD_USER_INPUT on the argument", () => {
    const now = new Date("2026-06-01T12:00:00Z");
    expect(() => assertPastOrCurrentYear(2026, "year", now)).not.toThrow();
    expect(() => assertPastOrCurrentYear(2027, "to", now)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: "BAD_USER_INPUT",
          fieldErrors: [expect.objectContaining({ path: ["to"] })],
        }),
      }),
    );
  });

  it("keeps no recorded cents as null, never 0 €", () => {
    expect(centsToEurosOrNull(null)).toBeNull();
    expect(centsToEurosOrNull("370000050")).toBe(3_700_000.5);
    expect(centsToEurosOrNull(0n)).toBe(0);
  });
});
