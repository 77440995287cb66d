import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildSchema,
  getNamedType,
  getNullableType,
  graphql,
  isListType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { buildEconomicSchema } from "@pole/economic";
import { buildKnowledgeSchema } from "@pole/knowledge";
import { buildNeighbourhoodSchema } from "@pole/neighbourhood";
import { REPORT_INDICATOR_CATALOGUE_ID } from "@pole/subgraph-kit";

// The indicator catalogue (issue 12 point 7) against the composed schema: every figure field of the report's
// parts (a number, or a breakdown list) has exactly one entry, key = field name, and every entry names a field.
// A figure added to a part without its definition fails here, naming it.

const api = buildSchema(readFileSync(join(__dirname, "..", "..", "schema", "api.graphql"), "utf8"));

const PARTS = [
  { pillar: "ECONOMY", field: "economy", type: "EconomyReport", build: buildEconomicSchema },
  {
    pillar: "NEIGHBOURHOOD",
    field: "neighbourhood",
    type: "NeighbourhoodReport",
    build: buildNeighbourhoodSchema,
  },
  { pillar: "KNOWLEDGE", field: "knowledge", type: "KnowledgeReport", build: buildKnowledgeSchema },
] as const;

interface Indicator {
  key: string;
  pillar: string;
  label: string;
  definition: string;
  unit: string;
  unitLabel: string;
  source: string;
  breakdown: boolean;
}

/** A part's figure fields in the composed schema: numbers (Int, Float) and breakdowns ([BreakdownItem]). */
function figureFields(typeName: string): { name: string; breakdown: boolean }[] {
  const type = api.getType(typeName) as GraphQLObjectType;
  return Object.values(type.getFields()).flatMap((field): { name: string; breakdown: boolean }[] => {
    const named = getNamedType(field.type).name;
    const list = isListType(getNullableType(field.type));
    if (list && named === "BreakdownItem") return [{ name: field.name, breakdown: true }];
    if (!list && (named === "Int" || named === "Float")) return [{ name: field.name, breakdown: false }];
    return [];
  });
}

const SELECTION = "key pillar label definition unit unitLabel source breakdown";

/** A pillar's list as its own subgraph answers it: the root field (economic) or the entity (the others). */
async function catalogueOf(schema: GraphQLSchema, field: string): Promise<Indicator[]> {
  const source =
    field === "economy"
      ? `{ reportIndicators { id economy { ${SELECTION} } } }`
      : `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ReportIndicatorCatalogue { id ${field} { ${SELECTION} } } } }`;
  const result = await graphql({
    schema,
    source,
    variableValues: {
      representations: [{ __typename: "ReportIndicatorCatalogue", id: REPORT_INDICATOR_CATALOGUE_ID }],
    },
    contextValue: {},
  });
  expect(result.errors).toBeUndefined();
  const data = result.data as Record<string, unknown>;
  const catalogue = (
    field === "economy" ? data.reportIndicators : (data._entities as unknown[])[0]
  ) as Record<string, unknown>;
  expect(catalogue.id).toBe(REPORT_INDICATOR_CATALOGUE_ID);
  return catalogue[field] as Indicator[];
}

describe("the indicator catalogue", () => {
  it.each(PARTS)(
    "has exactly one entry per figure field of $type, and no entry without a field",
    async ({ pillar, field, type, build }) => {
      const indicators = await catalogueOf(await build(), field);
      const fields = figureFields(type);
      expect(fields.length).toBeGreaterThan(5);
      const keys = indicators.map((indicator) => indicator.key);
      expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]); // no key twice
      expect({ type, missing: fields.map((f) => f.name).filter((name) => !keys.includes(name)) }).toEqual({
        type,
        missing: [],
      });
      expect({ type, unknown: keys.filter((key) => !fields.some((f) => f.name === key)) }).toEqual({
        type,
        unknown: [],
      });
      for (const indicator of indicators) {
        expect([indicator.key, indicator.pillar]).toEqual([indicator.key, pillar]);
        expect([indicator.key, indicator.breakdown]).toEqual([
          indicator.key,
          fields.find((f) => f.name === indicator.key)!.breakdown,
        ]);
        for (const text of [indicator.label, indicator.definition, indicator.source, indicator.unitLabel]) {
          expect(text.trim().length).toBeGreaterThan(0);
        }
      }
    },
  );

  it("defines « habitants touchés » as a sum over actions, where a person may count twice", async () => {
    const indicators = await catalogueOf(await buildNeighbourhoodSchema(), "neighbourhood");
    const reached = indicators.find((indicator) => indicator.key === "inhabitantsReached")!;
    expect(reached).toMatchObject({ label: "Habitants touchés", unit: "PEOPLE" });
    expect(reached.definition).toMatch(/^Somme, sur les actions/);
    expect(reached.definition).toMatch(/compte plusieurs fois/);
  });

  it("answers nothing for another id than the catalogue's", async () => {
    const result = await graphql({
      schema: await buildKnowledgeSchema(),
      source: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ReportIndicatorCatalogue { id knowledge { key } } } }`,
      variableValues: { r: [{ __typename: "ReportIndicatorCatalogue", id: "other" }] },
      contextValue: {},
    });
    expect(result.data?._entities).toEqual([null]);
  });
});
