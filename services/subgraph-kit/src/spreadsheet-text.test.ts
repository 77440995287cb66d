import { spreadsheetSafeText } from "./spreadsheet-text";

describe("spreadsheetSafeText", () => {
  it.each(['=HYPERLINK("http://example.org")', "+33 1 23", "-quartier", "@SUM(A1)", "\tcmd", "\rcmd"])(
    "neutralises %j with a leading apostrophe",
    (text) => {
      expect(spreadsheetSafeText(text)).toBe(`'${text}`);
    },
  );

  it("keeps other texts as they are, a formula sign inside one included", () => {
    expect(spreadsheetSafeText("Budget = 3,7 M€")).toBe("Budget = 3,7 M€");
    expect(spreadsheetSafeText("")).toBe("");
  });
});
