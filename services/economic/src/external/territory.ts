import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Stub of the knowledge subgraph's `Territory`: its key only, so that `Viewer.territory` can point at the
 * territory a token acts for. The knowledge subgraph resolves its other fields through the gateway.
 */
@ObjectType({ description: "A territory (owned by the knowledge subgraph)." })
@Directive('@key(fields: "id", resolvable: false)')
export class Territory {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  id!: string;
}
