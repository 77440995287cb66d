import { BreakdownItem } from "./breakdown";
import { reportChange } from "./report-change";

class Part {
  count = 0;
  money = 0;
  byKind: BreakdownItem[] = [];
}

const item = (key: string, value: number) => Object.assign(new BreakdownItem(), { key, label: key, value });

describe("change against the previous year", () => {
  it("subtracts every number and breakdown line by key, exactly to the cent (a line the previous year lacks has no change)", () => {
    const current = Object.assign(new Part(), {
      count: 15,
      money: 3_700_000.1,
      byKind: [item("A", 9), item("B", 6)],
    });
    const previous = Object.assign(new Part(), { count: 14, money: 3_400_000.3, byKind: [item("B", 7)] });
    const change = reportChange(current, previous);
    expect(change).toBeInstanceOf(Part);
    expect(change.count).toBe(1);
    expect(change.money).toBe(299_999.8);
    expect(change.byKind.map(({ key, value }) => [key, value])).toEqual([
      ["A", null],
      ["B", -1],
    ]);
  });
});

describe("change against the previous year, without data", () => {
  class Figures {
    budget: number | null = null;
    byKind: BreakdownItem[] = [];
    coverage = "PARTIAL";
  }
  const nullItem = (key: string) => Object.assign(new BreakdownItem(), { key, label: key, value: null });

  it("is null when this year or the previous one has no figure, never the other side's value", () => {
    const noData: Figures = Object.assign(new Figures(), { budget: null, byKind: [nullItem("A")] });
    const data: Figures = Object.assign(new Figures(), { budget: 3_700_000, byKind: [item("A", 4)] });
    const afterGap = reportChange(data, noData);
    expect(afterGap.budget).toBeNull();
    expect(afterGap.byKind[0].value).toBeNull();
    const intoGap = reportChange(noData, data);
    expect(intoGap.budget).toBeNull();
    expect(intoGap.byKind[0].value).toBeNull();
  });

  it("keeps fields that are not figures as they are", () => {
    const change = reportChange(Object.assign(new Figures(), { budget: 2 }), new Figures());
    expect(change.coverage).toBe("PARTIAL");
  });
});
