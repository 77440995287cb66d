import { Field, ObjectType } from "type-graphql";
import { formerNameOf } from "@pole/subgraph-kit";
import { NeighbourhoodAction } from "./neighbourhood-action.entity";

@ObjectType({ description: "Result of createNeighbourhoodAction." })
export class CreateNeighbourhoodActionPayload {
  @Field(() => NeighbourhoodAction, { description: "The new action." })
  neighbourhoodAction!: NeighbourhoodAction;

  @Field(() => NeighbourhoodAction, formerNameOf("neighbourhoodAction", "The new action."))
  action!: NeighbourhoodAction;
}

@ObjectType({ description: "Result of updateNeighbourhoodAction." })
export class UpdateNeighbourhoodActionPayload {
  @Field(() => NeighbourhoodAction, { description: "The action as it now is." })
  neighbourhoodAction!: NeighbourhoodAction;

  @Field(() => NeighbourhoodAction, formerNameOf("neighbourhoodAction", "The action as it now is."))
  action!: NeighbourhoodAction;
}

@ObjectType({ description: "Result of cancelNeighbourhoodAction." })
export class CancelNeighbourhoodActionPayload {
  @Field(() => NeighbourhoodAction, { description: "The cancelled action." })
  neighbourhoodAction!: NeighbourhoodAction;

  @Field(() => NeighbourhoodAction, formerNameOf("neighbourhoodAction", "The cancelled action."))
  action!: NeighbourhoodAction;
}
