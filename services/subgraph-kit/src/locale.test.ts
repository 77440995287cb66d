import { currentLocale, negotiateLocale, withLocale } from "./locale";
import { message } from "./messages";

describe("negotiateLocale", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["fr", "fr"],
    ["fr-FR", "fr"],
    ["fr-CA,fr;q=0.9", "fr"],
    ["FR-be", "fr"],
    ["en-GB,en;q=0.9,fr;q=0.8", "en"],
    ["en;q=0.5, fr;q=0.8", "fr"],
    ["de, fr;q=0.5", "fr"],
    ["de, es", "en"],
    ["fr;q=0, en", "en"],
    ["fr;q=0", "en"],
    ["*", "en"],
    [["de", "fr"], "fr"],
    ["not a header;;q=", "en"],
  ])("reads %j as %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});

describe("the request's language", () => {
  it("is English outside a request, and the request's inside, through awaits", async () => {
    expect(currentLocale()).toBe("en");
    await withLocale("fr", async () => {
      await new Promise((resolve) => setImmediate(resolve));
      expect(message("access.forbidden")).toBe("Vous n'avez pas le droit de faire cela.");
    });
    expect(message("access.forbidden")).toBe("You are not allowed to do this.");
  });
});
