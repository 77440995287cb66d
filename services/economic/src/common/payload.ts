import { Field, ObjectType } from "type-graphql";
import type { ClassType } from "type-graphql";

/**
 * Declares a mutation's payload type `<Name>Payload` with one field holding what the mutation wrote, e.g.
 * `Payload("CreateMember", "member", Member)` → `type CreateMemberPayload { member: Member! }`.
 */
export function Payload<T extends object>(name: string, field: string, type: ClassType<T>, what: string) {
  @ObjectType(`${name}Payload`, {
    description: `What ${name.charAt(0).toLowerCase()}${name.slice(1)} wrote.`,
  })
  class PayloadType {}
  Field(() => type, { description: what })(PayloadType.prototype, field);
  return PayloadType;
}
