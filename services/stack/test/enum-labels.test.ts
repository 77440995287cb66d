import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, isEnumType, isInterfaceType, isObjectType } from "graphql";
import { enumFieldsOf, type EnumLabelTables } from "@pole/subgraph-kit";
import { economicEnumLabels } from "@pole/economic/src/enum-labels";
import { knowledgeEnumLabels } from "@pole/knowledge/src/enum-labels";
import { neighbourhoodEnumLabels } from "@pole/neighbourhood/src/enum-labels";
import { REPO_ROOT } from "../src/services";

// The guard of the French labels: walks the schema clients see (schema/api.graphql) and checks that every
// enum a type returns has its label field next to it, and a French label for every one of its values in the
// tables of the subgraphs (each subgraph labels its own enums; the subgraphs build only when theirs are
// complete, this checks the whole graph at once, as a client sees it).

const api = buildSchema(readFileSync(join(REPO_ROOT, "schema", "api.graphql"), "utf8"));
const tables: Record<string, EnumLabelTables> = {
  economic: economicEnumLabels,
  neighbourhood: neighbourhoodEnumLabels,
  knowledge: knowledgeEnumLabels,
};
const enumFields = enumFieldsOf(api);

it("finds the enum fields of the public types (the walk itself works)", () => {
  expect(enumFields.length).toBeGreaterThan(30);
  expect(enumFields).toContainEqual(
    expect.objectContaining({ typeName: "Member", fieldName: "legalForm", labelField: "legalFormLabel" }),
  );
  expect(enumFields).toContainEqual(
    expect.objectContaining({ typeName: "Member", fieldName: "activities", labelField: "activityLabels" }),
  );
});

it("puts a label field of type String ([String!] for a list) next to every enum field", () => {
  const missing = enumFields.flatMap((field) => {
    const type = api.getType(field.typeName);
    if (!isObjectType(type) && !isInterfaceType(type)) return [];
    const label = type.getFields()[field.labelField];
    const expected = field.list ? "[String!]" : "String";
    return label?.type.toString() === expected
      ? []
      : [`${field.typeName}.${field.labelField}: ${expected} (for ${field.fieldName})`];
  });
  expect(missing).toEqual([]);
});

it("has a French label for every value of every enum a type returns, and subgraphs agree on shared enums", () => {
  const gaps: string[] = [];
  for (const enumName of [...new Set(enumFields.map((field) => field.enumName))].sort()) {
    const type = api.getType(enumName);
    if (!isEnumType(type)) continue;
    const labelling = Object.entries(tables).filter(([, own]) => own[enumName]);
    if (labelling.length === 0) gaps.push(`${enumName}: no subgraph labels it`);
    for (const value of type.getValues()) {
      const labels = labelling.map(([, own]) => own[enumName][value.name]);
      if (labels.some((label) => !label?.trim())) gaps.push(`${enumName}.${value.name}: no French label`);
      if (new Set(labels).size > 1)
        gaps.push(`${enumName}.${value.name}: subgraphs disagree (${labels.join(" / ")})`);
    }
  }
  expect(gaps).toEqual([]);
});
