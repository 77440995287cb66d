import type { GraphQLResolverMap } from "@apollo/subgraph";
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isEnumType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  visit,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type ObjectTypeDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type TypeNode,
} from "graphql";

/**
 * French labels of an enum's values, for people: declare it `Record<MyEnum, string>` next to the enum's
 * registration, so TypeScript asks for a label for every value.
 */
export type EnumLabels = Readonly<Record<string, string>>;

/** A subgraph's label tables, by the GraphQL name of each enum its types return. */
export type EnumLabelTables = Readonly<Record<string, EnumLabels>>;

/** A field of an object or interface type that returns an enum value, or a list of them. */
export interface EnumField {
  typeName: string;
  fieldName: string;
  enumName: string;
  list: boolean;
  /** The name of the label field next to it. */
  labelField: string;
}

/**
 * The field that carries an enum field's French label: `legalForm` → `legalFormLabel`; for a list, the
 * singular and `Labels`: `activities` → `activityLabels`, `helpKinds` → `helpKindLabels`.
 */
export function labelFieldName(fieldName: string, list: boolean): string {
  if (!list) return `${fieldName}Label`;
  const singular = fieldName.endsWith("ies")
    ? `${fieldName.slice(0, -3)}y`
    : fieldName.endsWith("s")
      ? fieldName.slice(0, -1)
      : fieldName;
  return `${singular}Labels`;
}

/** Every field of the schema's object and interface types that returns an enum (or a list of one). */
export function enumFieldsOf(schema: GraphQLSchema): EnumField[] {
  const fields: EnumField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (!isEnumType(named)) continue;
      // A field another subgraph resolves (`@external`) gets its label there, from the enum's owner.
      if (field.astNode?.directives?.some((directive) => directive.name.value === "external")) continue;
      const list = isListType(getNullableType(field.type));
      fields.push({
        typeName: type.name,
        fieldName: field.name,
        enumName: named.name,
        list,
        labelField: labelFieldName(field.name, list),
      });
    }
  }
  return fields;
}

/**
 * What is wrong with a subgraph's label tables for its schema, one line each: an enum its types return
 * without a table, a value without a French label, a label for a value the enum does not have, a label
 * field whose name is already taken. Empty when every value of every returned enum has its label.
 */
export function enumLabelProblems(schema: GraphQLSchema, tables: EnumLabelTables): string[] {
  const problems: string[] = [];
  const fields = enumFieldsOf(schema);
  for (const enumName of [...new Set(fields.map((field) => field.enumName))].sort()) {
    const type = schema.getType(enumName);
    if (!isEnumType(type)) continue;
    const labels = tables[enumName];
    const users = fields
      .filter((field) => field.enumName === enumName)
      .map((f) => `${f.typeName}.${f.fieldName}`);
    if (!labels) {
      problems.push(`enum ${enumName} (returned by ${users.join(", ")}) has no table of French labels`);
      continue;
    }
    const values = type.getValues().map((value) => value.name);
    for (const value of values) {
      if (typeof labels[value] !== "string" || labels[value].trim() === "") {
        problems.push(`enum ${enumName}: value ${value} has no French label`);
      }
    }
    for (const key of Object.keys(labels)) {
      if (!values.includes(key))
        problems.push(`enum ${enumName}: a label for ${key}, which is not one of its values`);
    }
  }
  for (const field of fields) {
    const type = schema.getType(field.typeName);
    if ((isObjectType(type) || isInterfaceType(type)) && type.getFields()[field.labelField]) {
      problems.push(
        `${field.typeName}.${field.labelField} already exists: it would hide the label of ${field.fieldName}`,
      );
    }
  }
  return problems;
}

/** Directives an enum field passes on to its label field (the others concern the enum field alone). */
const INHERITED_DIRECTIVES = new Set(["deprecated", "shareable", "inaccessible", "tag", "cacheControl"]);

const STRING: TypeNode = { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: "String" } };
const STRING_LIST: TypeNode = {
  kind: Kind.LIST_TYPE,
  type: { kind: Kind.NON_NULL_TYPE, type: STRING as never },
};

function labelFieldNode(
  node: FieldDefinitionNode,
  field: EnumField,
  example: string | undefined,
): FieldDefinitionNode {
  const what = field.list
    ? `the French labels of \`${field.fieldName}\`, in the same order`
    : `the French label of \`${field.fieldName}\``;
  return {
    kind: Kind.FIELD_DEFINITION,
    name: { kind: Kind.NAME, value: field.labelField },
    description: {
      kind: Kind.STRING,
      value:
        `For display: ${what}${example ? `, e.g. « ${example} »` : ""}, with the same access as \`${field.fieldName}\`` +
        (node.type.kind === Kind.NON_NULL_TYPE ? "." : `; null where \`${field.fieldName}\` is null.`),
    },
    arguments: node.arguments,
    type: field.list ? STRING_LIST : STRING,
    directives: (node.directives ?? []).filter((directive: ConstDirectiveNode) =>
      INHERITED_DIRECTIVES.has(directive.name.value),
    ),
  };
}

/** Adds each enum field's label field right after it in a subgraph's SDL. */
export function addEnumLabelFields(
  document: DocumentNode,
  fields: EnumField[],
  tables: EnumLabelTables,
): DocumentNode {
  const byType = new Map<string, Map<string, EnumField>>();
  for (const field of fields) {
    if (!byType.has(field.typeName)) byType.set(field.typeName, new Map());
    byType.get(field.typeName)!.set(field.fieldName, field);
  }
  const withLabels = <T extends ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode>(node: T): T => {
    const own = byType.get(node.name.value);
    if (!own || !node.fields) return node;
    return {
      ...node,
      fields: node.fields.flatMap((fieldNode) => {
        const field = own.get(fieldNode.name.value);
        if (!field) return [fieldNode];
        const example = Object.values(tables[field.enumName] ?? {})[0];
        return [fieldNode, labelFieldNode(fieldNode, field, example)];
      }),
    };
  };
  return visit(document, { ObjectTypeDefinition: withLabels, InterfaceTypeDefinition: withLabels });
}

/**
 * Resolvers of the label fields: each reads its enum field through that field's own resolver (so it gets
 * the same value and the same access rule: a refused enum field is a refused label) and looks it up.
 */
export function enumLabelResolvers(
  fields: EnumField[],
  tables: EnumLabelTables,
  resolvers: GraphQLResolverMap<unknown>,
): GraphQLResolverMap<unknown> {
  const added: Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>> = {};
  for (const field of fields) {
    const labels = tables[field.enumName] ?? {};
    const own = (resolvers[field.typeName] as Record<string, unknown> | undefined)?.[field.fieldName];
    const resolveValue = (typeof own === "function" ? own : defaultFieldResolver) as GraphQLFieldResolver<
      unknown,
      unknown
    >;
    const label = (value: unknown) => (typeof value === "string" ? (labels[value] ?? null) : null);
    added[field.typeName] ??= {};
    added[field.typeName][field.labelField] = async (source, args, context, info) => {
      const value = await resolveValue(source, args, context, { ...info, fieldName: field.fieldName });
      if (value === null || value === undefined) return null;
      return field.list ? (value as unknown[]).map(label) : label(value);
    };
  }
  return added as GraphQLResolverMap<unknown>;
}
