import { isValidRna, isValidSiren, isValidSiret, placeholderSiret, sirenOf } from "./identifiers";

describe("French identifiers", () => {
  it("accepts a SIRET whose check digit is right and refuses one digit off", () => {
    expect(isValidSiret("73282932000074")).toBe(true);
    expect(isValidSiret("73282932000075")).toBe(false);
  });

  it("refuses a SIRET that is not 14 digits", () => {
    expect(isValidSiret("7328293200007")).toBe(false);
    expect(isValidSiret("7328293200007A")).toBe(false);
    expect(isValidSiret(" 73282932000074")).toBe(false);
  });

  it("checks La Poste's establishments by the sum of their digits", () => {
    expect(isValidSiret("35600000000048")).toBe(true);
    expect(isValidSiret("35600000012346")).toBe(true); // digit sum 30
    expect(isValidSiret("35600000012347")).toBe(false); // digit sum 31
  });

  it("derives the SIREN, itself a valid SIREN", () => {
    expect(sirenOf("73282932000074")).toBe("732829320");
    expect(isValidSiren("732829320")).toBe(true);
    expect(isValidSiren("732829321")).toBe(false);
  });

  it("makes placeholder SIRETs whose SIRET and SIREN are both valid", () => {
    for (const seed of [0, 1, 42, 9_999_999]) {
      const siret = placeholderSiret(seed);
      expect(siret).toMatch(/^8\d{13}$/);
      expect(isValidSiret(siret)).toBe(true);
      expect(isValidSiren(sirenOf(siret))).toBe(true);
    }
  });

  it("accepts RNA numbers as W and 9 digits only", () => {
    expect(isValidRna("W212001234")).toBe(true);
    expect(isValidRna("w212001234")).toBe(false);
    expect(isValidRna("W21200123")).toBe(false);
    expect(isValidRna("212001234")).toBe(false);
  });
});
