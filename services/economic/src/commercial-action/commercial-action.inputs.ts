import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { SortInput } from "../common/listing";
import { IsDecimal, IsEuros } from "../common/validators";
import { CommercialActionKind } from "./commercial-action.enums";

@InputType({ description: "Narrows the list of commercial actions; every given criterion must hold." })
export class CommercialActionFilter {
  @Field(() => CommercialActionKind, { nullable: true, description: "Only actions of this kind." })
  kind?: CommercialActionKind;

  @Field(() => ID, {
    nullable: true,
    description: "Only actions this member takes part in (staff, or the member itself).",
  })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field(() => LocalDate, { nullable: true, description: "Only actions starting on or after this day." })
  from?: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Only actions starting on or before this day." })
  to?: IsoDate;
}

export enum CommercialActionSortField {
  STARTS_ON = "STARTS_ON",
  TITLE = "TITLE",
}

registerEnumType(CommercialActionSortField, {
  name: "CommercialActionSortField",
  description: "Field the commercial action list is sorted by.",
  valuesConfig: { STARTS_ON: { description: "First day." }, TITLE: { description: "Title." } },
});

export const CommercialActionSort = SortInput(
  "CommercialAction",
  CommercialActionSortField,
  CommercialActionSortField.STARTS_ON,
);
export type CommercialActionSort = InstanceType<typeof CommercialActionSort>;

@InputType({ description: "A member taking part in a commercial action." })
export class CommercialActionParticipantInput {
  @Field(() => ID, { description: "The member." })
  @IsUUID()
  memberId!: string;

  @Field(() => Float, { nullable: true, description: "Hours the Pôle spends on this member's part." })
  @IsOptional()
  @IsDecimal({ above: 0, max: 10_000 })
  hours?: number | null;

  @Field(() => Float, { description: "What the member pays, in euros." })
  @IsEuros()
  contribution!: number;

  @Field(() => Float, { nullable: true, description: "What acting alone would cost it, in euros." })
  @IsOptional()
  @IsEuros()
  publicValue?: number | null;
}

@InputType({ description: "A new pooled commercial action with its participants (staff)." })
export class CreateCommercialActionInput {
  @Field(() => CommercialActionKind, { description: "Communication, prospecting or marketing." })
  kind!: CommercialActionKind;

  @Field({ description: "Title (French), 1–200 characters." })
  @Length(1, 200)
  title!: string;

  @Field(() => String, { nullable: true, description: "What the action does (French)." })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => LocalDate, { description: "First day." })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day, on or after the first." })
  endsOn?: IsoDate | null;

  @Field(() => [CommercialActionParticipantInput], {
    description: "Participating members, 1 to 100, each once.",
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  participants!: CommercialActionParticipantInput[];
}

@InputType({ description: "The outcomes of a commercial action (staff); replaces those recorded." })
export class RecordCommercialActionOutcomeInput {
  @Field(() => ID, { description: "The action." })
  @IsUUID()
  actionId!: string;

  @Field({ description: "Outcomes in words (French), 1–2,000 characters." })
  @Length(1, 2000)
  outcome!: string;

  @Field(() => Int, { nullable: true, description: "Contacts or leads produced." })
  @IsOptional()
  @IsInt()
  @Min(0)
  leads?: number | null;

  @Field(() => Int, { nullable: true, description: "Contracts signed thanks to the action." })
  @IsOptional()
  @IsInt()
  @Min(0)
  contractsWon?: number | null;

  @Field(() => Float, { nullable: true, description: "Revenue from those contracts, in euros." })
  @IsOptional()
  @IsEuros()
  revenueGenerated?: number | null;
}
