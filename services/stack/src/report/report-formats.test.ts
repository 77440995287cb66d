import ExcelJS from "exceljs";
import { reportsToCsv, toMarkdown } from "./report-formats";
import { lineChart, reportsToHtml } from "./report-html";
import {
  catalogueEntries,
  catalogueOf,
  percentChange,
  rowsOfReport,
  usesSampleData,
  wideRows,
  withoutTypename,
} from "./report-rows";
import { fundingToXlsx, reportsToXlsx } from "./report-xlsx";

const indicator = (
  pillar: string,
  key: string,
  label: string,
  unit: string,
  unitLabel: string,
  breakdown = false,
) => ({
  __typename: "ReportIndicator",
  key,
  pillar,
  label,
  definition: `Définition de ${label}.`,
  unit,
  unitLabel,
  source: "Registre",
  breakdown,
});

const catalogue = catalogueOf({
  __typename: "ReportIndicatorCatalogue",
  economy: [
    indicator("ECONOMY", "memberCount", "Structures membres", "COUNT", "nombre"),
    indicator("ECONOMY", "membersByMembershipKind", "Structures par implantation", "COUNT", "nombre", true),
    indicator("ECONOMY", "consolidatedBudget", "Budget consolidé", "EUROS", "€"),
  ],
  neighbourhood: [indicator("NEIGHBOURHOOD", "actionCount", "Actions menées", "COUNT", "nombre")],
  knowledge: null,
});

const report = {
  year: 2013,
  economy: {
    __typename: "EconomyReport",
    memberCount: 15,
    membersByMembershipKind: [
      { __typename: "BreakdownItem", key: "INSTALLED", label: "Installées", value: 9 },
      { __typename: "BreakdownItem", key: "ASSOCIATED", label: "Associées", value: 6 },
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

/** A year without data, as the economy part answers it once figures are nullable (other helpers' fields). */
const emptyYear = {
  year: 2014,
  economy: {
    memberCount: 15,
    consolidatedBudget: null,
    coverage: "PARTIAL",
    sampleData: true,
    changeFromPreviousYear: { memberCount: 0, consolidatedBudget: null },
  },
  neighbourhood: null,
  knowledge: null,
};

describe("council report rows", () => {
  it("gives every number and breakdown line its row, with its label and unit from the catalogue, and its change", () => {
    expect(rowsOfReport(report, catalogue)).toEqual([
      expect.objectContaining({
        year: 2013,
        pillar: "economy",
        indicator: "memberCount",
        key: "",
        label: "Structures membres",
        unit: "nombre",
        value: 15,
        change: 1,
        changePercent: 7.1,
        sampleData: false,
        coverage: "",
      }),
      expect.objectContaining({
        indicator: "membersByMembershipKind",
        key: "INSTALLED",
        label: "Structures par implantation — Installées",
        value: 9,
        change: 1,
        changePercent: 12.5,
      }),
      expect.objectContaining({ key: "ASSOCIATED", value: 6, change: 0, changePercent: 0 }),
      expect.objectContaining({
        pillar: "neighbourhood",
        indicator: "actionCount",
        label: "Actions menées",
        value: 4,
        change: null,
        changePercent: null,
      }),
    ]);
  });

  it("keeps a figure without data null, with a null change, and reads the part's coverage and sample flag", () => {
    const rows = rowsOfReport(emptyYear, catalogue);
    expect(rows.map((row) => row.indicator)).toEqual(["memberCount", "consolidatedBudget"]);
    expect(rows[1]).toMatchObject({ value: null, change: null, changePercent: null, unit: "€" });
    expect(rows[0]).toMatchObject({ sampleData: true, coverage: "Données partielles", changePercent: 0 });
    expect(usesSampleData([report])).toBe(false);
    expect(usesSampleData([report, emptyYear])).toBe(true);
  });

  it("gives a percentage change only against a previous figure that is neither null nor 0", () => {
    expect(percentChange(15, 1)).toBe(7.1);
    expect(percentChange(4, 4)).toBeNull(); // previous 0
    expect(percentChange(null, null)).toBeNull();
    expect(percentChange(3, null)).toBeNull();
    expect(percentChange(-50, -100)).toBe(-200); // from +50 to −50
  });

  it("falls back on the field name when the catalogue lacks an indicator", () => {
    expect(rowsOfReport({ year: 2013, knowledge: { practiceCount: 2 } }, catalogue)[0]).toMatchObject({
      label: "practiceCount",
      unit: "",
    });
  });

  it("pivots to one line per indicator with a value per year, gaps as null", () => {
    const { years, rows } = wideRows([
      ...rowsOfReport(report, catalogue),
      ...rowsOfReport(emptyYear, catalogue),
    ]);
    expect(years).toEqual([2013, 2014]);
    expect(rows.find((row) => row.indicator === "memberCount")).toMatchObject({
      values: [15, 15],
      sampleData: true,
    });
    expect(rows.find((row) => row.indicator === "consolidatedBudget")!.values).toEqual([null, null]);
    expect(rows.find((row) => row.key === "INSTALLED")!.values).toEqual([9, null]);
    expect(rows.find((row) => row.indicator === "actionCount")!.sampleData).toBe(false);
  });

  it("removes __typename at every depth of a JSON answer", () => {
    const text = JSON.stringify(withoutTypename([report]));
    expect(text).not.toContain("__typename");
    expect(JSON.parse(text)[0].economy.membersByMembershipKind[0]).toEqual({
      key: "INSTALLED",
      label: "Installées",
      value: 9,
    });
  });
});

describe("Markdown", () => {
  it("writes tables with French numbers, units, signed and percentage changes", () => {
    const markdown = toMarkdown(
      rowsOfReport(
        {
          ...report,
          economy: {
            ...report.economy,
            consolidatedBudget: 3700000.5,
            changeFromPreviousYear: { consolidatedBudget: -1200 },
          },
        },
        catalogue,
      ),
      "Rapport",
    );
    expect(markdown).toContain("## 2013");
    expect(markdown).toContain("### Développement économique");
    expect(markdown).toMatch(/\| Budget consolidé \| € \| 3\s700\s000,5 \| −1\s200 \| 0 % \|/);
    expect(markdown).toContain("| Actions menées | nombre | 4 | — | — |");
  });

  it("prints a null figure as « n.d. » with its legend, never 0, and says when data are samples", () => {
    const markdown = toMarkdown(rowsOfReport(emptyYear, catalogue), "Rapport", { sampleData: true });
    expect(markdown).toContain("| Budget consolidé | € | n.d. | — | — |");
    expect(markdown).toContain("n.d. : non disponible");
    expect(markdown).toContain("Couverture : Données partielles.");
    expect(markdown).toMatch(/^> \*\*Données d'exemple/m);
    expect(toMarkdown(rowsOfReport(report, catalogue), "Rapport")).not.toContain("Données d'exemple");
  });

  it("lays out wide: a column per year", () => {
    const markdown = toMarkdown(
      [...rowsOfReport(report, catalogue), ...rowsOfReport(emptyYear, catalogue)],
      "Rapport",
      { layout: "wide" },
    );
    expect(markdown).toContain("| Indicateur | Unité | 2013 | 2014 |");
    expect(markdown).toContain("| Structures membres | nombre | 15 | 15 |");
    expect(markdown).toContain("| Budget consolidé | € | n.d. | n.d. |");
  });
});

describe("CSV", () => {
  const row = {
    year: 2013,
    pillar: "economy",
    indicator: "x",
    key: "",
    label: 'Dit "ici", là; ou',
    unit: "€",
    value: 1.5,
    change: null,
    changePercent: null,
    sampleData: false,
    coverage: "",
  };

  it("writes what a spreadsheet reads: BOM, header, quoted cells where needed, empty cells for no data", () => {
    const csv = reportsToCsv([row, { ...row, value: null, sampleData: true }]);
    expect(
      csv.startsWith(
        "\uFEFFannee,pilier,indicateur,cle,libelle,unite,valeur,evolution,evolution_pct,couverture,donnees_exemple\r\n",
      ),
    ).toBe(true);
    expect(csv).toContain('2013,economy,x,,"Dit ""ici"", là; ou",€,1.5,,,,non\r\n');
    expect(csv).toContain('2013,economy,x,,"Dit ""ici"", là; ou",€,,,,,oui\r\n');
  });

  it("never lets a spreadsheet run a label as a formula, and keeps negative numbers numbers", () => {
    const csv = reportsToCsv(
      [{ ...row, key: '=HYPERLINK("http://example.org")', label: "-Lumière Coop", value: -2, change: -0.5 }],
      { locale: "fr" },
    );
    expect(csv).toContain(
      `2013;economy;x;"'=HYPERLINK(""http://example.org"")";'-Lumière Coop;€;-2;-0,5;;;non\r\n`,
    );
  });

  it("in French: semicolons, decimal commas, UTF-8 with BOM", () => {
    const csv = reportsToCsv([{ ...row, change: -0.25, changePercent: -14.3 }], { locale: "fr" });
    expect(
      csv.startsWith("\uFEFFannee;pilier;indicateur;cle;libelle;unite;valeur;evolution;evolution_pct;"),
    ).toBe(true);
    expect(csv).toContain('2013;economy;x;;"Dit ""ici"", là; ou";€;1,5;-0,25;-14,3;;non\r\n');
  });

  it("lays out wide: years as columns, and the sample column", () => {
    const csv = reportsToCsv([...rowsOfReport(report, catalogue), ...rowsOfReport(emptyYear, catalogue)], {
      layout: "wide",
      locale: "fr",
    });
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("pilier;indicateur;cle;libelle;unite;2013;2014;donnees_exemple");
    expect(lines).toContain("economy;memberCount;;Structures membres;nombre;15;15;oui");
    expect(lines).toContain("economy;consolidatedBudget;;Budget consolidé;€;;;oui");
    expect(lines).toContain("neighbourhood;actionCount;;Actions menées;nombre;4;;non");
  });
});

describe("xlsx", () => {
  const read = async (buffer: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    return workbook;
  };
  const rows = [...rowsOfReport(report, catalogue), ...rowsOfReport(emptyYear, catalogue)];

  it("has a sheet per dataset, French headers, numbers as numbers and empty cells for no data", async () => {
    const workbook = await read(
      await reportsToXlsx(rows, catalogueEntries(catalogue), { sampleData: false, title: "Rapport" }),
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Indicateurs", "Tableau", "Définitions"]);
    const long = workbook.getWorksheet("Indicateurs")!;
    expect(long.getRow(1).values).toEqual([
      undefined,
      "Année",
      "Pilier",
      "Indicateur",
      "Clé",
      "Libellé",
      "Unité",
      "Valeur",
      "Évolution sur un an",
      "Évolution (%)",
      "Couverture",
      "Données d'exemple",
    ]);
    const members = long.getRow(2);
    expect(members.getCell(7).type).toBe(ExcelJS.ValueType.Number);
    expect([members.getCell(1).value, members.getCell(5).value, members.getCell(7).value]).toEqual([
      2013,
      "Structures membres",
      15,
    ]);
    const budget2014 = long.getRow(
      rows.findIndex((row) => row.year === 2014 && row.indicator === "consolidatedBudget") + 2,
    );
    expect(budget2014.getCell(5).value).toBe("Budget consolidé");
    expect(budget2014.getCell(7).type).toBe(ExcelJS.ValueType.Null);
    const wide = workbook.getWorksheet("Tableau")!;
    expect(wide.getRow(1).values).toEqual([
      undefined,
      "Pilier",
      "Indicateur",
      "Clé",
      "Libellé",
      "Unité",
      "2013",
      "2014",
      "Données d'exemple",
    ]);
    expect(wide.getRow(2).getCell(6).value).toBe(15);
    expect(wide.getRow(2).getCell(6).type).toBe(ExcelJS.ValueType.Number);
    const definitions = workbook.getWorksheet("Définitions")!;
    expect(definitions.getRow(2).values).toEqual([
      undefined,
      "Développement économique",
      "memberCount",
      "Structures membres",
      "nombre",
      "Définition de Structures membres.",
      "Registre",
    ]);
  });

  it("puts the wide sheet first for --layout wide, and a sample warning on top of every sheet", async () => {
    const workbook = await read(
      await reportsToXlsx(rows, catalogueEntries(catalogue), {
        sampleData: true,
        title: "Rapport",
        layout: "wide",
      }),
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Tableau", "Indicateurs", "Définitions"]);
    for (const sheet of workbook.worksheets) {
      expect(String(sheet.getRow(1).getCell(1).value)).toMatch(/^Données d'exemple/);
      expect(sheet.getRow(2).getCell(1).value).toBe(sheet.name === "Indicateurs" ? "Année" : "Pilier");
    }
  });

  it("writes the SCDL rows with their columns as they are, and a sample note", async () => {
    const workbook = await read(
      await fundingToXlsx(
        ["nomAttribuant", "montant", "notificationUE"],
        [{ nomAttribuant: "Ville de Dijon", montant: 15000.5, notificationUE: false }],
        { sampleData: true },
      ),
    );
    const sheet = workbook.getWorksheet("Subventions")!;
    expect(String(sheet.getRow(1).getCell(1).value)).toMatch(/^Données d'exemple/);
    expect(sheet.getRow(2).values).toEqual([undefined, "nomAttribuant", "montant", "notificationUE"]);
    expect(sheet.getRow(3).values).toEqual([undefined, "Ville de Dijon", 15000.5, "non"]);
  });
});

describe("HTML", () => {
  it("draws a year without data as a gap, not as 0", () => {
    const svg = lineChart("Budget", "€", [
      { year: 2012, value: 10 },
      { year: 2013, value: 20 },
      { year: 2014, value: null },
      { year: 2015, value: 30 },
    ]);
    expect(svg.match(/<polyline/g)).toHaveLength(1); // 2012–2013 only: 2015 stands alone
    expect(svg.match(/<circle/g)).toHaveLength(3);
    expect(svg).toContain(">n.d.</text>");
  });

  it("is one page with nothing to fetch, the year's tables, the definitions, a banner for sample data", () => {
    const html = reportsToHtml({
      title: "Rapport 2013–2014",
      rows: [...rowsOfReport(report, catalogue), ...rowsOfReport(emptyYear, catalogue)],
      definitions: catalogueEntries(catalogue),
      sampleData: true,
    });
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/);
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    expect(html).toContain('class="sample"');
    expect(html).toContain("@media print");
    expect(html).toContain("<h3>Indicateurs 2014</h3>");
    expect(html).toContain('<td class="n nd">n.d.</td>');
    expect(html).toContain("Définition de Budget consolidé.");
    expect(html).toContain('data-indicator="memberCount"');
    expect(
      reportsToHtml({
        title: "R",
        rows: rowsOfReport(report, catalogue),
        definitions: [],
        sampleData: false,
      }),
    ).not.toContain('class="sample"');
  });
});
