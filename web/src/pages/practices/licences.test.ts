import { describe, expect, it } from "vitest";
import { citationOf, licenceOf, practiceUri } from "./licences";

describe("licenceOf", () => {
  it("names the licences the graph uses, with their address", () => {
    expect(licenceOf("CC-BY-SA-4.0")).toEqual({
      id: "CC-BY-SA-4.0",
      name: "Creative Commons Attribution – Partage dans les mêmes conditions 4.0 International",
      url: "https://creativecommons.org/licenses/by-sa/4.0/deed.fr",
    });
    expect(licenceOf("etalab-2.0").name).toMatch(/Licence Ouverte/);
  });

  it("falls back on the SPDX page for a licence not in the table", () => {
    expect(licenceOf("MIT")).toEqual({ id: "MIT", name: "MIT", url: "https://spdx.org/licenses/MIT.html" });
  });
});

describe("practiceUri and citationOf", () => {
  const uri = practiceUri("http://127.0.0.1:4000/graphql", "c2000000-0000-4000-8000-000000000002");

  it("puts the JSON-LD document on the gateway's origin", () => {
    expect(uri).toBe("http://127.0.0.1:4000/open-data/practices/c2000000-0000-4000-8000-000000000002.jsonld");
  });

  it("cites the title, the territory, the licence and the URI", () => {
    const citation = citationOf({
      title: "Mutualisation de bureaux",
      territoryName: "Quartier des Grésilles",
      licence: licenceOf("CC-BY-4.0"),
      uri,
    });
    expect(citation).toContain("« Mutualisation de bureaux », Quartier des Grésilles,");
    expect(citation).toContain("CC-BY-4.0");
    expect(citation.endsWith(uri)).toBe(true);
  });

  it("leaves the territory out when it is not known", () => {
    expect(citationOf({ title: "T", territoryName: null, licence: licenceOf("CC0-1.0"), uri })).toMatch(
      /^« T », biblio/,
    );
  });
});
