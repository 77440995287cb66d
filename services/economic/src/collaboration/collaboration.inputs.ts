import { Field, Float, ID, InputType, registerEnumType } from "type-graphql";
import { IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { SortInput } from "../common/listing";
import { IsEuros } from "../common/validators";
import { CollaborationKind } from "./collaboration-kind.enum";

@InputType({ description: "Narrows the list of collaborations; every given criterion must hold." })
export class CollaborationFilter {
  @Field(() => CollaborationKind, { nullable: true, description: "Only collaborations of this kind." })
  kind?: CollaborationKind;

  @Field(() => ID, {
    nullable: true,
    description: "Only collaborations of this member, as lead or partner (a member may only ask for itself).",
  })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Only collaborations starting on or after this day.",
  })
  from?: IsoDate;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Only collaborations starting on or before this day.",
  })
  to?: IsoDate;
}

export enum CollaborationSortField {
  STARTS_ON = "STARTS_ON",
  AMOUNT = "AMOUNT",
}

registerEnumType(CollaborationSortField, {
  name: "CollaborationSortField",
  description: "Field the collaboration list is sorted by.",
  valuesConfig: { STARTS_ON: { description: "First day." }, AMOUNT: { description: "Amount." } },
});

export const CollaborationSort = SortInput(
  "Collaboration",
  CollaborationSortField,
  CollaborationSortField.STARTS_ON,
);
export type CollaborationSort = InstanceType<typeof CollaborationSort>;

@InputType({
  description: "A new collaboration between two members: staff, or a member that is one of the two.",
})
export class CreateCollaborationInput {
  @Field(() => CollaborationKind, { description: "Co-contracting, subcontracting or joint bid." })
  kind!: CollaborationKind;

  @Field(() => ID, { description: "The member that leads (holds the contract or the bid)." })
  @IsUUID()
  leadMemberId!: string;

  @Field(() => ID, { description: "The partner member, another member than the lead." })
  @IsUUID()
  partnerMemberId!: string;

  @Field({ description: "What it is about (French), 1–200 characters." })
  @Length(1, 200)
  title!: string;

  @Field(() => String, { nullable: true, description: "The client or buyer." })
  @IsOptional()
  @MaxLength(200)
  client?: string | null;

  @Field(() => Float, { nullable: true, description: "Amount of the contract or bid in euros." })
  @IsOptional()
  @IsEuros()
  amount?: number | null;

  @Field(() => LocalDate, { description: "First day." })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day, on or after the first." })
  endsOn?: IsoDate | null;
}
