// `npm run -s bench:validation`: what the operation limits cost and save. For documents an attacker sends and
// the worst documents the limits accept, prints the time our shape check takes to decide (parse included)
// and the time graphql-js takes to validate the document against the API schema, medians of repeated runs.
import { buildSchema, parse, validate } from "graphql";
import * as definition from "graphql/type/definition";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkOperationShapes, DEFAULT_OPERATION_LIMITS } from "@pole/subgraph-kit";

const schema = buildSchema(readFileSync(join(__dirname, "..", "schema", "api.graphql"), "utf8"));
const repeat = (text: string, times: number) => Array.from({ length: times }, () => text).join(" ");
const { maxFieldRepeats } = DEFAULT_OPERATION_LIMITS;
const MEMBER_FIELDS = "id name legalForm activities membershipKind joinedOn leftOn siret";
const fragments = (n: number, body: string) =>
  Array.from({ length: n }, (_, i) => `fragment F${i} on Member { ${body} }`).join(" ");
const spreads = (n: number) => Array.from({ length: n }, (_, i) => `...F${i}`).join(" ");
const bomb = [`fragment B0 on Member { name }`];
for (let i = 1; i <= 6; i += 1) bomb.push(`fragment B${i} on Member { ${repeat(`...B${i - 1}`, 6)} }`);

const documents: [string, string][] = [
  ["attack: 1,980 copies of id", `{ members(first: 1) { edges { node { ${repeat("id", 1980)} } } } }`],
  [
    "attack: 200 __typename aliases",
    `{ members(first: 1) { ${Array.from({ length: 200 }, (_, i) => `t${i}: __typename`).join(" ")} } }`,
  ],
  ["attack: fragment bomb 6^6", `{ member(id: "x") { ...B6 } } ${bomb.join(" ")}`],
  [
    "accepted: 8 fields x 20 repeats",
    `{ members(first: 1) { edges { node { ${repeat(MEMBER_FIELDS, maxFieldRepeats)} } } } }`,
  ],
  [
    "accepted: a list x 20, fields merged",
    `{ members(first: 1) { edges { node { ${repeat("officeLeases { room }", maxFieldRepeats)} } } } }`,
  ],
  [
    "accepted: 20 fragments side by side",
    `{ members(first: 1) { edges { node { ${spreads(maxFieldRepeats)} } } } } ${fragments(maxFieldRepeats, "id name legalForm")}`,
  ],
  [
    "accepted: README member page",
    readFileSync(join(__dirname, "..", "README.md"), "utf8").match(/query MemberPage \{[\s\S]*?\n\}\n/)![0],
  ],
];

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeMs(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

/** graphql-js's type comparisons while validating (isListType calls): the work the shape limits bound. */
function comparisons(query: string): number {
  const module = definition as { isListType: (type: unknown) => boolean };
  const original = module.isListType;
  let calls = 0;
  module.isListType = (type) => {
    calls += 1;
    return original(type);
  };
  try {
    validate(schema, parse(query));
  } finally {
    module.isListType = original;
  }
  return calls;
}

console.log(`node ${process.version}; limits: ${JSON.stringify(DEFAULT_OPERATION_LIMITS)}`);
console.log("document | decision | shape check (ms) | validation (ms) | type comparisons");
console.log("--- | --- | ---: | ---: | ---:");
for (const [name, query] of documents) {
  let decision = "accepted";
  try {
    checkOperationShapes(parse(query), DEFAULT_OPERATION_LIMITS);
  } catch (error) {
    decision = `refused (${(error as { extensions: { limit: string } }).extensions.limit})`;
  }
  const check = timeMs(() => {
    try {
      checkOperationShapes(parse(query, { noLocation: true }), DEFAULT_OPERATION_LIMITS);
    } catch {
      // refused: that is the point
    }
  }, 21);
  const validation = timeMs(() => validate(schema, parse(query)), name.includes("1,980") ? 3 : 21);
  console.log(
    `${name} | ${decision} | ${check.toFixed(3)} | ${validation.toFixed(2)} | ${comparisons(query)}`,
  );
}
