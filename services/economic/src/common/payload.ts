import { Field, ObjectType } from "type-graphql";
import type { ClassType } from "type-graphql";
import { formerNameOf } from "@pole/subgraph-kit";

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
    Field(() => type, formerNameOf(field, what))(PayloadType.prototype, formerField);
  }
  return PayloadType;
}
