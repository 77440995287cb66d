import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * A neighbourhood action (owned by the neighbourhood subgraph), referenced by practices as their source.
 * This subgraph only knows its id and resolves no field of it: `resolvable: false`. In a supergraph without
 * the neighbourhood subgraph it is a plain reference (an id).
 */
@ObjectType({
  description:
    "An action of the Pôle with and for the inhabitants of a neighbourhood (owned by the neighbourhood subgraph).",
})
@Directive('@key(fields: "id", resolvable: false)')
export class NeighbourhoodAction {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  id!: string;
}
