import { Field, ObjectType } from "type-graphql";
import { formerNameOf } from "@pole/subgraph-kit";
import { NeighbourhoodAction } from "../neighbourhood-action/neighbourhood-action.entity";
import { InsertionCohort } from "./insertion-cohort.entity";

@ObjectType({ description: "Result of createInsertionCohort." })
export class CreateInsertionCohortPayload {
  @Field(() => InsertionCohort, { description: "The new cohort." })
  insertionCohort!: InsertionCohort;

  @Field(() => NeighbourhoodAction, { description: "Its action." })
  neighbourhoodAction!: NeighbourhoodAction;

  @Field(() => NeighbourhoodAction, formerNameOf("neighbourhoodAction", "Its action."))
  action!: NeighbourhoodAction;
}

@ObjectType({ description: "Result of updateInsertionCohort." })
export class UpdateInsertionCohortPayload {
  @Field(() => InsertionCohort, { description: "The cohort as it now is." })
  insertionCohort!: InsertionCohort;

  @Field(() => NeighbourhoodAction, { description: "Its action." })
  neighbourhoodAction!: NeighbourhoodAction;

  @Field(() => NeighbourhoodAction, formerNameOf("neighbourhoodAction", "Its action."))
  action!: NeighbourhoodAction;
}
