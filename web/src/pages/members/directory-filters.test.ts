import { describe, expect, it } from "vitest";
import { directoryFiltersToSearch, parseDirectoryFilters, toMemberFilter } from "./directory-filters";

describe("the directory's filters in the URL", () => {
  it("reads every filter from the query string", () => {
    const filters = parseDirectoryFilters(
      new URLSearchParams("nom=%20cine%20&activite=CINEMA&forme=SCIC&implantation=INSTALLED"),
    );
    expect(filters).toEqual({
      name: "cine",
      activity: "CINEMA",
      legalForm: "SCIC",
      membershipKind: "INSTALLED",
    });
  });

  it("ignores unknown values instead of sending them to the API", () => {
    expect(parseDirectoryFilters(new URLSearchParams("activite=BALLET&forme=x&implantation="))).toEqual({
      name: "",
      activity: undefined,
      legalForm: undefined,
      membershipKind: undefined,
    });
  });

  it("writes only the filters that are set, and reads them back the same", () => {
    const search = directoryFiltersToSearch({ name: " grésilles ", legalForm: "ASSOCIATION" });
    expect(search.toString()).toBe("nom=gr%C3%A9silles&forme=ASSOCIATION");
    expect(parseDirectoryFilters(search)).toMatchObject({ name: "grésilles", legalForm: "ASSOCIATION" });
    expect(directoryFiltersToSearch({ name: "" }).toString()).toBe("");
  });

  it("turns the choices into the API's lists", () => {
    expect(toMemberFilter({ name: "cine", activity: "CINEMA", membershipKind: "ASSOCIATED" })).toEqual({
      nameContains: "cine",
      activities: ["CINEMA"],
      membershipKind: "ASSOCIATED",
    });
    expect(toMemberFilter({ name: "  " })).toEqual({});
  });
});
