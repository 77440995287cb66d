import {
  Kind,
  visit,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type TypeNode,
} from "graphql";
import { Directive } from "type-graphql";
import { DEFAULT_PAGE_SIZE } from "../connection";

/**
 * How many items a list field returns at most, as the `@listSize` directive of Apollo Federation 2.9 (the
 * IBM GraphQL cost directive) says it: from a slicing argument (`first`) when one is given, else
 * `assumedSize`; with `sizedFields`, the size applies to those fields of the returned object (a Relay
 * connection's `edges`) rather than to the field itself.
 */
export interface ListSize {
  assumedSize?: number;
  slicingArguments?: string[];
  sizedFields?: string[];
}

/** List sizes by schema coordinate, `Type.field`. */
export type ListSizes = ReadonlyMap<string, ListSize>;

/**
 * Declares the largest number of items a list without pagination returns (`@listSize(assumedSize: n)`),
 * so that operation costs count what will really be fetched. Every list of objects needs one (a test
 * walks the schema).
 */
export const MaxItems = (n: number) => Directive(`@listSize(assumedSize: ${n})`);

const namedTypeOf = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);

const PAGE_ARGUMENTS = ["first", "last"];

/**
 * Adds `@listSize(slicingArguments: ["first"], sizedFields: ["edges"], assumedSize: 20)` to every field
 * that returns a Relay connection, so connections carry their size like any other list: `first` when
 * given, the default page size otherwise. Fields that declare their own `@listSize` keep it.
 */
export function addConnectionListSizes(document: DocumentNode): DocumentNode {
  return visit(document, {
    FieldDefinition(node: FieldDefinitionNode) {
      const slicing = (node.arguments ?? [])
        .map((argument) => argument.name.value)
        .filter((name) => PAGE_ARGUMENTS.includes(name));
      const returnsConnection = namedTypeOf(node.type).endsWith("Connection");
      const declared = node.directives?.some((directive) => directive.name.value === "listSize");
      if (slicing.length === 0 || !returnsConnection || declared) return undefined;
      const strings = (values: string[]) => ({
        kind: Kind.LIST,
        values: values.map((value) => ({ kind: Kind.STRING, value })),
      });
      const directive: ConstDirectiveNode = {
        kind: Kind.DIRECTIVE,
        name: { kind: Kind.NAME, value: "listSize" },
        arguments: [
          {
            kind: Kind.ARGUMENT,
            name: { kind: Kind.NAME, value: "assumedSize" },
            value: { kind: Kind.INT, value: String(DEFAULT_PAGE_SIZE) },
          },
          {
            kind: Kind.ARGUMENT,
            name: { kind: Kind.NAME, value: "slicingArguments" },
            value: strings(slicing),
          },
          {
            kind: Kind.ARGUMENT,
            name: { kind: Kind.NAME, value: "sizedFields" },
            value: strings(["edges"]),
          },
          {
            kind: Kind.ARGUMENT,
            name: { kind: Kind.NAME, value: "requireOneSlicingArgument" },
            value: { kind: Kind.BOOLEAN, value: false },
          },
        ],
      } as ConstDirectiveNode;
      return { ...node, directives: [...(node.directives ?? []), directive] };
    },
  });
}

/** Reads every field's `@listSize` from an SDL document (a subgraph's, or the composed supergraph). */
export function readListSizes(document: DocumentNode): ListSizes {
  const sizes = new Map<string, ListSize>();
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    ) {
      continue;
    }
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === "listSize");
      if (!directive) continue;
      const size: ListSize = {};
      for (const argument of directive.arguments ?? []) {
        const { value } = argument;
        if (argument.name.value === "assumedSize" && value.kind === Kind.INT) {
          size.assumedSize = Number(value.value);
        }
        if (value.kind === Kind.LIST) {
          const names = value.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : []));
          if (argument.name.value === "slicingArguments") size.slicingArguments = names;
          if (argument.name.value === "sizedFields") size.sizedFields = names;
        }
      }
      sizes.set(`${definition.name.value}.${field.name.value}`, size);
    }
  }
  return sizes;
}
