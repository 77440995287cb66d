import { Directive, Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A member structure of the Pôle (owned by the economic subgraph)" })
@Directive('@key(fields: "id")')
export class Member {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  id!: string;
}
