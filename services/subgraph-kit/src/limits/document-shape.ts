import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * The size of one operation, measured on the parsed document before validation, without the schema.
 * Validation itself costs time that grows faster than the document (the rule that checks that fields of
 * one name can merge compares them in pairs), so these figures are bounded first.
 */
export interface OperationShape {
  /** Field selections once fragments are expanded. */
  fields: number;
  /** Deepest field nesting; root fields are at depth 1 (introspection's own subtree not counted). */
  depth: number;
  /** Aliased fields, `__typename` included, fragments expanded. */
  aliases: number;
  /** Directives used, fragments expanded. */
  directives: number;
  /** Fields selected at the root, through fragments. */
  rootFields: number;
  /** The most fields sharing one response name in one selection (fields of one name merge, and are
   * compared in pairs). */
  repeatedFields: number;
  /** Pairs of same-named fields the merge check compares: the work `repeatedFields` bounds. */
  fieldPairs: number;
}

const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);

/** Fragment definitions of a document, by name. */
function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * Field selections of a selection set with fragments expanded, each fragment counted once and reused, so
 * a fragment that spreads another many times over (a "fragment bomb") is measured without being expanded.
 * A fragment cycle counts as nothing here: validation refuses it.
 */
function expandedFieldCounter(fragments: Map<string, FragmentDefinitionNode>) {
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const count = (selectionSet: SelectionSetNode): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += 1 + (selection.selectionSet ? count(selection.selectionSet) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += count(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        if (!memo.has(name)) {
          visiting.add(name);
          memo.set(name, count(fragment.selectionSet));
          visiting.delete(name);
        }
        total += memo.get(name)!;
      }
    }
    return total;
  };
  return count;
}

/**
 * Measures an operation. `maxFields` bounds the work: when the expanded operation holds more fields, only
 * `fields` is measured (the rest is 0), since the operation is refused on that count anyway.
 */
export function measureOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  maxFields: number,
): OperationShape {
  const fragments = fragmentsOf(document);
  const shape: OperationShape = {
    fields: expandedFieldCounter(fragments)(operation.selectionSet),
    depth: 0,
    aliases: 0,
    directives: operation.directives?.length ?? 0,
    rootFields: 0,
    repeatedFields: 0,
    fieldPairs: 0,
  };
  if (shape.fields > maxFields) return shape;
  for (const variable of operation.variableDefinitions ?? []) {
    shape.directives += variable.directives?.length ?? 0;
  }

  // Fields of one response name in one selection merge: measure them together, their sub-selections as one.
  const visiting = new Set<string>();
  const collect = (selectionSet: SelectionSetNode, groups: Map<string, FieldNode[]>) => {
    for (const selection of selectionSet.selections) {
      shape.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (selection.alias) shape.aliases += 1;
        const group = groups.get(key);
        if (group) group.push(selection);
        else groups.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet, groups);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        shape.directives += fragment.directives?.length ?? 0;
        collect(fragment.selectionSet, groups);
        visiting.delete(name);
      }
    }
  };
  const walk = (selectionSets: SelectionSetNode[], depth: number, introspection: boolean) => {
    const groups = new Map<string, FieldNode[]>();
    for (const selectionSet of selectionSets) collect(selectionSet, groups);
    if (depth === 1) for (const group of groups.values()) shape.rootFields += group.length;
    if (groups.size > 0 && !introspection) shape.depth = Math.max(shape.depth, depth);
    for (const group of groups.values()) {
      shape.repeatedFields = Math.max(shape.repeatedFields, group.length);
      shape.fieldPairs += (group.length * (group.length - 1)) / 2;
      const children = group.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
      if (children.length === 0) continue;
      walk(children, depth + 1, introspection || INTROSPECTION_ROOTS.has(group[0].name.value));
    }
  };
  walk([operation.selectionSet], 1, false);
  return shape;
}
