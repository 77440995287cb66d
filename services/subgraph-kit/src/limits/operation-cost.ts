import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { ListSizes } from "./list-size";

/** A list that multiplies the cost of what it holds, as a cost refusal names it. */
export interface CostFactor {
  /** Response path of the list field, e.g. `members.edges.node.neighbourhoodActions`. */
  path: string;
  /** How many items it may return. */
  size: number;
  /** The argument that sets that size (`first`), when one does. */
  argument?: string;
}

export interface OperationCost {
  cost: number;
  /** The largest lists, largest first (at most three). */
  largestLists: CostFactor[];
  /** A page-size argument outside 0..maxPageSize, if any (refused as bad input). */
  badPageSize?: { argument: string; path: string; value: number };
}

export interface CostSettings {
  schema: GraphQLSchema;
  listSizes: ListSizes;
  /** The size of a list of objects that declares none (a test keeps every list declared). */
  undeclaredListSize: number;
  maxPageSize: number;
}

type Variables = Record<string, unknown>;

/**
 * The cost of an operation with its variables, before anything is fetched, in the model of Apollo's
 * demand control: every field returning an object costs 1, leaves cost nothing, and a list multiplies the
 * cost of what it holds by its size — the page size asked (`first`, from a literal or a variable), the
 * default page size when none is, or the maximum its field declares (`@listSize`).
 */
export function estimateOperationCost(
  settings: CostSettings,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): OperationCost {
  const { schema, listSizes } = settings;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const factors: CostFactor[] = [];
  let badPageSize: OperationCost["badPageSize"];

  const included = (node: { directives?: readonly unknown[] }) => {
    if (!node.directives?.length) return true;
    const typed = node as Parameters<typeof getDirectiveValues>[1];
    try {
      if (getDirectiveValues(GraphQLSkipDirective, typed, variables)?.if === true) return false;
      if (getDirectiveValues(GraphQLIncludeDirective, typed, variables)?.if === false) return false;
    } catch {
      // an invalid directive argument: execution will report it; count the selection
    }
    return true;
  };

  const argumentsOf = (
    field: GraphQLField<unknown, unknown>,
    node: Parameters<typeof getArgumentValues>[1],
  ) => {
    try {
      return getArgumentValues(field, node, variables);
    } catch {
      return {}; // a value that does not coerce: execution refuses it before any fetch
    }
  };

  const visiting = new Set<string>();
  const costOf = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType,
    sizedChildren: Map<string, number> | undefined,
    path: string,
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parentType;
        if (type && isCompositeType(type)) total += costOf(selection.selectionSet, type, sizedChildren, path);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !type || !isCompositeType(type) || visiting.has(fragment.name.value)) continue;
        visiting.add(fragment.name.value);
        total += costOf(fragment.selectionSet, type, sizedChildren, path);
        visiting.delete(fragment.name.value);
        continue;
      }
      if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue; // unions: only __typename
      const field = parentType.getFields()[selection.name.value];
      if (!field) continue; // __typename, introspection: free
      const type = getNamedType(field.type);
      if (!isCompositeType(type)) continue; // leaves cost nothing, lists of leaves included
      const responseName = selection.alias?.value ?? selection.name.value;
      const here = path ? `${path}.${responseName}` : responseName;
      const declared = listSizes.get(`${parentType.name}.${field.name}`);
      const args = declared?.slicingArguments ? argumentsOf(field, selection) : {};
      let sliced: { argument: string; value: number } | undefined;
      for (const argument of declared?.slicingArguments ?? []) {
        const value = args[argument];
        if (typeof value !== "number") continue;
        if (value < 0 || value > settings.maxPageSize) badPageSize ??= { argument, path: here, value };
        if (!sliced || value > sliced.value) sliced = { argument, value };
      }
      const isList = isListType(getNullableType(field.type));
      // A router's `_entities(representations: […])` (partners call subgraphs directly) returns one
      // entity per representation: that is its size.
      const representations =
        field.name === "_entities" && parentType === schema.getQueryType()
          ? argumentsOf(field, selection).representations
          : undefined;
      if (Array.isArray(representations))
        sliced = { argument: "representations", value: representations.length };
      const size = sliced?.value ?? declared?.assumedSize ?? settings.undeclaredListSize;

      let multiplier = 1;
      let childSizes: Map<string, number> | undefined;
      if (sizedChildren?.has(field.name)) {
        multiplier = sizedChildren.get(field.name)!; // a connection's edges: sized by the connection's field
      } else if (declared?.sizedFields) {
        childSizes = new Map(declared.sizedFields.map((name) => [name, size]));
        factors.push({ path: here, size, argument: sliced?.argument });
      } else if (isList) {
        multiplier = size;
        factors.push({ path: here, size, argument: sliced?.argument });
      }

      const children = selection.selectionSet ? costOf(selection.selectionSet, type, childSizes, here) : 0;
      total += multiplier * (1 + children);
    }
    return total;
  };

  const root = schema.getRootType(operation.operation);
  const cost = root ? costOf(operation.selectionSet, root, undefined, "") : 0;
  const largestLists = factors.sort((a, b) => b.size - a.size).slice(0, 3);
  return { cost, largestLists, badPageSize };
}
