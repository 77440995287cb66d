import { Field, ObjectType } from "type-graphql";
import { Payload } from "../payload";
import { TerritoryChange } from "./territory-change.entity";
import { Territory } from "./territory.entity";

/** What `createTerritory` returns. */
export const CreateTerritoryPayload = Payload(
  Territory,
  "CreateTerritoryPayload",
  "territory",
  "Result of createTerritory: the new territory.",
);

@ObjectType({
  description:
    "Result of updateTerritory: the territory as it is now and, when a territory changed its own name, codes or kind, the change waiting for staff review (not applied yet).",
})
export class UpdateTerritoryPayload {
  @Field(() => Territory, {
    description:
      "The territory as it is after the mutation: changed at once by staff; unchanged while a territory's own change is pending.",
  })
  territory!: Territory;

  @Field(() => TerritoryChange, {
    nullable: true,
    description:
      "The pending change, when the mutation stored one for staff review (a territory's token changing its own name, codes or kind); null when it applied at once.",
  })
  pendingChange!: TerritoryChange | null;
}

@ObjectType({ description: "Result of approveTerritoryChange and rejectTerritoryChange." })
export class TerritoryChangeDecisionPayload {
  @Field(() => Territory, { description: "The territory as it is after the decision." })
  territory!: Territory;

  @Field(() => TerritoryChange, { description: "The change as decided (APPROVED or REJECTED)." })
  change!: TerritoryChange;
}

export type TerritoryPayload = { territory: Territory };
