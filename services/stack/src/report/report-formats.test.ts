import { reportsToCsv, toMarkdown } from "./report-formats";
import { rowsOfReport } from "./report-rows";

const report = {
  year: 2013,
  economy: {
    __typename: "EconomyReport",
    memberCount: 15,
    membersByMembershipKind: [
      { key: "INSTALLED", label: "Installées", value: 9 },
      { key: "ASSOCIATED", label: "Associées", value: 6 },
    ],
    changeFromPreviousYear: {
      memberCount: 1,
      membersByMembershipKind: [
        { key: "INSTALLED", label: "Installées", value: 1 },
        { key: "ASSOCIATED", label: "Associées", value: 0 },
      ],
    },
  },
  neighbourhood: { actionCount: 4, changeFromPreviousYear: null },
  knowledge: null,
};

describe("council report rows", () => {
  it("gives every number and breakdown line its row, with its change", () => {
    expect(rowsOfReport(report)).toEqual([
      {
        year: 2013,
        pillar: "economy",
        indicator: "memberCount",
        key: "",
        label: "Structures membres",
        value: 15,
        change: 1,
      },
      {
        year: 2013,
        pillar: "economy",
        indicator: "membersByMembershipKind",
        key: "INSTALLED",
        label: "Structures par implantation — Installées",
        value: 9,
        change: 1,
      },
      {
        year: 2013,
        pillar: "economy",
        indicator: "membersByMembershipKind",
        key: "ASSOCIATED",
        label: "Structures par implantation — Associées",
        value: 6,
        change: 0,
      },
      {
        year: 2013,
        pillar: "neighbourhood",
        indicator: "actionCount",
        key: "",
        label: "Actions menées",
        value: 4,
        change: null,
      },
    ]);
  });

  it("writes Markdown tables with French numbers and signed changes", () => {
    const markdown = toMarkdown(
      rowsOfReport({
        ...report,
        economy: {
          ...report.economy,
          consolidatedBudget: 3700000.5,
          changeFromPreviousYear: { consolidatedBudget: -1200 },
        },
      }),
      "Rapport",
    );
    expect(markdown).toContain("## 2013");
    expect(markdown).toContain("### Développement économique");
    expect(markdown).toMatch(/\| Budget consolidé \(€\) \| 3\s700\s000,5 \| −1\s200 \|/);
    expect(markdown).toContain("| Actions menées | 4 | — |");
  });

  it("writes CSV a spreadsheet reads: BOM, header, quoted cells where needed", () => {
    const csv = reportsToCsv([
      {
        year: 2013,
        pillar: "economy",
        indicator: "x",
        key: "",
        label: 'Dit "ici", là',
        value: 1.5,
        change: null,
      },
    ]);
    expect(csv.startsWith("\uFEFFannee,pilier,indicateur,cle,libelle,valeur,evolution\r\n")).toBe(true);
    expect(csv).toContain('2013,economy,x,,"Dit ""ici"", là",1.5,\r\n');
  });
});
