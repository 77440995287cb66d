import { Field, Float, ID, InputType, registerEnumType } from "type-graphql";
import { IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { SortInput } from "../common/listing";
import { IsDecimal } from "../common/validators";

@InputType({ description: "Narrows the list of consulting sessions; every given criterion must hold." })
export class ConsultingSessionFilter {
  @Field(() => ID, {
    nullable: true,
    description: "Only sessions of this member (a member may only ask for itself).",
  })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field(() => LocalDate, { nullable: true, description: "Only sessions on or after this day." })
  from?: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Only sessions on or before this day." })
  to?: IsoDate;
}

export enum ConsultingSessionSortField {
  HELD_ON = "HELD_ON",
  HOURS = "HOURS",
}

registerEnumType(ConsultingSessionSortField, {
  name: "ConsultingSessionSortField",
  description: "Field the consulting session list is sorted by.",
  valuesConfig: { HELD_ON: { description: "Day." }, HOURS: { description: "Length." } },
});

export const ConsultingSessionSort = SortInput(
  "ConsultingSession",
  ConsultingSessionSortField,
  ConsultingSessionSortField.HELD_ON,
);
export type ConsultingSessionSort = InstanceType<typeof ConsultingSessionSort>;

@InputType({
  description: "A consulting session given to a member (staff); prices follow the offering's rates.",
})
export class RecordConsultingSessionInput {
  @Field(() => ID, { description: "The member advised." })
  @IsUUID()
  memberId!: string;

  @Field(() => ID, { description: "The offering (of the TAILORED_CONSULTING family) it falls under." })
  @IsUUID()
  offeringId!: string;

  @Field(() => LocalDate, { description: "Day of the session." })
  heldOn!: IsoDate;

  @Field(() => Float, { description: "Length in hours, above 0 and at most 24." })
  @IsDecimal({ above: 0, max: 24 })
  hours!: number;

  @Field({ description: "Subject (French), 1–200 characters." })
  @Length(1, 200)
  topic!: string;

  @Field(() => String, { nullable: true, description: "Who gave the advice." })
  @IsOptional()
  @MaxLength(200)
  consultant?: string | null;
}
