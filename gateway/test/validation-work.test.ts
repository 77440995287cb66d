import { buildSchema, parse, validate } from "graphql";
import * as definition from "graphql/type/definition";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkOperationShapes, DEFAULT_OPERATION_LIMITS } from "@pole/subgraph-kit";

// The shape limits exist so that validation, whose merge check compares same-named fields in pairs, stays
// cheap for every document they accept. Counted, not timed: graphql-js compares the types of two fields
// through `isListType` once per pair (and a few times elsewhere), so its calls measure validation's work.

const schema = buildSchema(readFileSync(join(__dirname, "..", "..", "schema", "api.graphql"), "utf8"));
const repeat = (text: string, times: number) => Array.from({ length: times }, () => text).join(" ");

/** Type comparisons graphql-js makes validating `query` against the API schema. */
function validationWork(query: string): number {
  const document = parse(query);
  const spy = jest.spyOn(definition, "isListType");
  try {
    expect(validate(schema, document)).toEqual([]);
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

const accepted = (query: string) =>
  expect(() => checkOperationShapes(parse(query), DEFAULT_OPERATION_LIMITS)).not.toThrow();
const refused = (query: string) =>
  expect(() => checkOperationShapes(parse(query), DEFAULT_OPERATION_LIMITS)).toThrow();

const MEMBER_FIELDS = "id name legalForm activities membershipKind joinedOn leftOn siret";
const { maxFieldRepeats } = DEFAULT_OPERATION_LIMITS;

/** The worst documents the limits accept, each at a limit, within the token limit. */
const worstAccepted: Record<string, string> = {
  "every field of a selection repeated the most times": `{ members(first: 1) { edges { node { ${repeat(MEMBER_FIELDS, maxFieldRepeats)} } } } }`,
  "a list repeated, each copy repeating its fields": `{ members(first: 1) { edges { node { ${repeat("officeLeases { room }", maxFieldRepeats)} } } } }`,
  "fragments spread side by side, each selecting the same fields": `{ members(first: 1) { edges { node { ${Array.from({ length: maxFieldRepeats }, (_, i) => `...F${i}`).join(" ")} } } } } ${Array.from({ length: maxFieldRepeats }, (_, i) => `fragment F${i} on Member { id name legalForm }`).join(" ")}`,
  "one fragment spread the most times": `{ members(first: 1) { edges { node { ${repeat("...F", maxFieldRepeats)} } } } } fragment F on Member { ${MEMBER_FIELDS} }`,
};

describe("validation work under the shape limits", () => {
  it.each(Object.entries(worstAccepted))(
    "accepts %s, which validates in under 20,000 type comparisons",
    (_name, query) => {
      accepted(query);
      expect(validationWork(query)).toBeLessThan(20_000);
    },
  );

  it("refuses copies of one field whose validation work grows with their square", () => {
    // 600 copies: 180,000 comparisons; the 1,980 that fit in the token limit took 2 million, half a second.
    const query = `{ members(first: 1) { edges { node { ${repeat("id", 600)} } } } }`;
    refused(query);
    expect(validationWork(query)).toBeGreaterThan(179_000);
  });

  it("refuses one more repeat than the limit, in a selection or through its fragments", () => {
    refused(`{ members(first: 1) { edges { node { ${repeat("id", maxFieldRepeats + 1)} } } } }`);
    refused(
      `{ members(first: 1) { edges { node { id ${repeat("...F", maxFieldRepeats)} } } } } fragment F on Member { id }`,
    );
    // Copies of a list merge: their fields count together.
    refused(
      `{ members(first: 1) { edges { node { ${repeat("officeLeases { room room }", maxFieldRepeats)} } } } }`,
    );
  });
});
