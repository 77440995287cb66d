// Operations drawn from the schema: any root field, nested selections, every argument drawn per type
// (values.ts) and sent as a variable; then fitted to the gateway's limits (depth, fields, aliases, tokens,
// cost with the variables) by trimming the deepest selections, so what is sent is valid and within limits.
import fc from "fast-check";
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  validate,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type OperationDefinitionNode,
} from "graphql";
import { countTokens, estimateOperationCost, measureOperation } from "@pole/subgraph-kit";
import type { FuzzSchema } from "./api-schema";
import { valueFor, type ValuePools } from "./values";

/** One selected field: its arguments' values (undefined: not given), and its own selections. */
export interface Selection {
  field: string;
  alias?: string;
  args: Record<string, unknown>;
  children?: Selection[];
  /** An inline fragment `... on Type { children }` instead of a field. */
  on?: string;
}

export interface OperationPlan {
  kind: "query" | "mutation";
  roots: Selection[];
}

/** What is sent: the text and its variables. */
export interface GeneratedOperation {
  kind: "query" | "mutation";
  query: string;
  variables: Record<string, unknown>;
  /** Root fields, for statistics. */
  rootFields: string[];
}

export interface GeneratorOptions {
  /** Deepest field nesting drawn before fitting (the limit may be larger). */
  maxDrawDepth: number;
  /** Most fields drawn per selection, besides the ones always added. */
  maxFieldsPerSelection: number;
}

const DEFAULTS: GeneratorOptions = { maxDrawDepth: 6, maxFieldsPerSelection: 4 };
const PAGE_INFO = ["hasNextPage", "hasPreviousPage", "startCursor", "endCursor"];

/** Fields always selected where they exist: ids (to compare answers record by record) and a connection's shape. */
function alwaysSelected(type: GraphQLObjectType): Selection[] {
  const fields = type.getFields();
  const picked: Selection[] = [];
  if (fields.id && isLeafType(getNamedType(fields.id.type))) picked.push({ field: "id", args: {} });
  if (type.name.endsWith("Connection")) {
    if (fields.totalCount) picked.push({ field: "totalCount", args: {} });
    const pageInfo = fields.pageInfo && getNamedType(fields.pageInfo.type);
    if (pageInfo && isObjectType(pageInfo)) {
      const names = PAGE_INFO.filter((name) => pageInfo.getFields()[name]);
      picked.push({ field: "pageInfo", args: {}, children: names.map((field) => ({ field, args: {} })) });
    }
  }
  if (type.name.endsWith("Edge") && fields.cursor) picked.push({ field: "cursor", args: {} });
  return picked;
}

export class OperationGenerator {
  private readonly options: GeneratorOptions;
  private readonly selectionMemo = new Map<string, fc.Arbitrary<Selection[]>>();

  constructor(
    private readonly schema: FuzzSchema,
    private readonly pools: ValuePools,
    options: Partial<GeneratorOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  private argsArb(
    field: GraphQLField<unknown, unknown>,
    owner: string,
  ): fc.Arbitrary<Record<string, unknown>> {
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    const slicing = this.schema.listSizes.get(owner)?.slicingArguments ?? [];
    for (const arg of field.args as readonly GraphQLArgument[]) {
      const value = valueFor(arg.type, {
        pools: this.pools,
        name: arg.name,
        owner,
        slicing: slicing.includes(arg.name),
      });
      // Optional arguments: mostly left out, so most operations ask what a client usually asks.
      shape[arg.name] = isNonNullType(arg.type) ? value : fc.option(value, { nil: undefined, freq: 2 });
    }
    return fc.record(shape);
  }

  private fieldArb(
    parent: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    depth: number,
  ): fc.Arbitrary<Selection> {
    const named = getNamedType(field.type);
    const args = this.argsArb(field, `${parent.name}.${field.name}`);
    if (!isCompositeType(named)) return args.map((a) => ({ field: field.name, args: a }));
    return fc
      .tuple(args, this.selectionsArb(named, depth + 1))
      .map(([a, children]) => ({ field: field.name, args: a, children }));
  }

  /** Selections of a composite type at `depth` (root fields are at 1). */
  selectionsArb(type: GraphQLCompositeType, depth: number): fc.Arbitrary<Selection[]> {
    const key = `${type.name}@${depth}`;
    const known = this.selectionMemo.get(key);
    if (known) return known;
    // Lazy: the arbitrary of a type refers to those of its fields' types, one level deeper.
    const built = fc.constant(null).chain(() => this.buildSelections(type, depth));
    this.selectionMemo.set(key, built);
    return built;
  }

  private buildSelections(type: GraphQLCompositeType, depth: number): fc.Arbitrary<Selection[]> {
    if (isAbstractType(type)) {
      const possible = this.schema.api.getPossibleTypes(type);
      return fc
        .subarray([...possible], { minLength: 0, maxLength: Math.min(2, possible.length) })
        .chain((types) =>
          fc.tuple(...types.map((t) => this.selectionsArb(t, depth).map((children) => ({ t, children })))),
        )
        .map((fragments) => [
          { field: "__typename", args: {} },
          ...fragments.map(({ t, children }) => ({ field: "", on: t.name, args: {}, children })),
        ]);
    }
    const fields = Object.values(type.getFields()).filter((f) => !f.deprecationReason || depth > 1);
    const deep = depth >= this.options.maxDrawDepth;
    const candidates = fields.filter((f) => !deep || isLeafType(getNamedType(f.type)));
    const fixed = alwaysSelected(type);
    const fixedNames = new Set(fixed.map((s) => s.field));
    const drawable = candidates.filter((f) => !fixedNames.has(f.name));
    if (drawable.length === 0)
      return fc.constant(fixed.length > 0 ? fixed : [{ field: "__typename", args: {} }]);
    return fc
      .subarray(drawable, {
        minLength: fixed.length > 0 ? 0 : 1,
        maxLength: Math.min(this.options.maxFieldsPerSelection, drawable.length),
      })
      .chain((chosen) =>
        chosen.length === 0
          ? fc.constant<Selection[]>([])
          : fc.tuple(...chosen.map((f) => this.fieldArb(type, f, depth))).map((drawn): Selection[] => drawn),
      )
      .map((drawn): Selection[] => [...fixed, ...drawn]);
  }

  /** A query of 1–3 root fields (aliased, so one field may come twice with other arguments). */
  queryArb(): fc.Arbitrary<OperationPlan> {
    const query = this.schema.api.getQueryType()!;
    const roots = Object.values(query.getFields());
    return fc
      .array(fc.constantFrom(...roots), { minLength: 1, maxLength: 3 })
      .chain((fields) => fc.tuple(...fields.map((f) => this.fieldArb(query, f, 1))))
      .map((selections) => ({
        kind: "query" as const,
        roots: selections.map((s, i) => ({ ...s, alias: `q${i}` })),
      }));
  }

  /** A mutation of one root field, its payload selected, with the root `__typename` beside it. */
  mutationArb(): fc.Arbitrary<OperationPlan> {
    const mutation = this.schema.api.getMutationType();
    if (!mutation) throw new Error("schema/api.graphql has no mutations");
    return fc
      .constantFrom(...Object.values(mutation.getFields()))
      .chain((f) => this.fieldArb(mutation, f, 1))
      .map((selection) => ({
        kind: "mutation" as const,
        roots: [{ field: "__typename", args: {} }, selection],
      }));
  }

  /** The plan as sent, fitted to the limits. */
  print(plan: OperationPlan): GeneratedOperation {
    let current = plan;
    for (;;) {
      const printed = printPlan(this.schema, current);
      if (this.fits(printed)) return printed;
      const trimmed = trimDeepest(current);
      if (!trimmed) return printed; // nothing left to trim: sent as is, the gateway refuses it
      current = trimmed;
    }
  }

  /** Within every limit the gateway applies, measured with the kit's own functions. */
  fits(operation: GeneratedOperation): boolean {
    const { limits, api, listSizes, maxPageSize } = this.schema;
    if (countTokens(operation.query) > limits.maxTokens) return false;
    const document = parse(operation.query);
    const definition = document.definitions[0] as OperationDefinitionNode;
    const shape = measureOperation(document, definition, limits.maxFields);
    if (
      shape.fields > limits.maxFields ||
      shape.depth > limits.maxDepth ||
      shape.aliases > limits.maxAliases ||
      shape.directives > limits.maxDirectives ||
      shape.rootFields > limits.maxRootFields ||
      shape.repeatedFields > limits.maxFieldRepeats
    ) {
      return false;
    }
    const cost = estimateOperationCost(
      { schema: api, listSizes, undeclaredListSize: maxPageSize, maxPageSize },
      document,
      definition,
      operation.variables,
    );
    // A page size out of range is refused as bad input before the cost is compared: a case worth sending.
    return cost.badPageSize !== undefined || cost.cost <= limits.maxCost;
  }
}

/** Removes the sub-selections of the deepest composite field (a leaf or `__typename` stays); undefined when flat. */
export function trimDeepest(plan: OperationPlan): OperationPlan | undefined {
  const depthOf = (s: Selection): number =>
    s.children && s.children.length > 0 ? 1 + Math.max(...s.children.map(depthOf)) : 0;
  const deepest = Math.max(0, ...plan.roots.map(depthOf));
  if (deepest <= 1) {
    // Flat enough: drop the last root field instead, while more than one is left.
    const fields = plan.roots.filter((s) => s.field !== "__typename");
    if (fields.length <= 1) return undefined;
    return { ...plan, roots: plan.roots.slice(0, -1) };
  }
  let done = false;
  const trim = (s: Selection, left: number): Selection => {
    if (done || !s.children) return s;
    if (left === 1 && s.children.some((c) => c.children)) {
      done = true;
      const kept = s.children.filter((c) => !c.children);
      return { ...s, children: kept.length > 0 ? kept : [{ field: "__typename", args: {} }] };
    }
    return { ...s, children: s.children.map((c) => trim(c, left - 1)) };
  };
  return { ...plan, roots: plan.roots.map((s) => (depthOf(s) === deepest ? trim(s, deepest - 1) : s)) };
}

/** Prints a plan: every argument given becomes a variable of the argument's type. */
export function printPlan(schema: FuzzSchema, plan: OperationPlan): GeneratedOperation {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const root = plan.kind === "query" ? schema.api.getQueryType()! : schema.api.getMutationType()!;
  const print = (type: GraphQLNamedType, selections: Selection[]): string => {
    const parts = selections.map((s) => {
      if (s.on) {
        const target = schema.api.getType(s.on)!;
        return `... on ${s.on} { ${print(target, s.children ?? [])} }`;
      }
      if (s.field === "__typename") return s.alias ? `${s.alias}: __typename` : "__typename";
      const field = (type as GraphQLObjectType).getFields()[s.field];
      const args = field.args
        .filter((arg) => s.args[arg.name] !== undefined)
        .map((arg) => {
          const name = `v${definitions.length}`;
          definitions.push(`$${name}: ${String(arg.type)}`);
          variables[name] = s.args[arg.name];
          return `${arg.name}: $${name}`;
        });
      const head = `${s.alias ? `${s.alias}: ` : ""}${s.field}${args.length ? `(${args.join(", ")})` : ""}`;
      const child = getNullableType(field.type) && getNamedType(field.type);
      if (!isCompositeType(child)) return head;
      const children = s.children && s.children.length > 0 ? s.children : [{ field: "__typename", args: {} }];
      return `${head} { ${print(child, children)} }`;
    });
    return parts.join(" ");
  };
  const body = print(root, plan.roots);
  const head = definitions.length > 0 ? `(${definitions.join(", ")})` : "";
  return {
    kind: plan.kind,
    query: `${plan.kind} Fuzz${head} { ${body} }`,
    variables,
    rootFields: plan.roots.filter((s) => s.field !== "__typename").map((s) => s.field),
  };
}

/** Validation errors of an operation against the schema (empty for what the generator sends). */
export function validationErrors(schema: FuzzSchema, operation: GeneratedOperation): string[] {
  return validate(schema.api, parse(operation.query)).map((e) => e.message);
}

export const isObjectLike = (type: GraphQLNamedType) => isObjectType(type) || isInterfaceType(type);
