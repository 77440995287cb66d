import { describe, expect, it } from "vitest";
import { lengthOf, openPhaseOf, phaseTiming, todayInDijon } from "./phase-timing";

describe("phaseTiming", () => {
  const phase = { startsOn: "2011-04-01", endsOn: "2012-03-31" };
  it("says a phase is current on its first and last day", () => {
    expect(phaseTiming(phase, "2011-04-01")).toBe("current");
    expect(phaseTiming(phase, "2012-03-31")).toBe("current");
  });
  it("says past after its last day and upcoming before its first", () => {
    expect(phaseTiming(phase, "2012-04-01")).toBe("past");
    expect(phaseTiming(phase, "2011-03-31")).toBe("upcoming");
  });
});

describe("todayInDijon", () => {
  it("reads the day in Dijon, not in UTC", () => {
    // 23:30 UTC on 31 December is already 1 January in Dijon.
    expect(todayInDijon(new Date("2011-12-31T23:30:00Z"))).toBe("2012-01-01");
    expect(todayInDijon(new Date("2011-07-14T10:00:00Z"))).toBe("2011-07-14");
  });
});

describe("openPhaseOf", () => {
  it("picks the phase open today that takes contributions, none when there is none", () => {
    const closed = { id: "a", isOpen: false, acceptsContributions: true };
    const open = { id: "b", isOpen: true, acceptsContributions: true };
    expect(openPhaseOf([closed, open])?.id).toBe("b");
    expect(openPhaseOf([closed])).toBeUndefined();
  });
});

describe("lengthOf", () => {
  it("counts characters as the server does: trimmed, an accented letter or an emoji as one", () => {
    expect(lengthOf("  été  ")).toBe(3);
    expect(lengthOf("🌳 ok")).toBe(4);
  });
});
