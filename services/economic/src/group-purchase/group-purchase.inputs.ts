import { Field, Float, ID, InputType, registerEnumType } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { SortInput } from "../common/listing";
import { IsEuros } from "../common/validators";

@InputType({ description: "Narrows the list of group purchases; every given criterion must hold." })
export class GroupPurchaseFilter {
  @Field(() => ID, {
    nullable: true,
    description: "Only orders this member took part in (staff, or the member itself).",
  })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field(() => LocalDate, { nullable: true, description: "Only orders placed on or after this day." })
  from?: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Only orders placed on or before this day." })
  to?: IsoDate;
}

export enum GroupPurchaseSortField {
  ORDERED_ON = "ORDERED_ON",
  TITLE = "TITLE",
}

registerEnumType(GroupPurchaseSortField, {
  name: "GroupPurchaseSortField",
  description: "Field the group purchase list is sorted by.",
  valuesConfig: { ORDERED_ON: { description: "Order date." }, TITLE: { description: "Title." } },
});

export const GroupPurchaseSort = SortInput(
  "GroupPurchase",
  GroupPurchaseSortField,
  GroupPurchaseSortField.ORDERED_ON,
);
export type GroupPurchaseSort = InstanceType<typeof GroupPurchaseSort>;

@InputType({ description: "A member's share of a group purchase." })
export class GroupPurchaseParticipantInput {
  @Field(() => ID, { description: "The member." })
  @IsUUID()
  memberId!: string;

  @Field(() => Float, { description: "What it pays at the group price, in euros." })
  @IsEuros()
  amount!: number;

  @Field(() => Float, { description: "What buying alone would have cost it, in euros." })
  @IsEuros()
  publicAmount!: number;
}

@InputType({ description: "A group purchase with its participants, at least two (staff)." })
export class CreateGroupPurchaseInput {
  @Field({ description: "What is bought (French), 1–200 characters." })
  @Length(1, 200)
  title!: string;

  @Field({ description: "Supplier, 1–200 characters." })
  @Length(1, 200)
  supplier!: string;

  @Field(() => LocalDate, { description: "Date of the order." })
  orderedOn!: IsoDate;

  @Field(() => String, { nullable: true, description: "Details (French)." })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => [GroupPurchaseParticipantInput], {
    description: "Participating members: 2 to 100, each once.",
  })
  @ArrayMinSize(2)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  participants!: GroupPurchaseParticipantInput[];
}
