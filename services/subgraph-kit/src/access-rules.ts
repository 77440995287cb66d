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
 * The schema coordinates (`Type.field`) of every field behind an access rule that type-graphql knows of:
 * `@Authorized(...)` on a field or a resolver method, or {@link ChecksViewer}. Reads the metadata of the
 * classes loaded in this process, so call it after building the schema it is compared with.
 */
export function accessRuleCoordinates(): Set<string> {
  const storage = getMetadataStorage();
  const ruled: MemberRef[] = [
    ...storage.authorizedFields.map(({ target, fieldName }) => ({ target, name: fieldName })),
    ...viewerCheckedFields,
  ];
  const coordinates = new Set<string>();
  const typeNamesOf = (target: Function) =>
    [...storage.objectTypes, ...storage.interfaceTypes]
      .filter((type) => isOrExtends(type.target, target))
      .map((type) => type.name);
  const objectTypeOfResolver = (target: Function): string[] => {
    const resolverClass = storage.resolverClasses.find((resolver) => resolver.target === target);
    const objectClass = resolverClass?.getObjectType?.();
    return objectClass ? typeNamesOf(objectClass as Function) : [];
  };
  for (const { target, name } of ruled) {
    for (const [root, handlers] of [
      ["Query", storage.queries],
      ["Mutation", storage.mutations],
    ] as const) {
      for (const handler of handlers) {
        if (isOrExtends(target, handler.target) && handler.methodName === name) {
          coordinates.add(`${root}.${handler.schemaName}`);
        }
      }
    }
    for (const resolver of storage.fieldResolvers) {
      if (!isOrExtends(target, resolver.target) || resolver.methodName !== name) continue;
      const objectClass = resolver.getObjectType?.() as Function | undefined;
      const typeNames = objectClass ? typeNamesOf(objectClass) : objectTypeOfResolver(resolver.target);
      for (const typeName of typeNames) coordinates.add(`${typeName}.${resolver.schemaName}`);
    }
    for (const field of storage.fields) {
      if (field.target !== target || field.name !== name) continue;
      for (const typeName of typeNamesOf(target)) coordinates.add(`${typeName}.${field.schemaName}`);
    }
  }
  return coordinates;
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
