import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isListType,
  isObjectType,
  isUnionType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * What an answer shows of the graph's objects, read from the answer and the schema:
 * - `Type:id` for an object whose type and id are both in the answer;
 * - `Type?` for an object of that type whose id is not (so any write to a `Type` may change it);
 * - `Type[]` for a list (or connection) of `Type`, even empty: a write to any `Type` may change it;
 * - `Type` for every object of that type, whatever is known of it (a purge of the whole type).
 * A type whose object type is not known (an interface or union without `__typename`) counts for each of
 * its possible types.
 */
export function tagsOfAnswer(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  data: unknown,
): Set<string> {
  const tags = new Set<string>();
  forEachObject(schema, document, operation, data, (type, id) => {
    tags.add(type.name);
    if (!type.getFields().id) return;
    tags.add(id === undefined ? `${type.name}?` : `${type.name}:${id}`);
  });
  forEachListOf(schema, document, operation, (type) => tags.add(`${type.name}[]`));
  return tags;
}

/**
 * The tags whose answers a mutation's answer makes stale: for each object it returns, with its id, the
 * answers showing that object, those showing one of its type without its id and the lists of its type
 * (it may have joined, left or moved in them); without its id, every answer showing its type.
 */
export function tagsToPurge(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  data: unknown,
): Set<string> {
  const tags = new Set<string>();
  forEachObject(schema, document, operation, data, (type, id) => {
    if (!type.getFields().id || id === undefined) tags.add(type.name);
    else for (const tag of [`${type.name}:${id}`, `${type.name}?`, `${type.name}[]`]) tags.add(tag);
  });
  return tags;
}

type Visit = (type: GraphQLObjectType, id: string | undefined) => void;

function forEachObject(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  data: unknown,
  visit: Visit,
) {
  const root = schema.getRootType(operation.operation);
  if (!root) return;
  const fragments = fragmentsOf(document);
  const walk = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, value: unknown, top: boolean) => {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) walk(selectionSet, type, item, top);
      return;
    }
    const object = value as Record<string, unknown>;
    const named = typeof object.__typename === "string" ? schema.getType(object.__typename) : undefined;
    const concrete = isObjectType(type) ? type : isObjectType(named) ? named : undefined;
    const fields = collectFields(schema, fragments, selectionSet, concrete ?? type);
    if (!top) {
      const idField = fields.find(({ field }) => field.name.value === "id");
      const id = idField ? object[idField.key] : undefined;
      const known = concrete && (typeof id === "string" || typeof id === "number") ? String(id) : undefined;
      for (const possible of concrete ? [concrete] : possibleTypes(schema, type)) visit(possible, known);
    }
    for (const { key, field, parent } of fields) {
      if (!field.selectionSet || isUnionType(parent)) continue;
      const definition = parent.getFields()[field.name.value];
      const child = definition && getNamedType(definition.type);
      if (child && isCompositeType(child)) walk(field.selectionSet, child, object[key], false);
    }
  };
  walk(operation.selectionSet, root, data, true);
}

const possibleTypes = (schema: GraphQLSchema, type: GraphQLCompositeType): readonly GraphQLObjectType[] =>
  isObjectType(type) ? [type] : schema.getPossibleTypes(type);

/** Every type the operation reads a list or a connection of (`edges { node }`), whatever the answer. */
function forEachListOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  visit: (type: GraphQLObjectType) => void,
) {
  const root = schema.getRootType(operation.operation);
  if (!root) return;
  const fragments = fragmentsOf(document);
  const each = (type: GraphQLCompositeType) => {
    for (const possible of possibleTypes(schema, type)) visit(possible);
  };
  const seen = new Set<SelectionSetNode>();
  const walk = (selectionSet: SelectionSetNode, type: GraphQLCompositeType) => {
    if (seen.has(selectionSet)) return;
    seen.add(selectionSet);
    for (const { field, parent } of collectFields(schema, fragments, selectionSet, type)) {
      if (!field.selectionSet || isUnionType(parent)) continue;
      const definition = parent.getFields()[field.name.value];
      if (!definition) continue;
      const child = getNamedType(definition.type);
      if (!isCompositeType(child)) continue;
      if (isListType(getNullableType(definition.type))) each(child);
      const node = connectionNodeOf(child);
      if (node) each(node);
      walk(field.selectionSet, child);
    }
  };
  walk(operation.selectionSet, root);
}

/** The node type of a Relay connection type (`edges: [Edge] { node: T }`), else undefined. */
function connectionNodeOf(type: GraphQLCompositeType): GraphQLCompositeType | undefined {
  if (!isObjectType(type)) return undefined;
  const edges = type.getFields().edges;
  const edge = edges && getNamedType(edges.type);
  if (!edge || !isObjectType(edge)) return undefined;
  const node = edge.getFields().node;
  const nodeType = node && getNamedType(node.type);
  return nodeType && isCompositeType(nodeType) ? nodeType : undefined;
}

function fragmentsOf(document: DocumentNode) {
  const fragments = new Map<string, { typeCondition: string; selectionSet: SelectionSetNode }>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, {
        typeCondition: definition.typeCondition.name.value,
        selectionSet: definition.selectionSet,
      });
    }
  }
  return fragments;
}

interface CollectedField {
  /** The field's key in the answer (its alias, else its name). */
  key: string;
  field: FieldNode;
  /** The type the field is selected on (a fragment's type condition narrows it). */
  parent: GraphQLCompositeType;
}

/**
 * The fields a selection set selects on an object of `type`, fragments flattened. With `type` abstract
 * (its object type unknown), every fragment counts, each on its own type condition.
 */
function collectFields(
  schema: GraphQLSchema,
  fragments: ReturnType<typeof fragmentsOf>,
  selectionSet: SelectionSetNode,
  type: GraphQLCompositeType,
  into: CollectedField[] = [],
  spread = new Set<string>(),
): CollectedField[] {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      into.push({ key: selection.alias?.value ?? selection.name.value, field: selection, parent: type });
      continue;
    }
    let condition: string | undefined;
    let inner: SelectionSetNode;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      condition = selection.typeCondition?.name.value;
      inner = selection.selectionSet;
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || spread.has(name)) continue;
      spread.add(name);
      condition = fragment.typeCondition;
      inner = fragment.selectionSet;
    }
    const narrowed = condition ? schema.getType(condition) : type;
    if (!narrowed || !isCompositeType(narrowed)) continue;
    // On a known object type, a fragment for another type selects nothing.
    if (
      isObjectType(type) &&
      narrowed !== type &&
      !(isAbstractType(narrowed) && schema.isSubType(narrowed, type))
    )
      continue;
    collectFields(schema, fragments, inner, isObjectType(type) ? type : narrowed, into, spread);
  }
  return into;
}
