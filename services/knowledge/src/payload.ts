import { Field, ObjectType, type ClassType } from "type-graphql";

/**
 * Declares a mutation's payload type `name` with one field, `field`, holding the record the mutation
 * created or changed (as it is afterwards).
 */
export function Payload<T extends object, K extends string>(
  type: ClassType<T>,
  name: string,
  field: K,
  description: string,
): ClassType<Record<K, T>> {
  @ObjectType(name, { description })
  class PayloadType {}
  Field(() => type, { description: `The ${type.name.toLowerCase()} as it is after the mutation.` })(
    PayloadType.prototype,
    field,
  );
  return PayloadType as ClassType<Record<K, T>>;
}
