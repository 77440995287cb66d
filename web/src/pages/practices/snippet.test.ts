import { describe, expect, it } from "vitest";
import { parseSnippet, SNIPPET_START as S, SNIPPET_STOP as E } from "./snippet";

describe("parseSnippet", () => {
  it("splits a snippet into plain and marked pieces", () => {
    expect(parseSnippet(`Des ${S}résidences${E} d'artistes avec les ${S}habitants${E}.`)).toEqual([
      { text: "Des ", marked: false },
      { text: "résidences", marked: true },
      { text: " d'artistes avec les ", marked: false },
      { text: "habitants", marked: true },
      { text: ".", marked: false },
    ]);
  });

  it("gives one plain piece for a snippet without markers, none for an empty one", () => {
    expect(parseSnippet("Les premiers mots…")).toEqual([{ text: "Les premiers mots…", marked: false }]);
    expect(parseSnippet("")).toEqual([]);
  });

  it("keeps hostile text as text: tags are characters, not markup", () => {
    const hostile = `<img src=x onerror="alert(1)"> ${S}<script>alert(2)</script>${E} &amp;`;
    expect(parseSnippet(hostile)).toEqual([
      { text: '<img src=x onerror="alert(1)"> ', marked: false },
      { text: "<script>alert(2)</script>", marked: true },
      { text: " &amp;", marked: false },
    ]);
  });

  it("joins neighbouring marked words and drops empty pieces", () => {
    expect(parseSnippet(`${S}école${E}${S}s${E} ${S}${E}fin`)).toEqual([
      { text: "écoles", marked: true },
      { text: " fin", marked: false },
    ]);
  });

  it("copes with unbalanced markers: a stray stop is dropped, an open start runs to the end", () => {
    expect(parseSnippet(`a${E}b ${S}c${S}d`)).toEqual([
      { text: "ab ", marked: false },
      { text: "cd", marked: true },
    ]);
  });

  it("keeps characters outside the basic plane whole", () => {
    expect(parseSnippet(`🎭 ${S}théâtre${E}`)).toEqual([
      { text: "🎭 ", marked: false },
      { text: "théâtre", marked: true },
    ]);
  });
});
