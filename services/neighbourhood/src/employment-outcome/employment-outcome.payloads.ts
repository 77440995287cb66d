import { Field, ObjectType } from "type-graphql";
import { formerNameOf } from "@pole/subgraph-kit";
import { NeighbourhoodAction } from "../neighbourhood-action/neighbourhood-action.entity";
import { EmploymentOutcome } from "./employment-outcome.entity";

@ObjectType({ description: "Result of createEmploymentOutcome." })
export class CreateEmploymentOutcomePayload {
  @Field(() => EmploymentOutcome, { description: "The new employment outcome." })
  employmentOutcome!: EmploymentOutcome;

  @Field(() => NeighbourhoodAction, { description: "Its action." })
  neighbourhoodAction!: NeighbourhoodAction;

  @Field(() => NeighbourhoodAction, formerNameOf("neighbourhoodAction", "Its action."))
  action!: NeighbourhoodAction;
}

@ObjectType({ description: "Result of updateEmploymentOutcome." })
export class UpdateEmploymentOutcomePayload {
  @Field(() => EmploymentOutcome, { description: "The employment outcome as it now is." })
  employmentOutcome!: EmploymentOutcome;

  @Field(() => NeighbourhoodAction, { description: "Its action." })
  neighbourhoodAction!: NeighbourhoodAction;

  @Field(() => NeighbourhoodAction, formerNameOf("neighbourhoodAction", "Its action."))
  action!: NeighbourhoodAction;
}
