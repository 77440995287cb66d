import { Field, ID, InputType, Int } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { LocalDate, QPV_CODE, QPV_CODE_MESSAGE, type IsoDate } from "@pole/subgraph-kit";
import { CollectiveInitiativeInput } from "../collective-initiative/collective-initiative.input";
import { MarketStudyInput } from "../market-study/market-study.input";
import { ActionKind } from "./action-kind.enum";
import { ActionPlaceKind } from "./action-place-kind.enum";
import { ActionStatus } from "./action-status.enum";

/** Upper bound of the participation counts (a typo guard). */
export const MAX_COUNT = 1_000_000;

@InputType({ description: "A new neighbourhood action. A member must list itself among the lead members." })
export class CreateNeighbourhoodActionInput {
  @Field(() => ActionKind, { description: "Kind of action; it cannot change afterwards." })
  kind!: ActionKind;

  @Field({ description: "Title (French), 3 to 200 characters." })
  @Length(3, 200)
  title!: string;

  @Field({ description: "What the action is and who it is for (French), up to 5000 characters." })
  @Length(1, 5000)
  description!: string;

  @Field(() => LocalDate, { description: "First day." })
  startsOn!: IsoDate;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Last day; not before startsOn; null while it goes on.",
  })
  endsOn?: IsoDate | null;

  @Field({ description: "Where, e.g. « Immeuble Boutaric » (2 to 200 characters)." })
  @Length(2, 200)
  place!: string;

  @Field(() => ActionPlaceKind, { description: "Which part of the neighbourhood." })
  placeKind!: ActionPlaceKind;

  @Field(() => String, {
    nullable: true,
    description:
      "QPV code: QN + 6 or 7 characters (2024 geography, e.g. QN02501M) or QP + 6 digits (2015 geography, e.g. QP021003).",
  })
  @IsOptional()
  @Matches(QPV_CODE, { message: QPV_CODE_MESSAGE })
  qpvCode?: string | null;

  @Field(() => [ID], { description: "Member structures leading the action (UUIDs, 1 to 20)." })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  leadMemberIds!: string[];

  @Field(() => [String], {
    defaultValue: [],
    description: "Partner organisations (names of organisations, not people; up to 20 of 200 characters).",
  })
  @ArrayMaxSize(20)
  @MaxLength(200, { each: true })
  partners!: string[];

  @Field(() => Int, { defaultValue: 0, description: "Inhabitants reached (a count)." })
  @Min(0)
  @Max(MAX_COUNT)
  inhabitantsReached!: number;

  @Field(() => Int, { defaultValue: 0, description: "Sessions held." })
  @Min(0)
  @Max(MAX_COUNT)
  sessionCount!: number;

  @Field(() => Int, { defaultValue: 0, description: "Hours of activity with the inhabitants." })
  @Min(0)
  @Max(MAX_COUNT)
  hours!: number;

  @Field(() => ActionStatus, {
    defaultValue: ActionStatus.PLANNED,
    description: "PLANNED, RUNNING or DONE (DONE needs endsOn); cancel with cancelNeighbourhoodAction.",
  })
  status!: ActionStatus;

  @Field(() => ID, { nullable: true, description: "The participatory project the action belongs to." })
  participatoryProjectId?: string | null;

  @Field(() => MarketStudyInput, { nullable: true, description: "Required for, and only for, MARKET_STUDY." })
  @IsOptional()
  @ValidateNested()
  marketStudy?: MarketStudyInput | null;

  @Field(() => CollectiveInitiativeInput, {
    nullable: true,
    description: "Required for, and only for, COLLECTIVE_INITIATIVE_SUPPORT.",
  })
  @IsOptional()
  @ValidateNested()
  collectiveInitiative?: CollectiveInitiativeInput | null;
}
