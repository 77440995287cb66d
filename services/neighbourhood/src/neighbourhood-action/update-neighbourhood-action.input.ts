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
import { ActionPlaceKind } from "./action-place-kind.enum";
import { ActionStatus } from "./action-status.enum";
import { MAX_COUNT } from "./create-neighbourhood-action.input";

@InputType({
  description:
    "Changes to a neighbourhood action: only the fields given change (null clears a nullable field). The kind never changes.",
})
export class UpdateNeighbourhoodActionInput {
  @Field(() => ID, { description: "The action (UUID)." })
  id!: string;

  @Field({ nullable: true, description: "Title (French), 3 to 200 characters." })
  @IsOptional()
  @Length(3, 200)
  title?: string;

  @Field({ nullable: true, description: "Description (French), up to 5000 characters." })
  @IsOptional()
  @Length(1, 5000)
  description?: string;

  @Field(() => LocalDate, { nullable: true, description: "First day." })
  startsOn?: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day; null clears it (the action goes on)." })
  endsOn?: IsoDate | null;

  @Field({ nullable: true, description: "Where (2 to 200 characters)." })
  @IsOptional()
  @Length(2, 200)
  place?: string;

  @Field(() => ActionPlaceKind, { nullable: true, description: "Which part of the neighbourhood." })
  placeKind?: ActionPlaceKind;

  @Field(() => String, {
    nullable: true,
    description:
      "QPV code, QN + 6 or 7 characters (2024 geography, e.g. QN02501M) or QP + 6 digits (2015 geography, e.g. QP021003); null clears it.",
  })
  @IsOptional()
  @Matches(QPV_CODE, { message: QPV_CODE_MESSAGE })
  qpvCode?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: "The new lead members (replace the old ones; a member must stay among them).",
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  leadMemberIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: "The new partner organisations (replace the old ones).",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(200, { each: true })
  partners?: string[];

  @Field(() => Int, { nullable: true, description: "Inhabitants reached." })
  @IsOptional()
  @Min(0)
  @Max(MAX_COUNT)
  inhabitantsReached?: number;

  @Field(() => Int, { nullable: true, description: "Sessions held." })
  @IsOptional()
  @Min(0)
  @Max(MAX_COUNT)
  sessionCount?: number;

  @Field(() => Int, { nullable: true, description: "Hours of activity with the inhabitants." })
  @IsOptional()
  @Min(0)
  @Max(MAX_COUNT)
  hours?: number;

  @Field(() => ActionStatus, {
    nullable: true,
    description: "PLANNED, RUNNING or DONE (DONE needs an end date).",
  })
  status?: ActionStatus;

  @Field(() => ID, { nullable: true, description: "The participatory project; null detaches the action." })
  participatoryProjectId?: string | null;

  @Field(() => MarketStudyInput, {
    nullable: true,
    description: "Replaces the market study (MARKET_STUDY only).",
  })
  @IsOptional()
  @ValidateNested()
  marketStudy?: MarketStudyInput;

  @Field(() => CollectiveInitiativeInput, {
    nullable: true,
    description: "Replaces the initiative's details (COLLECTIVE_INITIATIVE_SUPPORT only).",
  })
  @IsOptional()
  @ValidateNested()
  collectiveInitiative?: CollectiveInitiativeInput;
}
