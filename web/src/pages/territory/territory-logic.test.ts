import { describe, expect, it } from "vitest";
import {
  completedOnProblem,
  createPracticeInputOf,
  EMPTY_PRACTICE,
  groupByStage,
  reviewProblems,
  stageOf,
  themesOf,
  todayInParis,
  updatePracticeInputOf,
} from "./territory-logic";

describe("stageOf / groupByStage", () => {
  it("tells a draft returned with comments from a fresh one, and leaves withdrawn practices out", () => {
    expect(stageOf({ status: "DRAFT", reviewComments: [] })).toBe("draft");
    expect(stageOf({ status: "DRAFT", reviewComments: [{ id: "1" }] })).toBe("returned");
    expect(stageOf({ status: "IN_REVIEW" })).toBe("inReview");
    expect(stageOf({ status: "WITHDRAWN" })).toBeUndefined();
    const groups = groupByStage([
      { status: "PUBLISHED" as const, title: "a" },
      { status: "DRAFT" as const, title: "b", reviewComments: null },
      { status: "PUBLISHED" as const, title: "c" },
    ]);
    expect(groups.published.map((p) => p.title)).toEqual(["a", "c"]);
    expect(groups.draft.map((p) => p.title)).toEqual(["b"]);
    expect(groups.returned).toEqual([]);
  });
});

describe("reviewProblems", () => {
  it("names each missing or too short text before review", () => {
    const problems = reviewProblems({
      ...EMPTY_PRACTICE,
      title: "T",
      summary: "court",
      challenge: "x".repeat(60),
    });
    expect(problems.title).toBeUndefined();
    expect(problems.challenge).toBeUndefined();
    expect(problems.summary).toBe("Résumé : 5 caractères sur 100 au moins avant la relecture.");
    expect(problems.description).toBe("Description : à rédiger avant la relecture.");
    expect(Object.keys(reviewProblems(EMPTY_PRACTICE))).toContain("title");
  });
  it("is empty for a practice ready for review", () => {
    expect(
      reviewProblems({
        ...EMPTY_PRACTICE,
        title: "T",
        summary: "s".repeat(100),
        challenge: "c".repeat(60),
        description: "d".repeat(150),
        transferability: "t".repeat(60),
      }),
    ).toEqual({});
  });
});

describe("practice inputs", () => {
  it("sends the required texts even when empty, optional ones only when written", () => {
    expect(createPracticeInputOf({ ...EMPTY_PRACTICE, summary: "  Un résumé ", themes: "a, b,,A" })).toEqual({
      title: "",
      summary: "Un résumé",
      pillar: "KNOWLEDGE_SHARING",
      themes: ["a", "b"],
    });
  });
  it("clears an emptied optional text on update", () => {
    const input = updatePracticeInputOf("p1", { ...EMPTY_PRACTICE, title: "T", challenge: " " });
    expect(input).toMatchObject({ id: "p1", title: "T", challenge: null, description: null });
  });
  it("splits keywords on commas, semicolons and lines", () => {
    expect(themesOf("mutualisation ; résidence\nquartier, Quartier")).toEqual([
      "mutualisation",
      "résidence",
      "quartier",
    ]);
  });
});

describe("completedOnProblem", () => {
  it("asks for an end date only once the adoption is over", () => {
    expect(completedOnProblem("PLANNED", "")).toBeUndefined();
    expect(completedOnProblem("PLANNED", "2025-01-01")).toMatch(/Pas de date de fin/);
    expect(completedOnProblem("ADOPTED", "")).toMatch(/Indiquez la date de fin/);
    expect(completedOnProblem("ABANDONED", "2024-01-01", "2025-01-01")).toMatch(/précède/);
    expect(completedOnProblem("ADOPTED", "2025-02-01", "2025-01-01")).toBeUndefined();
  });
});

describe("todayInParis", () => {
  it("gives the Paris date, which may already be tomorrow in UTC terms", () => {
    expect(todayInParis(new Date("2026-03-10T23:30:00Z"))).toBe("2026-03-11");
  });
});
