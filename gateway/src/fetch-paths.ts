import type { GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import {
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

type Path = (string | number)[];

/** The response keys of a selection set's fields of type `typeName`, through inline fragments. */
function responseKeys(selectionSet: SelectionSetNode, typeName?: string): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      return key === "__typename" ? [] : [key];
    }
    if (selection.kind !== Kind.INLINE_FRAGMENT) return [];
    const condition = selection.typeCondition?.name.value;
    return condition === undefined || typeName === undefined || condition === typeName
      ? responseKeys(selection.selectionSet, typeName)
      : [];
  });
}

/** The operation of a fetch: the document the gateway passed, or its text parsed. */
function operationOf(options: GraphQLDataSourceProcessOptions): OperationDefinitionNode | undefined {
  let document: DocumentNode | undefined = "document" in options ? options.document : undefined;
  if (!document && options.request.query) {
    try {
      document = parse(options.request.query);
    } catch {
      return undefined;
    }
  }
  return document?.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
}

/**
 * Where the answer of one subgraph fetch would have gone, as paths in that fetch's own response: the fields
 * asked of each entity (`_entities.<i>.<field>`, which the gateway turns into that field's path in the
 * client's answer), or the root fields. Empty when the fetch cannot be read.
 */
export function fetchPaths(options: GraphQLDataSourceProcessOptions): Path[] {
  const operation = operationOf(options);
  if (!operation) return [];
  const representations: unknown = options.request.variables?.representations;
  if (!Array.isArray(representations)) return responseKeys(operation.selectionSet).map((key) => [key]);
  const entities = operation.selectionSet.selections.find(
    (selection): selection is FieldNode =>
      selection.kind === Kind.FIELD && selection.name.value === "_entities",
  );
  return representations.flatMap((representation: unknown, i): Path[] => {
    const typeName = (representation as { __typename?: unknown } | null)?.__typename;
    const keys = entities?.selectionSet
      ? [...new Set(responseKeys(entities.selectionSet, typeof typeName === "string" ? typeName : undefined))]
      : [];
    return keys.length > 0 ? keys.map((key) => ["_entities", i, key]) : [["_entities", i]];
  });
}

/**
 * A failed fetch's error repeated on every path its answer would have filled, so a client sees which
 * fields are null because of it (one error, without a path, when there is none to give).
 */
export function onFetchPaths(error: GraphQLFormattedError, paths: Path[]): GraphQLFormattedError[] {
  return paths.length === 0 ? [error] : paths.map((path) => ({ ...error, path }));
}
