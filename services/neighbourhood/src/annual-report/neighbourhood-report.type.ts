import { Field, Int, ObjectType } from "type-graphql";
import { BreakdownItem, BreakdownOf, MaxItems, ReportCoverage } from "@pole/subgraph-kit";
import { contributionStatusReportLabels } from "../contribution/contribution-status.enum";
import { actionKindLabels } from "../neighbourhood-action/action-kind.enum";
import { actionPlaceKindLabels } from "../neighbourhood-action/action-place-kind.enum";
import { MAX_QPV_BREAKDOWN_ITEMS } from "./qpv-names";

/** French labels of the exit destinations of insertion pathways. */
export const exitDestinationLabels = {
  EMPLOYMENT: "Sorties vers l'emploi",
  TRAINING: "Sorties vers une formation",
  OTHER: "Autres sorties",
};

/** What a null figure of the actions means, repeated in each of their descriptions. */
const NO_ACTIONS = "Null when no action at all (cancelled ones included) was recorded as starting that year.";

/**
 * The neighbourhood pillar's indicators of a year. Aggregate counts only: no field carries data about a
 * person. Every total equals the sum of its breakdown. A figure whose source holds no record for the year
 * is null (no data), never 0.
 */
@ObjectType({
  description:
    "Neighbourhood indicators of a year: the actions with and for the inhabitants of the Grésilles. Aggregate counts only; every total equals the sum of its breakdown. Four sources: actions, contributions to participatory projects, employment outcomes and insertion cohorts; a figure whose source holds nothing for the year is null (no data), never 0, and a source with records that year gives true zeros.",
})
export class NeighbourhoodReport {
  @Field(() => ReportCoverage, {
    description:
      "How many of the four sources (actions; contributions, i.e. a participatory phase open to them; employment outcomes; insertion cohorts) hold records for the year: COMPLETE (all), PARTIAL, NONE (every figure null).",
  })
  coverage!: ReportCoverage;

  @Field({
    description:
      "True when any record the year's figures count (an action, a contribution, an employment outcome, an insertion cohort) is an invented sample record (isSample): such a report must not be published as real.",
  })
  sampleData!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: `Neighbourhood actions that started during the year (cancelled actions left out). ${NO_ACTIONS}`,
  })
  actionCount!: number | null;

  @BreakdownOf(actionKindLabels)
  @Field(() => [BreakdownItem], {
    description:
      "actionCount by kind of action: one item per ActionKind (key), with its French label; values null when actionCount is.",
  })
  actionsByKind!: BreakdownItem[];

  @BreakdownOf(actionPlaceKindLabels)
  @Field(() => [BreakdownItem], {
    description:
      "actionCount by place: one item per ActionPlaceKind (BOUTARIC_BUILDING, ESPLANADE_BOUTARIC, ELSEWHERE_IN_NEIGHBOURHOOD), with its French label; sums to actionCount; values null when actionCount is.",
  })
  actionsByPlaceKind!: BreakdownItem[];

  @MaxItems(MAX_QPV_BREAKDOWN_ITEMS)
  @Field(() => [BreakdownItem], {
    description: `actionCount by priority neighbourhood: key the QPV code of the actions (QN… of the 2024 geography or QP… of the 2015 one, as recorded), label the neighbourhood's name; the codes with actions that year in code order (at most 20: beyond, those with fewest actions are summed under OTHER_QPVS), then OUTSIDE_QPV, always listed, for the actions without a QPV code. Sums to actionCount; values null when actionCount is. At most ${MAX_QPV_BREAKDOWN_ITEMS} items.`,
  })
  actionsByQpvCode!: BreakdownItem[];

  @Field(() => Int, {
    nullable: true,
    description: `« Habitants touchés »: the inhabitants each action that started during the year reached, summed over those actions. A sum over actions, not a count of people: an inhabitant reached by two actions counts twice. ${NO_ACTIONS}`,
  })
  inhabitantsReached!: number | null;

  @BreakdownOf(actionKindLabels)
  @Field(() => [BreakdownItem], {
    description: "inhabitantsReached by kind of action (a sum over actions, as inhabitantsReached).",
  })
  inhabitantsReachedByKind!: BreakdownItem[];

  @Field(() => Int, {
    nullable: true,
    description: `Hours of activity with the inhabitants, over the actions started in the year. ${NO_ACTIONS}`,
  })
  hours!: number | null;

  @BreakdownOf(actionKindLabels)
  @Field(() => [BreakdownItem], { description: "hours by kind of action." })
  hoursByKind!: BreakdownItem[];

  @Field(() => Int, {
    nullable: true,
    description:
      "Contributions of inhabitants to the participatory projects submitted during the year (Dijon time). Null when no project phase taking contributions was open during the year (nobody was asked: no data); 0 when one was open and nobody contributed.",
  })
  contributionCount!: number | null;

  @BreakdownOf(contributionStatusReportLabels)
  @Field(() => [BreakdownItem], {
    description:
      "contributionCount by moderation state (PUBLISHED, HIDDEN, PENDING): counts only, never the texts; values null when contributionCount is.",
  })
  contributionsByStatus!: BreakdownItem[];

  @Field(() => Int, {
    nullable: true,
    description:
      "Employment partnership: inhabitants who started a training, over the periods of the year. Null when no employment outcome was recorded for a period of the year.",
  })
  trainingCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Employment partnership: immersions in member enterprises during the year. Null when no employment outcome was recorded for a period of the year.",
  })
  immersionCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Employment partnership: returns to employment during the year. Null when no employment outcome was recorded for a period of the year.",
  })
  returnToEmploymentCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Insertion pathways: entries into the cohorts that started during the year. Null when no cohort started that year.",
  })
  insertionEntryCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Insertion pathways: exits from the cohorts that started during the year, whatever the destination. Null when no cohort started that year.",
  })
  insertionExitCount!: number | null;

  @BreakdownOf(exitDestinationLabels)
  @Field(() => [BreakdownItem], {
    description:
      "insertionExitCount by destination: EMPLOYMENT, TRAINING, OTHER; values null when insertionExitCount is.",
  })
  insertionExitsByDestination!: BreakdownItem[];
}
