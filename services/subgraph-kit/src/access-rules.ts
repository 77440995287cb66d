import { getNullableType, isNonNullType, isObjectType, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

/** A field or resolver method, as type-graphql's metadata names it: its class and its property. */
interface MemberRef {
  target: Function;
  name: string;
}

/** Fields whose resolver checks the viewer itself (see {@link ChecksViewer}). */
const viewerCheckedFields: MemberRef[] = [];

/**
 * Marks a field (a query, mutation or field resolver, or an object type's property) whose resolver checks
 * the viewer itself and may refuse it with FORBIDDEN or UNAUTHENTICATED, without `@Authorized`: a filter
 * only the member itself may use, an object-level rule… Like every field behind an access rule, it must be
 * nullable, so that a refusal costs that field and never its parent (DESIGN §6); the guard
 * {@link nonNullAccessRuleFields} finds it by this mark.
 */
export function ChecksViewer(): MethodDecorator & PropertyDecorator {
  return (prototype: object, property: string | symbol) => {
    viewerCheckedFields.push({ target: prototype.constructor, name: String(property) });
  };
}

/** Whether `target` is `base` or a class extending it. */
const isOrExtends = (target: Function, base: Function): boolean =>
  target === base || target.prototype instanceof base;

/**
 * The rules of every field behind an access rule that type-graphql knows of, by schema coordinate
 * (`Type.field`): the roles and `owner` of its `@Authorized(...)` (empty: any signed-in viewer), or
 * `"viewer"` for a field marked {@link ChecksViewer}, whose resolver decides. Reads the metadata of the
 * classes loaded in this process, so call it after building the schema it is compared with. (The fuzzer
 * checks answers against these rules: a role they leave out never receives the field's value.)
 */
export function accessRulesByCoordinate(): Map<string, readonly string[] | "viewer"> {
  const storage = getMetadataStorage();
  const ruled: (MemberRef & { rules: readonly string[] | "viewer" })[] = [
    ...storage.authorizedFields.map(({ target, fieldName, roles }) => ({
      target,
      name: fieldName,
      rules: roles as readonly string[],
    })),
    ...viewerCheckedFields.map((ref) => ({ ...ref, rules: "viewer" as const })),
  ];
  const rulesByCoordinate = new Map<string, readonly string[] | "viewer">();
  const add = (coordinate: string, rules: readonly string[] | "viewer") => {
    const known = rulesByCoordinate.get(coordinate);
    // Both marks on one field: the resolver's own check is the stricter description.
    rulesByCoordinate.set(coordinate, known === "viewer" ? known : rules);
  };
  const typeNamesOf = (target: Function) =>
    [...storage.objectTypes, ...storage.interfaceTypes]
      .filter((type) => isOrExtends(type.target, target))
      .map((type) => type.name);
  const objectTypeOfResolver = (target: Function): string[] => {
    const resolverClass = storage.resolverClasses.find((resolver) => resolver.target === target);
    const objectClass = resolverClass?.getObjectType?.();
    return objectClass ? typeNamesOf(objectClass as Function) : [];
  };
  for (const { target, name, rules } of ruled) {
    for (const [root, handlers] of [
      ["Query", storage.queries],
      ["Mutation", storage.mutations],
    ] as const) {
      for (const handler of handlers) {
        if (isOrExtends(target, handler.target) && handler.methodName === name) {
          add(`${root}.${handler.schemaName}`, rules);
        }
      }
    }
    for (const resolver of storage.fieldResolvers) {
      if (!isOrExtends(target, resolver.target) || resolver.methodName !== name) continue;
      const objectClass = resolver.getObjectType?.() as Function | undefined;
      const typeNames = objectClass ? typeNamesOf(objectClass) : objectTypeOfResolver(resolver.target);
      for (const typeName of typeNames) add(`${typeName}.${resolver.schemaName}`, rules);
    }
    for (const field of storage.fields) {
      if (field.target !== target || field.name !== name) continue;
      for (const typeName of typeNamesOf(target)) add(`${typeName}.${field.schemaName}`, rules);
    }
  }
  return rulesByCoordinate;
}

/**
 * The schema coordinates (`Type.field`) of every field behind an access rule that type-graphql knows of:
 * `@Authorized(...)` on a field or a resolver method, or {@link ChecksViewer}. Reads the metadata of the
 * classes loaded in this process, so call it after building the schema it is compared with.
 */
export function accessRuleCoordinates(): Set<string> {
  return new Set(accessRulesByCoordinate().keys());
}

/**
 * The fields of `schema` behind an access rule ({@link accessRuleCoordinates}) whose type is non-null:
 * refusing one would erase its parent, up to the whole answer. Should be empty.
 */
export function nonNullAccessRuleFields(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  for (const coordinate of accessRuleCoordinates()) {
    const [typeName, fieldName] = coordinate.split(".");
    const type = schema.getType(typeName);
    const field = type && isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (field && isNonNullType(field.type)) {
      found.push(`${coordinate}: ${String(field.type)} (make it ${String(getNullableType(field.type))})`);
    }
  }
  return found.sort();
}
