import { SCDL_SUBVENTIONS_COLUMNS, scdlCsv, scdlJson } from "../src/report/scdl-csv";
import {
  csvRecords,
  grantShareProblems,
  isFrenchSiret,
  readScdlCsv,
  scdlRowValidator,
} from "../src/testing/scdl-validation";

// schema/scdl/subventions-2.1.1.schema.json is the standard's field list as a JSON Schema: it must accept a
// row written to the standard and refuse what the standard refuses, among them what our export used to write.

/** The standard's fields, in the order of its Table Schema (scdl/subventions v2.1.1, schema.json). */
const STANDARD_COLUMNS = [
  "nomAttribuant",
  "idAttribuant",
  "dateConvention",
  "referenceDecision",
  "nomBeneficiaire",
  "idBeneficiaire",
  "rnaBeneficiaire",
  "objet",
  "montant",
  "nature",
  "conditionsVersement",
  "datesPeriodeVersement",
  "idRAE",
  "notificationUE",
  "pourcentageSubvention",
  "dispositifAide",
];

const validate = scdlRowValidator();

/** A row as the standard wants it (the values of its own documentation's examples). */
const valid = {
  nomAttribuant: "Région Bretagne",
  idAttribuant: "23350001600040",
  dateConvention: "2017-06-27",
  referenceDecision: "2017-03-103",
  nomBeneficiaire: "Association Les Petits Débrouillards Bretagne",
  idBeneficiaire: "38047555800058",
  rnaBeneficiaire: "W380475558",
  objet: "Animations climat-énergie dans les lycées de la région",
  montant: 47800.2,
  nature: "aide en numéraire;aide en nature",
  conditionsVersement: "échelonné",
  datesPeriodeVersement: "2017-03-14/2018-03-14",
  idRAE: "12345",
  notificationUE: false,
  pourcentageSubvention: 1,
  dispositifAide: "65d5b6c7-102c-4440-ac3b-768f708edc0a",
};

describe("the SCDL « subventions » 2.1.1 schema file", () => {
  it("lists the standard's columns in the standard's order, which the CSV writes", () => {
    expect(SCDL_SUBVENTIONS_COLUMNS).toEqual(STANDARD_COLUMNS);
  });

  it("accepts a row written to the standard, with or without the optional fields", () => {
    expect(validate(valid)).toEqual([]);
    expect(
      validate({
        ...valid,
        referenceDecision: null,
        idBeneficiaire: null,
        idRAE: null,
        dispositifAide: null,
        datesPeriodeVersement: "2017-09-20",
        conditionsVersement: "unique",
        nature: "aide en nature",
        pourcentageSubvention: 0.45,
      }),
    ).toEqual([]);
    expect(validate({ ...valid, rnaBeneficiaire: null })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>]>([
    ["a period joined by « _ » (the old export)", { datesPeriodeVersement: "2013-02-28_2013-11-30" }],
    ["a period with spaces", { datesPeriodeVersement: "2013-02-28 / 2013-11-30" }],
    ["no payment date", { datesPeriodeVersement: "" }],
    ["a share in percent (40 for 40 %)", { pourcentageSubvention: 40 }],
    ["a share of 0", { pourcentageSubvention: 0 }],
    ["a share above 1", { pourcentageSubvention: 1.25 }],
    ["a share as text", { pourcentageSubvention: "1.00" }],
    ["a nature outside the list", { nature: "numéraire" }],
    ["natures joined by a comma", { nature: "aide en numéraire,aide en nature" }],
    ["an amount as text", { montant: "30000" }],
    ["a boolean as text (CSV's « non » not read back)", { notificationUE: "non" }],
    ["an awarding body's SIRET of 13 digits", { idAttribuant: "2335000160004" }],
    ["an awarding body's SIRET with spaces", { idAttribuant: "233 500 016 00040" }],
    ["a SIRET with a wrong check digit", { idBeneficiaire: "38047555800059" }],
    ["no awarding body's SIRET", { idAttribuant: null }],
    ["an RNA number without its W", { rnaBeneficiaire: "380475558" }],
    ["neither SIRET nor RNA number for the beneficiary", { idBeneficiaire: null, rnaBeneficiaire: null }],
    ["an agreement date that is no date", { dateConvention: "2013-02-30" }],
    ["an agreement date in French order", { dateConvention: "27/06/2017" }],
    ["an empty awarding body's name (the empty cell is a missing value)", { nomAttribuant: "" }],
    ["a purpose longer than 256 characters", { objet: "x".repeat(257) }],
    ["payment conditions longer than 256 characters", { conditionsVersement: "x".repeat(257) }],
    ["an RAE number longer than 5 characters", { idRAE: "123456" }],
    ["GraphQL's __typename", { __typename: "ScdlSubventionRow" }],
  ])("refuses %s", (_, change) => {
    expect(validate({ ...valid, ...change })).not.toEqual([]);
  });

  it("refuses a row that lacks a column", () => {
    const { dispositifAide: _, ...withoutScheme } = valid;
    expect(validate(withoutScheme)).not.toEqual([]);
  });

  it("and the one-row-per-beneficiary rule refuses a single beneficiary's share that is not 1.00", () => {
    expect(grantShareProblems([valid])).toEqual([]);
    expect(grantShareProblems([{ ...valid, pourcentageSubvention: 0.4 }])).toHaveLength(1);
    expect(grantShareProblems([{ ...valid, pourcentageSubvention: 0.25 }])).toHaveLength(1);
    expect(
      grantShareProblems([
        { ...valid, pourcentageSubvention: 0.45 },
        { ...valid, nomBeneficiaire: "Autre", idBeneficiaire: "52499120500013", pourcentageSubvention: 0.55 },
      ]),
    ).toEqual([]);
  });

  it("knows a SIRET from 14 digits (the standard's french-siret-value)", () => {
    expect(isFrenchSiret("23350001600040")).toBe(true);
    expect(isFrenchSiret("21060004500392")).toBe(true);
    expect(isFrenchSiret("21060004500393")).toBe(false);
    expect(isFrenchSiret("35600000000048")).toBe(true);
  });
});

describe("scdlCsv", () => {
  it("writes the header alone for no rows", () => {
    expect(scdlCsv([])).toBe(`${STANDARD_COLUMNS.join(",")}\r\n`);
    expect(scdlJson([])).toBe("[]\n");
  });

  it("writes the standard's CSV: UTF-8 without BOM, oui/non, decimal point, empty cells, quoted commas", () => {
    const row = {
      __typename: "ScdlSubventionRow",
      ...valid,
      nomAttribuant: 'Préfecture, « politique de la ville » "test"',
      notificationUE: true,
      idRAE: null,
    };
    const csv = scdlCsv([row]);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const [header, line] = csvRecords(csv);
    expect(header).toEqual(STANDARD_COLUMNS);
    expect(line).toHaveLength(STANDARD_COLUMNS.length);
    expect(csv).toContain(`"Préfecture, « politique de la ville » ""test""",23350001600040,`);
    expect(line[STANDARD_COLUMNS.indexOf("notificationUE")]).toBe("oui");
    expect(line[STANDARD_COLUMNS.indexOf("montant")]).toBe("47800.20");
    expect(line[STANDARD_COLUMNS.indexOf("pourcentageSubvention")]).toBe("1.00");
    expect(line[STANDARD_COLUMNS.indexOf("idRAE")]).toBe("");
    const { __typename: _, ...expected } = row;
    expect(readScdlCsv(csv).rows).toEqual([expected]);
    expect(validate(readScdlCsv(csv).rows[0])).toEqual([]);
    expect(JSON.parse(scdlJson([row]))).toEqual([expected]);
  });
});
