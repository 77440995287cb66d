import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from "graphql";
import { buildEconomicSchema } from "@pole/economic";
import { buildKnowledgeSchema } from "@pole/knowledge";
import { buildNeighbourhoodSchema } from "@pole/neighbourhood";
import { accessRuleCoordinates, nonNullAccessRuleFields } from "@pole/subgraph-kit";

// One refused field, or one subgraph down, costs that field and never its parent or the page (DESIGN §6,
// issue 11 points 1–2). GraphQL turns an error on a non-null field into a null of its parent, up to
// `data: null`; so a field that may be refused, or that another subgraph resolves, must be nullable. These
// guards keep the whole class fixed: a new protected field or cross-subgraph reference that is non-null
// fails here, naming it.

describe("fields behind an access rule", () => {
  it.each([
    ["economic", buildEconomicSchema],
    ["neighbourhood", buildNeighbourhoodSchema],
    ["knowledge", buildKnowledgeSchema],
  ])("are nullable in the %s subgraph", async (_name, build) => {
    expect(nonNullAccessRuleFields(await build())).toEqual([]);
  });

  it("are found from @Authorized and from @ChecksViewer, on fields, field resolvers, queries and mutations", async () => {
    await Promise.all([buildEconomicSchema(), buildNeighbourhoodSchema(), buildKnowledgeSchema()]);
    const coordinates = accessRuleCoordinates();
    expect([...coordinates]).toEqual(
      expect.arrayContaining([
        "Member.siret", // @Authorized on an entity's column
        "Member.savings", // on a field resolver
        "PricedServiceUse.memberAmount", // on an abstract class's field, for every type extending it
        "Query.annualReport", // on a query
        "Mutation.createMember", // on a mutation
        "Query.bookings", // @ChecksViewer: a filter only the member itself may use
        "ProjectPhase.contributions", // @ChecksViewer on a field resolver
        "Query.economicAuditTrail", // a resolver the kit builds
      ]),
    );
  });
});

// The composed supergraph says which subgraph resolves each field (@join__field) and which know each type
// (@join__type).
const supergraph = parse(readFileSync(join(__dirname, "..", "..", "schema", "supergraph.graphql"), "utf8"));
const objectTypes = supergraph.definitions.filter(
  (definition): definition is ObjectTypeDefinitionNode =>
    definition.kind === Kind.OBJECT_TYPE_DEFINITION && !definition.name.value.startsWith("join__"),
);

function graphsOf(directives: readonly ConstDirectiveNode[] | undefined, name: string): string[] {
  return (directives ?? [])
    .filter((directive) => directive.name.value === name)
    .flatMap((directive) =>
      (directive.arguments ?? [])
        .filter((arg) => arg.name.value === "graph" && arg.value.kind === Kind.ENUM)
        .map((arg) => (arg.value as { value: string }).value),
    );
}

const namedType = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);

/** Whether an error below this field stops at it (nullable) or at a list's item (`[T]!`), not its parent. */
const stopsNulls = (type: TypeNode) =>
  type.kind !== Kind.NON_NULL_TYPE ||
  (type.type.kind === Kind.LIST_TYPE && type.type.type.kind !== Kind.NON_NULL_TYPE);

/** The subgraphs resolving a field: its @join__field graphs, else every subgraph its type is in. */
const fieldGraphs = (type: ObjectTypeDefinitionNode, field: FieldDefinitionNode) => {
  const own = graphsOf(field.directives, "join__field");
  return own.length > 0 ? own : graphsOf(type.directives, "join__type");
};

/**
 * The subgraph owning a type known to several: the one resolving most of its fields alone (Member:
 * economic). None when two tie (AnnualReport: each subgraph resolves its own part): then every part is
 * another's for a query entering through the others.
 */
function ownerOf(type: ObjectTypeDefinitionNode): string | undefined {
  const counts = new Map<string, number>();
  for (const field of type.fields ?? []) {
    const graphs = fieldGraphs(type, field);
    if (graphs.length === 1) counts.set(graphs[0], (counts.get(graphs[0]) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && ranked[0][1] !== ranked[1]?.[1] ? ranked[0][0] : undefined;
}

/** Whether a type is an entity (a @key) in some subgraph: value types (@shareable) are resolved where they are. */
const isEntity = (type: ObjectTypeDefinitionNode) =>
  (type.directives ?? []).some(
    (directive) =>
      directive.name.value === "join__type" && directive.arguments?.some((arg) => arg.name.value === "key"),
  );

/** Entities several subgraphs know. */
const sharedTypes = new Map(
  objectTypes
    .filter((type) => isEntity(type) && graphsOf(type.directives, "join__type").length > 1)
    .filter((type) => !["Query", "Mutation"].includes(type.name.value))
    .map((type) => [type.name.value, type]),
);

const fieldsOf = (types: ObjectTypeDefinitionNode[]) =>
  types.flatMap((type) =>
    (type.fields ?? []).map((field) => ({
      type,
      field,
      coordinate: `${type.name.value}.${field.name.value}`,
      graphs: fieldGraphs(type, field),
    })),
  );

describe("fields another subgraph resolves", () => {
  it("include every root field: a query or mutation reaching several subgraphs keeps the live ones' fields", () => {
    const roots = fieldsOf(objectTypes.filter((type) => ["Query", "Mutation"].includes(type.name.value)));
    expect(roots.length).toBeGreaterThan(90);
    expect(
      roots.filter(({ field }) => field.type.kind === Kind.NON_NULL_TYPE).map((f) => f.coordinate),
    ).toEqual([]);
  });

  it("are nullable where a subgraph adds them to a type another owns", () => {
    const added = [...sharedTypes.values()].flatMap((type) => {
      const owner = ownerOf(type);
      return fieldsOf([type]).filter(({ graphs }) => graphs.length === 1 && graphs[0] !== owner);
    });
    expect(added.map(({ coordinate }) => coordinate)).toEqual(
      expect.arrayContaining(["Member.practices", "Member.neighbourhoodActions", "AnnualReport.knowledge"]),
    );
    expect(
      added.filter(({ field }) => field.type.kind === Kind.NON_NULL_TYPE).map((f) => f.coordinate),
    ).toEqual([]);
  });

  it("stop a null at the field or at each item where they reference an entity another subgraph owns", () => {
    const references = fieldsOf(objectTypes).filter(({ field, graphs }) => {
      const target = sharedTypes.get(namedType(field.type));
      if (!target) return false;
      const owner = ownerOf(target);
      return owner === undefined || !graphs.includes(owner);
    });
    expect(references.map(({ coordinate }) => coordinate)).toEqual(
      expect.arrayContaining([
        "Practice.contributingMembers",
        "Practice.sourceActions",
        "Transfer.facilitatingMembers",
        "NeighbourhoodAction.leadMembers",
      ]),
    );
    expect(references.filter(({ field }) => !stopsNulls(field.type)).map((f) => f.coordinate)).toEqual([]);
  });
});
