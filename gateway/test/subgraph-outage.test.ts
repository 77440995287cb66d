import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gql } from "@apollo/client";
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLNamedType,
} from "graphql";
import { tokenFor } from "@pole/subgraph-kit/testing";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { clientFor, startGateway, type GatewayUnderTest } from "./gateway-harness";

// A subgraph down costs only its own fields (issue 11, point 2). The three subgraphs run as processes; each
// is stopped in turn (SIGTERM to its PID) while the README's example queries run through the gateway with
// Apollo Client, as a frontend would. Compared with the answers of the whole graph: every value a live
// subgraph gives is still there; every null is a field of the stopped one, with SERVICE_UNAVAILABLE on its
// path; `data` itself is never null.

const ROOT = join(__dirname, "..", "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const api = buildSchema(readFileSync(join(ROOT, "schema", "api.graphql"), "utf8"));
const SUBGRAPH_NAMES = ["economic", "neighbourhood", "knowledge"];

interface ExampleQuery {
  name: string;
  document: string;
}

/** The README's example queries: every query of its ```graphql blocks, and the curl examples' queries. */
function readmeQueries(): ExampleQuery[] {
  const examples: ExampleQuery[] = [];
  const blocks = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
  blocks.forEach((block, b) => {
    const document = parse(block);
    const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== "query") continue;
      examples.push({
        name: definition.name?.value ?? `block ${b + 1}`,
        document: print({ kind: Kind.DOCUMENT, definitions: [definition, ...fragments] }),
      });
    }
  });
  for (const [i, match] of [...README.matchAll(/-d '(\{"query":.*?\})'/g)].entries()) {
    examples.push({ name: `curl ${i + 1}`, document: (JSON.parse(match[1]) as { query: string }).query });
  }
  return examples;
}

/** Which subgraphs resolve each field, and which know each type, from the committed supergraph. */
function supergraphOwners() {
  const document = parse(readFileSync(join(ROOT, "schema", "supergraph.graphql"), "utf8"));
  const graphsOf = (directives: readonly ConstDirectiveNode[] | undefined, name: string) =>
    (directives ?? [])
      .filter((directive) => directive.name.value === name)
      .filter(
        (directive) =>
          !directive.arguments?.some(
            (arg) => arg.name.value === "external" && arg.value.kind === Kind.BOOLEAN && arg.value.value,
          ),
      )
      .flatMap((directive) =>
        (directive.arguments ?? [])
          .filter((arg) => arg.name.value === "graph" && arg.value.kind === Kind.ENUM)
          .map((arg) => (arg.value as { value: string }).value.toLowerCase()),
      );
  const types = new Map<string, { graphs: string[]; fields: Map<string, string[]> }>();
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    ) {
      continue;
    }
    const graphs = graphsOf(definition.directives, "join__type");
    const fields = new Map(
      (definition.fields ?? []).map((field) => {
        const own = graphsOf(field.directives, "join__field");
        return [field.name.value, own.length > 0 ? own : graphs];
      }),
    );
    types.set(definition.name.value, { graphs, fields });
  }
  return types;
}

const owners = supergraphOwners();

/**
 * The subgraphs that may leave this path of an answer null: the field's own subgraphs when the path ends
 * with a field, the subgraphs knowing the item's type when it ends with a list index (an entity another
 * subgraph could not resolve).
 */
function subgraphsAnswering(path: readonly (string | number)[]): string[] {
  let type: GraphQLNamedType = api.getQueryType()!;
  let parentName = type.name;
  let fieldName: string | undefined;
  for (const segment of path) {
    if (typeof segment === "number") {
      fieldName = undefined;
      continue;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return [];
    const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[segment];
    if (!field) return [];
    parentName = type.name;
    fieldName = segment;
    type = getNamedType(field.type) as GraphQLNamedType;
  }
  return fieldName === undefined
    ? (owners.get(type.name)?.graphs ?? [])
    : (owners.get(parentName)?.fields.get(fieldName) ?? []);
}

interface GraphQLErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string };
}

interface Answer {
  data: unknown;
  errors: GraphQLErrorLike[];
}

let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;
let staffToken: string;
const examples = readmeQueries();
const baseline = new Map<string, Answer>();

async function run(document: string): Promise<Answer> {
  // Staff may read everything: every null below comes from the outage, none from an access rule.
  const result = await clientFor(gateway.url, staffToken).query({ query: gql(document), errorPolicy: "all" });
  const errors = (result.error as { errors?: GraphQLErrorLike[] } | undefined)?.errors ?? [];
  if (result.error && errors.length === 0) throw result.error;
  return { data: result.data ?? null, errors };
}

/** Whether an error's path is at `path` or below it (a non-null field's error nulls its nearest nullable parent). */
const within = (errorPath: readonly (string | number)[] | undefined, path: readonly (string | number)[]) =>
  errorPath !== undefined &&
  errorPath.length >= path.length &&
  path.every((segment, i) => segment === errorPath[i]);

/**
 * What differs from the whole graph's answer: a value changed, or a null where the whole graph answered
 * with no error at that path or below it (the failed field, when it is non-null and its parent took the
 * null, as GraphQL propagates it). Empty when the outage only cost nulls it reported.
 */
function unexplainedDifferences(
  whole: unknown,
  degraded: unknown,
  errors: GraphQLErrorLike[],
  path: (string | number)[] = [],
): string[] {
  if (degraded === null && whole !== null) {
    return errors.some((error) => within(error.path, path)) ? [] : [`${path.join(".")}: null, no error`];
  }
  if (whole !== null && typeof whole === "object") {
    if (degraded === null || typeof degraded !== "object") return [`${path.join(".")}: shape changed`];
    return Object.entries(whole as Record<string, unknown>).flatMap(([key, value]) =>
      unexplainedDifferences(
        value,
        (degraded as Record<string, unknown>)[key],
        errors,
        Array.isArray(whole) ? [...path, Number(key)] : [...path, key],
      ),
    );
  }
  return Object.is(whole, degraded) ? [] : [`${path.join(".")}: ${String(whole)} became ${String(degraded)}`];
}

beforeAll(async () => {
  staffToken = await tokenFor({ role: "staff" });
  subgraphs = await startSubgraphProcesses();
  gateway = await startGateway(subgraphs.routes);
  for (const example of examples) baseline.set(example.name, await run(example.document));
}, 180_000);

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

describe("the README's example queries", () => {
  it("are read from the README, and answer in full while every subgraph runs", () => {
    expect(examples.map((example) => example.name)).toEqual(
      expect.arrayContaining(["MemberPage", "Practices", "MyStructure", "EsplanadeIn2013", "curl 1"]),
    );
    for (const example of examples) {
      expect({ example: example.name, errors: baseline.get(example.name)!.errors }).toEqual({
        example: example.name,
        errors: [],
      });
    }
  });

  describe.each(SUBGRAPH_NAMES)("with the %s subgraph stopped", (dead) => {
    const answers = new Map<string, Answer>();
    beforeAll(async () => {
      const pid = subgraphs.pids[dead];
      await subgraphs.stopSubgraph(dead);
      expect(() => process.kill(pid, 0)).toThrow();
      for (const example of examples) answers.set(example.name, await run(example.document));
    }, 60_000);
    afterAll(() => subgraphs.startSubgraph(dead), 90_000);

    it.each(examples.map((example) => example.name))("%s: data is never null", (name) => {
      expect(answers.get(name)!.data).not.toBeNull();
    });

    it.each(examples.map((example) => example.name))(
      "%s: every live subgraph's value is there; every null is one of its fields, with SERVICE_UNAVAILABLE on its path",
      (name) => {
        const { data, errors } = answers.get(name)!;
        for (const error of errors) {
          expect({ path: error.path, code: error.extensions?.code }).toEqual({
            path: expect.any(Array),
            code: "SERVICE_UNAVAILABLE",
          });
          expect({ path: error.path, subgraphs: subgraphsAnswering(error.path!) }).toEqual({
            path: error.path,
            subgraphs: expect.arrayContaining([dead]),
          });
        }
        expect(unexplainedDifferences(baseline.get(name)!.data, data, errors)).toEqual([]);
      },
    );

    it("costs the queries that read it something, with an error for each null", () => {
      const hurt = examples.filter((example) => answers.get(example.name)!.errors.length > 0);
      expect(hurt.length).toBeGreaterThan(0);
    });
  });
});

describe("with the economic subgraph stopped", () => {
  const TITLES_AND_MEMBERS = `{
    practices(first: 10) { edges { node { title contributingMembers { id name } } } }
    neighbourhoodActions(first: 10) { edges { node { title leadMembers { id name } } } }
  }`;
  let answer: Answer;
  beforeAll(async () => {
    await subgraphs.stopSubgraph("economic");
    answer = await run(TITLES_AND_MEMBERS);
  }, 60_000);
  afterAll(() => subgraphs.startSubgraph("economic"), 90_000);

  it("answers practices and actions with their titles, each member null with its error", () => {
    type Node = { title: string; members: unknown[] };
    const data = answer.data as {
      practices: { edges: { node: { title: string; contributingMembers: unknown[] } }[] };
      neighbourhoodActions: { edges: { node: { title: string; leadMembers: unknown[] } }[] };
    };
    const lists: [string, string, Node[]][] = [
      [
        "practices",
        "contributingMembers",
        data.practices.edges.map(({ node }) => ({ title: node.title, members: node.contributingMembers })),
      ],
      [
        "neighbourhoodActions",
        "leadMembers",
        data.neighbourhoodActions.edges.map(({ node }) => ({ title: node.title, members: node.leadMembers })),
      ],
    ];
    for (const [root, field, nodes] of lists) {
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.some((node) => node.members.length > 0)).toBe(true);
      nodes.forEach((node, i) => {
        expect(node.title).toEqual(expect.any(String));
        node.members.forEach((member, j) => {
          expect(member).toBeNull();
          const path = [root, "edges", i, "node", field, j];
          expect(answer.errors.filter((error) => within(error.path, path))).toEqual([
            expect.objectContaining({ extensions: { code: "SERVICE_UNAVAILABLE" } }),
          ]);
        });
      });
    }
  });
});
