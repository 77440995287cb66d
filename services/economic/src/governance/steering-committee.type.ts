import { ObjectType } from "type-graphql";

/** The steering committee (comité de pilotage): its seats and meetings are fields resolved on it. */
@ObjectType({
  description:
    "The steering committee (comité de pilotage), chaired by the City of Dijon: seats and meetings.",
})
export class SteeringCommittee {}
