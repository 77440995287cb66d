import {
  Kind,
  parse,
  visit,
  type ConstArgumentNode,
  type ConstDirectiveNode,
  type ConstValueNode,
  type DirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type GraphQLSchema,
} from "graphql";
import { Directive, getMetadataStorage } from "type-graphql";
import type { BuildSchemaOptions } from "type-graphql";
import { ACCESS_RULE_CACHE_HINT } from "./cache-control";

// The static side of the cache policy: `@cacheControl` declared in every subgraph's schema, and the hint of
// every field with an access rule, found in type-graphql's `@Authorized` metadata.

/**
 * `@cacheControl` as Apollo Server reads it, declared in each subgraph (composition drops the directive,
 * which the gateway does not need: it reads the subgraphs' Cache-Control headers). The enum is
 * `@inaccessible`, so it stays out of the client-facing schema.
 */
export const CACHE_CONTROL_DEFINITIONS = `
"""Who may keep a cached answer: any cache (PUBLIC) or only the caller's own (PRIVATE)."""
enum CacheControlScope @inaccessible {
  PUBLIC
  PRIVATE
}

"""
How long (maxAge, in seconds) and by whom (scope) an answer holding this field or type may be cached; the
response's Cache-Control is the most restrictive hint of the fields it holds.
"""
directive @cacheControl(
  maxAge: Int
  scope: CacheControlScope
  inheritMaxAge: Boolean
) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;

/**
 * Marks a type or field as never cached nor shared (`@cacheControl(maxAge: 0, scope: PRIVATE)`): for one
 * protected otherwise than by an `@Authorized` of its own (a type read only through protected fields, as
 * the annual reports). Fields with `@Authorized` get this hint without it.
 */
export const Uncached = () =>
  Directive(
    `@cacheControl(maxAge: ${ACCESS_RULE_CACHE_HINT.maxAge}, scope: ${ACCESS_RULE_CACHE_HINT.scope})`,
  );

/**
 * The schema coordinates (`Type.field`) of the fields with an `@Authorized` rule: of `resolvers`' queries,
 * mutations and field resolvers (every resolver class loaded when not given) and of every object type.
 */
export function accessRuleFields(resolvers?: BuildSchemaOptions["resolvers"]): Set<string> {
  const storage = getMetadataStorage();
  const included = new Set<Function>(
    (resolvers as Function[] | undefined) ?? storage.resolverClasses.map((each) => each.target),
  );
  const ruleOf = (target: Function, field: string) =>
    storage.authorizedFields.find((rule) => rule.target === target && rule.fieldName === field) ??
    storage.authorizedResolver.find((rule) => rule.target === target);
  const coordinates = new Set<string>();
  const roots = [
    ["Query", storage.queries],
    ["Mutation", storage.mutations],
    ["Subscription", storage.subscriptions],
  ] as const;
  for (const [typeName, handlers] of roots) {
    for (const handler of handlers) {
      if (included.has(handler.target) && ruleOf(handler.target, handler.methodName)) {
        coordinates.add(`${typeName}.${handler.schemaName}`);
      }
    }
  }
  // Fields declared on a type class or one of its ancestors (an abstract base's fields are inherited).
  for (const type of [...storage.objectTypes, ...storage.interfaceTypes]) {
    for (const field of storage.fields) {
      if (
        (field.target === type.target || Object.prototype.isPrototypeOf.call(field.target, type.target)) &&
        ruleOf(field.target, field.name)
      ) {
        coordinates.add(`${type.name}.${field.schemaName}`);
      }
    }
  }
  // Fields a resolver class adds to a type (`@FieldResolver`).
  for (const resolver of storage.fieldResolvers) {
    if (!included.has(resolver.target) || !ruleOf(resolver.target, resolver.methodName)) continue;
    const typeClass =
      resolver.kind === "external"
        ? storage.resolverClasses.find((each) => each.target === resolver.target)?.getObjectType()
        : resolver.target;
    const type = [...storage.objectTypes, ...storage.interfaceTypes].find(
      (each) => each.target === typeClass,
    );
    if (type) coordinates.add(`${type.name}.${resolver.schemaName}`);
  }
  return coordinates;
}

const argument = (name: string, value: ConstValueNode): ConstArgumentNode => ({
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: name },
  value,
});

const ACCESS_RULE_DIRECTIVE: ConstDirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: "cacheControl" },
  arguments: [
    argument("maxAge", { kind: Kind.INT, value: String(ACCESS_RULE_CACHE_HINT.maxAge) }),
    argument("scope", { kind: Kind.ENUM, value: ACCESS_RULE_CACHE_HINT.scope }),
  ],
};

/** The maxAge and scope a `@cacheControl` directive says (undefined where it says nothing). */
export function cacheHintOf(directive: DirectiveNode): { maxAge?: number; scope?: string } {
  const value = (name: string) => directive.arguments?.find((each) => each.name.value === name)?.value;
  const maxAge = value("maxAge");
  const scope = value("scope");
  return {
    ...(maxAge?.kind === Kind.INT ? { maxAge: Number(maxAge.value) } : {}),
    ...(scope?.kind === Kind.ENUM ? { scope: scope.value } : {}),
  };
}

/** Whether a hint keeps an answer out of shared caches: maxAge 0 or PRIVATE. */
export const isRestrictive = (hint: { maxAge?: number; scope?: string }) =>
  hint.maxAge === 0 || hint.scope === "PRIVATE";

/**
 * Declares `@cacheControl` in a subgraph's type definitions and gives every field of `privateFields`
 * (`Type.field`) the access-rule hint, `@cacheControl(maxAge: 0, scope: PRIVATE)`. A field with an access
 * rule that declares a hint of its own letting shared caches keep it is a mistake: the build fails. Public
 * fields need no hint: the server's default max age applies to them (entities fetched through `_entities`
 * included).
 */
export function addCacheControlHints(
  document: DocumentNode,
  privateFields: ReadonlySet<string>,
): DocumentNode {
  const withHints = visit(document, {
    ObjectTypeDefinition: { enter: (node) => hintFields(node) },
    ObjectTypeExtension: { enter: (node) => hintFields(node) },
    InterfaceTypeDefinition: { enter: (node) => hintFields(node) },
    InterfaceTypeExtension: { enter: (node) => hintFields(node) },
  });
  function hintFields<T extends { name: { value: string }; fields?: readonly FieldDefinitionNode[] }>(
    node: T,
  ): T {
    if (!node.fields) return node;
    return {
      ...node,
      fields: node.fields.map((field) => {
        const coordinate = `${node.name.value}.${field.name.value}`;
        if (!privateFields.has(coordinate)) return field;
        const own = field.directives?.find((directive) => directive.name.value === "cacheControl");
        if (own && !isRestrictive(cacheHintOf(own))) {
          throw new Error(
            `${coordinate} has an access rule, so its @cacheControl must say maxAge: 0 or PRIVATE`,
          );
        }
        return own ? field : { ...field, directives: [...(field.directives ?? []), ACCESS_RULE_DIRECTIVE] };
      }),
    };
  }
  return {
    ...withHints,
    definitions: [...withHints.definitions, ...parse(CACHE_CONTROL_DEFINITIONS).definitions],
  };
}

/**
 * The fields of `schema` among `privateFields` whose own `@cacheControl` hint does not keep them out of
 * shared caches (maxAge 0 or PRIVATE), or that have none: what a subgraph's test expects to be empty.
 */
export function accessRuleFieldsLeftCacheable(
  schema: GraphQLSchema,
  privateFields: ReadonlySet<string>,
): string[] {
  return [...privateFields]
    .filter((coordinate) => {
      const [typeName, fieldName] = coordinate.split(".");
      const type = schema.getType(typeName);
      if (!type || !("getFields" in type)) return false; // not in this schema (another subgraph's class)
      const field = type.getFields()[fieldName];
      if (!field) return false;
      const hint = field.astNode?.directives?.find((directive) => directive.name.value === "cacheControl");
      return !hint || !isRestrictive(cacheHintOf(hint));
    })
    .sort();
}
