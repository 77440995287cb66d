import { QPV_CODE, QPV_CODE_MAX_LENGTH, qpvCodeCheck, qpvCodesCheck } from "./qpv-code";

describe("QPV codes", () => {
  it.each([
    ["QN02501M", "the issue's example: QN, department 025, number 01, a letter"],
    ["QN025012M", "QN + 7 characters: a 3-digit number"],
    ["QN02501", "no final letter"],
    ["QN02A01M", "Corsica's department 02A"],
    ["QN97101M", "an overseas department"],
    ["QP021003", "the 2015 geography: QP + 6 digits"],
  ])("accepts %s (%s)", (code) => {
    expect(QPV_CODE.test(code)).toBe(true);
    expect(code.length).toBeLessThanOrEqual(QPV_CODE_MAX_LENGTH);
  });

  it.each([
    "QN2501M",
    "qn02501M",
    "QN02501m",
    " QN02501M",
    "QN02501M ",
    "QN02501MM",
    "QN0250123M",
    "QN02C01M",
    "QP21003",
    "QP0210034",
    "QPV021003",
    "",
  ])("refuses %j", (code) => {
    expect(QPV_CODE.test(code)).toBe(false);
  });

  it("writes the same rule for PostgreSQL, anchored, for a column and for an array", () => {
    expect(qpvCodeCheck("qpv_code")).toBe(`"qpv_code" ~ '${QPV_CODE.source}'`);
    expect(qpvCodesCheck("qpv_codes")).toBe(
      `array_to_string("qpv_codes", ',') ~ '^((QP[0-9]{6}|QN[0-9]{2}[0-9AB][0-9]{2,3}[A-Z]?)(,(QP[0-9]{6}|QN[0-9]{2}[0-9AB][0-9]{2,3}[A-Z]?))*)?$'`,
    );
  });
});
