import { BreakdownItem } from "./breakdown";
import { reportChange } from "./report-change";

class Part {
  count = 0;
  money = 0;
  byKind: BreakdownItem[] = [];
}

const item = (key: string, value: number) => Object.assign(new BreakdownItem(), { key, label: key, value });

describe("change against the previous year", () => {
  it("subtracts every number and breakdown line by key, exactly to the cent", () => {
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
      ["A", 9],
      ["B", -1],
    ]);
  });
});
