import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Stub of the economic subgraph's `Member`: its key only, so this subgraph can add fields and point at members. */
@ObjectType({ description: "A member structure of the Pôle (owned by the economic subgraph)." })
@Directive('@key(fields: "id")')
export class Member {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  id!: string;
}
