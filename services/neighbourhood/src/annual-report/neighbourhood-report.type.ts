import { Field, Int, ObjectType } from "type-graphql";
import { BreakdownItem, BreakdownOf } from "@pole/subgraph-kit";
import { contributionStatusReportLabels } from "../contribution/contribution-status.enum";
import { actionKindLabels } from "../neighbourhood-action/action-kind.enum";

/** French labels of the exit destinations of insertion pathways. */
export const exitDestinationLabels = {
  EMPLOYMENT: "Sorties vers l'emploi",
  TRAINING: "Sorties vers une formation",
  OTHER: "Autres sorties",
};

/**
 * The neighbourhood pillar's indicators of a year. Aggregate counts only: no field carries data about a
 * person. Every total equals the sum of its breakdown.
 */
@ObjectType({
  description:
    "Neighbourhood indicators of a year: the actions with and for the inhabitants of the Grésilles. Aggregate counts only; every total equals the sum of its breakdown.",
})
export class NeighbourhoodReport {
  @Field(() => Int, {
    description: "Neighbourhood actions that started during the year (cancelled actions left out).",
  })
  actionCount!: number;

  @BreakdownOf(actionKindLabels)
  @Field(() => [BreakdownItem], {
    description: "actionCount by kind of action: one item per ActionKind (key), with its French label.",
  })
  actionsByKind!: BreakdownItem[];

  @Field(() => Int, {
    description:
      "Inhabitants reached, summed over the actions that started during the year: a person at two actions counts twice, so this is not a number of distinct people (aggregate counts only).",
  })
  inhabitantsReached!: number;

  @BreakdownOf(actionKindLabels)
  @Field(() => [BreakdownItem], { description: "inhabitantsReached by kind of action." })
  inhabitantsReachedByKind!: BreakdownItem[];

  @Field(() => Int, {
    description: "Hours of activity with the inhabitants, over the actions started in the year.",
  })
  hours!: number;

  @BreakdownOf(actionKindLabels)
  @Field(() => [BreakdownItem], { description: "hours by kind of action." })
  hoursByKind!: BreakdownItem[];

  @Field(() => Int, {
    description:
      "Contributions of inhabitants to the participatory projects submitted during the year (Dijon time).",
  })
  contributionCount!: number;

  @BreakdownOf(contributionStatusReportLabels)
  @Field(() => [BreakdownItem], {
    description:
      "contributionCount by moderation state (PUBLISHED, HIDDEN, PENDING): counts only, never the texts.",
  })
  contributionsByStatus!: BreakdownItem[];

  @Field(() => Int, {
    description: "Employment partnership: inhabitants who started a training, over the periods of the year.",
  })
  trainingCount!: number;

  @Field(() => Int, {
    description: "Employment partnership: immersions in member enterprises during the year.",
  })
  immersionCount!: number;

  @Field(() => Int, { description: "Employment partnership: returns to employment during the year." })
  returnToEmploymentCount!: number;

  @Field(() => Int, {
    description: "Insertion pathways: entries into the cohorts that started during the year.",
  })
  insertionEntryCount!: number;

  @Field(() => Int, {
    description:
      "Insertion pathways: exits from the cohorts that started during the year, whatever the destination.",
  })
  insertionExitCount!: number;

  @BreakdownOf(exitDestinationLabels)
  @Field(() => [BreakdownItem], {
    description: "insertionExitCount by destination: EMPLOYMENT, TRAINING, OTHER.",
  })
  insertionExitsByDestination!: BreakdownItem[];
}
