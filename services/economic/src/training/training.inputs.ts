import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import { IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { SortInput } from "../common/listing";
import { IsDecimal } from "../common/validators";

@InputType({ description: "Narrows the list of trainings; every given criterion must hold." })
export class TrainingFilter {
  @Field(() => ID, {
    nullable: true,
    description: "Only trainings this member attended (staff, or the member itself).",
  })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Only trainings with a session on or after this day.",
  })
  from?: IsoDate;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Only trainings with a session on or before this day.",
  })
  to?: IsoDate;
}

export enum TrainingSortField {
  TITLE = "TITLE",
  FIRST_SESSION = "FIRST_SESSION",
}

registerEnumType(TrainingSortField, {
  name: "TrainingSortField",
  description: "Field the training list is sorted by.",
  valuesConfig: {
    TITLE: { description: "Title." },
    FIRST_SESSION: { description: "Day of the first session (trainings without one last)." },
  },
});

export const TrainingSort = SortInput("Training", TrainingSortField, TrainingSortField.FIRST_SESSION);
export type TrainingSort = InstanceType<typeof TrainingSort>;

@InputType({ description: "A new custom training (staff)." })
export class CreateTrainingInput {
  @Field(() => ID, { description: "The offering (of the CUSTOM_TRAINING family) it falls under." })
  @IsUUID()
  offeringId!: string;

  @Field({ description: "Title (French), 1–200 characters." })
  @Length(1, 200)
  title!: string;

  @Field(() => String, { nullable: true, description: "Content and aims (French)." })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Trainer or training body." })
  @IsOptional()
  @MaxLength(200)
  trainer?: string | null;
}

@InputType({ description: "A session of a training (staff)." })
export class ScheduleTrainingSessionInput {
  @Field(() => ID, { description: "The training." })
  @IsUUID()
  trainingId!: string;

  @Field(() => LocalDate, { description: "Day of the session." })
  heldOn!: IsoDate;

  @Field(() => Float, { description: "Hours of training, above 0 and at most 12." })
  @IsDecimal({ above: 0, max: 12 })
  hours!: number;

  @Field(() => String, { nullable: true, description: "Where." })
  @IsOptional()
  @MaxLength(200)
  place?: string | null;
}

@InputType({
  description:
    "A member's attendance at a session (staff); recording it again replaces the count. Priced at the training's offering rates.",
})
export class RecordTrainingAttendanceInput {
  @Field(() => ID, { description: "The session." })
  @IsUUID()
  sessionId!: string;

  @Field(() => ID, { description: "The member." })
  @IsUUID()
  memberId!: string;

  @Field(() => Int, { description: "People of the member who attended, 1–50." })
  @IsInt()
  @Min(1)
  @Max(50)
  participantCount!: number;
}
