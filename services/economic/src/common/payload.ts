import { Field, ObjectType } from "type-graphql";
import type { ClassType } from "type-graphql";

/** When a payload field got its type's name, the old name stays this long, deprecated. */
export const PAYLOAD_RENAME_DEPRECATION = "2026-12-02";

/**
 * Declares a mutation's payload type `<Name>Payload` with one field holding what the mutation wrote, named
 * after its type, e.g. `Payload("CreateMember", "member", Member)` → `type CreateMemberPayload { member:
 * Member! }`. `formerField` keeps a former name of that field, deprecated: the mutation returns both.
 */
export function Payload<T extends object>(
  name: string,
  field: string,
  type: ClassType<T>,
  what: string,
  formerField?: string,
) {
  @ObjectType(`${name}Payload`, {
    description: `What ${name.charAt(0).toLowerCase()}${name.slice(1)} wrote.`,
  })
  class PayloadType {}
  Field(() => type, { description: what })(PayloadType.prototype, field);
  if (formerField) {
    Field(() => type, {
      description: `${what} Former name of \`${field}\`.`,
      deprecationReason: `${PAYLOAD_RENAME_DEPRECATION}: use ${field}`,
    })(PayloadType.prototype, formerField);
  }
  return PayloadType;
}
