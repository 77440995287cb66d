import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from "graphql";
import { tokenFor } from "@pole/subgraph-kit/testing";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { postJson, startGateway, type GatewayUnderTest } from "./gateway-harness";

// Every text and id a client can send — each argument and each input field of every query and mutation
// of the API schema, so fields added later are covered too — is sent SQL-injection strings through the
// gateway, as staff (the widest access). No answer may be an internal error, and afterwards the data is
// intact and the graph still answers.

const PAYLOADS = [
  "' OR '1'='1",
  "'; DROP TABLE member; --",
  '" OR 1=1 --',
  "1); SELECT pg_sleep(10); --",
  "%' UNION SELECT id, name FROM member --",
];

const api = buildSchema(readFileSync(join(__dirname, "..", "..", "schema", "api.graphql"), "utf8"));

/** A plausible value for an input type, with `text` wherever a string or an id goes. */
function valueFor(type: GraphQLInputType, text: string, name: string, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, text, name, depth);
  if (isListType(type)) return [valueFor(type.ofType, text, name, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    if (depth > 3) return undefined;
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [
        field.name,
        valueFor(field.type, text, field.name, depth + 1),
      ]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "Int":
        return /year/i.test(name) ? 2013 : /first/.test(name) ? 5 : 1;
      case "Float":
        return 1;
      case "Boolean":
        return false;
      case "LocalDate":
        return "2013-06-01";
      case "String":
      case "ID":
        return text;
      default:
        return text;
    }
  }
  return undefined;
}

/** `__typename`, or the smallest selection an object or list result needs. */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isScalarType(named) || isEnumType(named) ? "" : "{ __typename }";
}

function operationsOf(root: GraphQLObjectType | null | undefined, keyword: "query" | "mutation") {
  if (!root) return [];
  return Object.values(root.getFields()).map((field) => {
    const args = field.args as GraphQLArgument[];
    const declarations = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(", ");
    const uses = args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
    return {
      name: field.name,
      query: `${keyword}${declarations ? `(${declarations})` : ""} { ${field.name}${uses ? `(${uses})` : ""} ${selectionFor(field)} }`,
      variables: (text: string) =>
        Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type, text, arg.name)])),
    };
  });
}

let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;
beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  gateway = await startGateway(subgraphs.routes, {
    rateLimit: { perIp: 100_000, perToken: 100_000, windowSeconds: 60 },
  });
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

describe("SQL injection strings in every filter and input", () => {
  const operations = [
    ...operationsOf(api.getQueryType(), "query"),
    ...operationsOf(api.getMutationType(), "mutation"),
  ];

  it("covers every query and mutation of the API schema", () => {
    expect(operations.length).toBeGreaterThanOrEqual(Object.keys(api.getQueryType()!.getFields()).length);
  });

  it("never turns them into an internal error, whatever the operation", async () => {
    const staff = { authorization: `Bearer ${await tokenFor({ role: "staff" })}` };
    const internal: string[] = [];
    for (const operation of operations) {
      for (const payload of PAYLOADS) {
        const response = await postJson(
          gateway.url,
          { query: operation.query, variables: operation.variables(payload) },
          staff,
        );
        const codes = (response.body?.errors ?? []).map((error) => error.extensions?.code);
        if (response.status >= 500 || codes.includes("INTERNAL_SERVER_ERROR")) {
          internal.push(
            `${operation.name} with ${JSON.stringify(payload)}: ${response.status} ${JSON.stringify(response.body?.errors)}`,
          );
        }
      }
    }
    expect(internal).toEqual([]);
  }, 120_000);

  it("leaves the data intact and the graph answering", async () => {
    const response = await postJson(gateway.url, {
      query:
        "{ members(first: 1) { totalCount } neighbourhoodActions(first: 1) { totalCount } practices(first: 1) { totalCount } }",
    });
    expect(response.status).toBe(200);
    const data = response.body?.data as Record<string, { totalCount: number }>;
    expect(data.members.totalCount).toBeGreaterThanOrEqual(15);
    expect(data.neighbourhoodActions.totalCount).toBeGreaterThan(0);
    expect(data.practices.totalCount).toBeGreaterThan(0);
  });
});
