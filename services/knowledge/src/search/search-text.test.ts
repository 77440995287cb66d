import { parseSearchText } from "./search-text";

describe("parseSearchText", () => {
  it("searches the last word as a prefix, joined to the others", () => {
    expect(parseSearchText("résid")).toEqual({
      words: "",
      prefix: { word: "résid", joiner: "and" },
      plainWords: "résid",
    });
    expect(parseSearchText("jardin parta")).toEqual({
      words: "jardin ",
      prefix: { word: "parta", joiner: "and" },
      plainWords: "jardin parta",
    });
    expect(parseSearchText("cantine or chor")).toEqual({
      words: "cantine ",
      prefix: { word: "chor", joiner: "or" },
      plainWords: "cantine chor",
    });
    expect(parseSearchText("résidence d'artis").prefix).toEqual({ word: "artis", joiner: "and" });
  });

  it.each([
    ["a word excluded", "jardin -fête"],
    ["a closed phrase", '"jardin partagé"'],
    ["a phrase still open", '"jardin parta'],
    ["a word too short", "jardin pa"],
    ["syntax at the end", "jardin -"],
  ])("searches no prefix after %s", (_, text) => {
    expect(parseSearchText(text).prefix).toBeUndefined();
    expect(parseSearchText(text).words).toBe(text);
  });

  it("turns the stop words PostgreSQL's French list lacks into one it has", () => {
    expect(parseSearchText("le la les").words).toBe("le la le");
    expect(parseSearchText("Cette école").words).toBe("le ");
    // Inside a word or a hyphenated word they stay.
    expect(parseSearchText("lesbos").prefix?.word).toBe("lesbos");
    expect(parseSearchText("dit-les jardin").words).toBe("dit-les ");
  });

  it("keeps only the wanted words for the typo-tolerant fallback", () => {
    expect(parseSearchText('"jardn partagé" -fête or cantine').plainWords).toBe("jardn partagé cantine");
  });

  it("composes accents typed as combining marks", () => {
    expect(parseSearchText("re\u0301sid").prefix?.word).toBe("résid");
  });
});
