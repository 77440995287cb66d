import { z } from "zod";
import { parseEnv, portVar, postgresUrlVar } from "./env";
import { ConfigError } from "./errors";
import { centsToEuros } from "./report-year";

describe("environment parsing", () => {
  const schema = z.object({ PORT: portVar(4001), DATABASE_URL: postgresUrlVar.optional() });

  it("lists every bad variable at once, each by name", () => {
    let error: unknown;
    try {
      parseEnv(schema, { PORT: "99999", DATABASE_URL: "mysql://x" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(2);
    expect((error as ConfigError).message).toMatch(/PORT: .*\n.*DATABASE_URL: must be a URL/);
  });

  it("applies defaults and counts an empty variable as unset", () => {
    expect(parseEnv(schema, { PORT: "", DATABASE_URL: "" })).toEqual({ PORT: 4001 });
  });
});

describe("money", () => {
  it("turns integer cents into euros exactly, beyond what float sums keep", () => {
    expect(centsToEuros("370000003")).toBe(3_700_000.03);
    expect(centsToEuros(10n + 20n)).toBe(0.3);
    expect(centsToEuros(null)).toBe(0);
    expect(centsToEuros("-150")).toBe(-1.5);
  });
});
