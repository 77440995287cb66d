import { describe, expect, it } from "vitest";
import {
  actorInWords,
  auditPillarOf,
  countInWords,
  countOf,
  moderationStateOf,
  operationInWords,
  queuePhases,
  recordFilterOf,
  totalOf,
} from "./staff-logic";

const phase = (
  id: string,
  counts: { published: number; pending?: number | null; hidden?: number | null },
  isOpen = false,
  startsOn = "2012-01-01",
) => ({ id, title: `Phase ${id}`, isOpen, startsOn, contributionCounts: counts });

const projects = [
  {
    id: "p1",
    title: "Esplanade",
    phases: [
      phase("a", { published: 4, pending: 1, hidden: 0 }),
      phase("b", { published: 2, pending: 3, hidden: 1 }),
    ],
  },
  {
    id: "p2",
    title: "Square",
    phases: [phase("c", { published: 0, pending: 1, hidden: null }, true, "2026-12-01")],
  },
];

describe("moderationStateOf", () => {
  it("reads the state of the address, pending when absent or unknown", () => {
    expect(moderationStateOf("HIDDEN")).toBe("HIDDEN");
    expect(moderationStateOf("PUBLISHED")).toBe("PUBLISHED");
    expect(moderationStateOf(null)).toBe("PENDING");
    expect(moderationStateOf("hidden")).toBe("PENDING");
  });
});

describe("queuePhases / totalOf / countOf", () => {
  it("lists only the phases holding contributions of the state, open ones first, then the fullest", () => {
    expect(queuePhases(projects, "PENDING").map((p) => p.id)).toEqual(["c", "b", "a"]);
    expect(queuePhases(projects, "PENDING")[0]).toMatchObject({
      projectId: "p2",
      projectTitle: "Square",
      count: 1,
    });
    expect(queuePhases(projects, "HIDDEN").map((p) => p.id)).toEqual(["b"]);
    expect(queuePhases(projects, "PUBLISHED").map((p) => p.id)).toEqual(["a", "b"]);
    expect(queuePhases([], "PENDING")).toEqual([]);
  });

  it("adds the counts of a state over every phase, a count the viewer may not see being none", () => {
    expect(totalOf(projects, "PENDING")).toBe(5);
    expect(totalOf(projects, "HIDDEN")).toBe(1);
    expect(totalOf(projects, "PUBLISHED")).toBe(6);
    expect(countOf({ published: 3, pending: null, hidden: null }, "PENDING")).toBe(0);
  });
});

describe("countInWords", () => {
  it("says none, one or many in French", () => {
    expect(countInWords(0, "contribution")).toBe("aucune contribution");
    expect(countInWords(1, "pratique")).toBe("1 pratique");
    expect(countInWords(1234, "contribution")).toBe("1\u202f234 contributions");
  });
});

describe("audit trail in words", () => {
  it("reads the pillar of the address, none meaning all", () => {
    expect(auditPillarOf("knowledge")).toBe("knowledge");
    expect(auditPillarOf("")).toBeUndefined();
    expect(auditPillarOf("council")).toBeUndefined();
  });

  it("names the operations in French and keeps an unknown one as it is", () => {
    expect(operationInWords("moderateContribution")).toBe("Modération d'une contribution");
    expect(operationInWords("publishPractice")).toBe("Publication d'une pratique");
    expect(operationInWords("renameSomething")).toBe("renameSomething");
  });

  it("says who acted: role, account, member or territory, partner; anonymous callers as such", () => {
    expect(actorInWords({ actorSubject: "anonymous", actorRole: null })).toBe("Anonyme");
    expect(actorInWords({ actorSubject: "anonymous", partner: "besancon-planoise" })).toBe(
      "Anonyme, via le partenaire besancon-planoise",
    );
    expect(actorInWords({ actorSubject: "dev-staff", actorRole: "staff" })).toBe(
      "Équipe du Pôle, compte dev-staff",
    );
    expect(actorInWords({ actorSubject: "territory", actorRole: "territory", actorTerritoryId: "t1" })).toBe(
      "Territoire partenaire, pour le territoire t1",
    );
  });

  it("turns the record typed into a filter, nothing typed meaning none", () => {
    expect(recordFilterOf("  abc ")).toEqual({ recordId: "abc" });
    expect(recordFilterOf("   ")).toBeUndefined();
    expect(recordFilterOf(null)).toBeUndefined();
  });
});
