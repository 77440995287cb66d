import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { SortInput } from "../common/listing";
import { IsEuros } from "../common/validators";
import { AssociationMemberKind, BoardRole, BodyKind, College, DecisionOutcome } from "./governance.enums";

@InputType({ description: "Narrows the list of the association's members; every given criterion must hold." })
export class AssociationMemberFilter {
  @Field(() => College, { nullable: true, description: "Only this college." })
  college?: College;

  @Field({ nullable: true, description: "Only members with (true) or without (false) voting rights." })
  hasVotingRights?: boolean;

  @Field(() => LocalDate, { nullable: true, description: "Only members of the association on this day." })
  activeOn?: IsoDate;
}

export enum AssociationMemberSortField {
  NAME = "NAME",
  JOINED_ON = "JOINED_ON",
  COLLEGE = "COLLEGE",
}

registerEnumType(AssociationMemberSortField, {
  name: "AssociationMemberSortField",
  description: "Field the list of the association's members is sorted by.",
  valuesConfig: {
    NAME: { description: "Name." },
    JOINED_ON: { description: "Date of joining." },
    COLLEGE: { description: "College, then name." },
  },
});

export const AssociationMemberSort = SortInput(
  "AssociationMember",
  AssociationMemberSortField,
  AssociationMemberSortField.COLLEGE,
);
export type AssociationMemberSort = InstanceType<typeof AssociationMemberSort>;

@InputType({ description: "A new member of the association (staff)." })
export class AddAssociationMemberInput {
  @Field(() => College, { description: "Its college." })
  college!: College;

  @Field(() => AssociationMemberKind, { description: "Organisation or person." })
  kind!: AssociationMemberKind;

  @Field({ description: "Name, 1–200 characters." })
  @Length(1, 200)
  name!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The member structure it is: required in the MEMBER_ENTERPRISES college, refused elsewhere.",
  })
  @IsOptional()
  @IsUUID()
  memberId?: string | null;

  @Field({ description: "Whether it votes at the general assembly." })
  hasVotingRights!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: "Votes held, 0–100 (1 by default with voting rights, 0 without).",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  votes?: number | null;

  @Field(() => BoardRole, { nullable: true, description: "Seat on the board." })
  boardRole?: BoardRole | null;

  @Field(() => LocalDate, { description: "Date it joins the association." })
  joinedOn!: IsoDate;
}

@InputType({ description: "Changes to a member of the association (staff); only the fields given change." })
export class UpdateAssociationMemberInput {
  @Field(() => ID, { description: "The association member." })
  @IsUUID()
  id!: string;

  @Field({ nullable: true, description: "Voting rights." })
  hasVotingRights?: boolean;

  @Field(() => Int, { nullable: true, description: "Votes held, 0–100." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  votes?: number;

  @Field(() => BoardRole, { nullable: true, description: "Seat on the board; null removes it." })
  boardRole?: BoardRole | null;

  @Field(() => LocalDate, { nullable: true, description: "Date it leaves the association." })
  leftOn?: IsoDate | null;
}

@InputType({ description: "Narrows the operating team." })
export class OperatingTeamFilter {
  @Field(() => LocalDate, { nullable: true, description: "Only people in the team on this day." })
  activeOn?: IsoDate;
}

export enum OperatingTeamSortField {
  STARTS_ON = "STARTS_ON",
  JOB_TITLE = "JOB_TITLE",
}

registerEnumType(OperatingTeamSortField, {
  name: "OperatingTeamSortField",
  description: "Field the operating team is sorted by.",
  valuesConfig: {
    STARTS_ON: { description: "First day in the team." },
    JOB_TITLE: { description: "Job title." },
  },
});

export const OperatingTeamSort = SortInput(
  "OperatingTeam",
  OperatingTeamSortField,
  OperatingTeamSortField.STARTS_ON,
);
export type OperatingTeamSort = InstanceType<typeof OperatingTeamSort>;

@InputType({ description: "A new employee of the operating team (staff)." })
export class AddOperatingTeamMemberInput {
  @Field({ description: "Full name, 1–200 characters." })
  @Length(1, 200)
  fullName!: string;

  @Field({ description: "Job title (French), 1–200 characters." })
  @Length(1, 200)
  jobTitle!: string;

  @Field(() => LocalDate, { description: "First day in the team." })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day, if known." })
  endsOn?: IsoDate | null;
}

@InputType({ description: "A body taking a seat on the steering committee (staff)." })
export class AddSteeringCommitteeSeatInput {
  @Field({ description: "Name of the body, 1–200 characters." })
  @Length(1, 200)
  bodyName!: string;

  @Field(() => BodyKind, { description: "Kind of body." })
  bodyKind!: BodyKind;

  @Field({ defaultValue: false, description: "Whether it chairs the committee (one chair at a time)." })
  isChair!: boolean;

  @Field(() => LocalDate, { description: "Since when it sits." })
  since!: IsoDate;
}

@InputType({ description: "Narrows the list of steering committee meetings." })
export class SteeringCommitteeMeetingFilter {
  @Field(() => LocalDate, { nullable: true, description: "Only meetings on or after this day." })
  from?: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Only meetings on or before this day." })
  to?: IsoDate;
}

export enum SteeringCommitteeMeetingSortField {
  HELD_ON = "HELD_ON",
}

registerEnumType(SteeringCommitteeMeetingSortField, {
  name: "SteeringCommitteeMeetingSortField",
  description: "Field the meeting list is sorted by.",
  valuesConfig: { HELD_ON: { description: "Day of the meeting." } },
});

export const SteeringCommitteeMeetingSort = SortInput(
  "SteeringCommitteeMeeting",
  SteeringCommitteeMeetingSortField,
  SteeringCommitteeMeetingSortField.HELD_ON,
);
export type SteeringCommitteeMeetingSort = InstanceType<typeof SteeringCommitteeMeetingSort>;

@InputType({ description: "A decision taken at a meeting." })
export class SteeringCommitteeDecisionInput {
  @Field({ description: "What was decided on (French), 1–300 characters." })
  @Length(1, 300)
  title!: string;

  @Field(() => String, { nullable: true, description: "Details (French)." })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => DecisionOutcome, { description: "Adopted, rejected or postponed." })
  outcome!: DecisionOutcome;
}

@InputType({ description: "A meeting of the steering committee with its decisions (staff)." })
export class RecordSteeringCommitteeMeetingInput {
  @Field(() => LocalDate, { description: "Day of the meeting." })
  heldOn!: IsoDate;

  @Field(() => String, { nullable: true, description: "Where." })
  @IsOptional()
  @MaxLength(200)
  place?: string | null;

  @Field(() => String, { nullable: true, description: "Summary (French)." })
  @IsOptional()
  @MaxLength(5000)
  summary?: string | null;

  @Field(() => [SteeringCommitteeDecisionInput], { description: "Decisions taken, up to 50." })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  decisions!: SteeringCommitteeDecisionInput[];
}

@InputType({ description: "Narrows a list by a range of days." })
export class DateRangeFilter {
  @Field(() => LocalDate, { nullable: true, description: "On or after this day." })
  from?: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "On or before this day." })
  to?: IsoDate;
}

export enum HistorySortField {
  DATE = "DATE",
}

registerEnumType(HistorySortField, {
  name: "HistorySortField",
  description: "Field milestones and awards are sorted by.",
  valuesConfig: { DATE: { description: "Their day (first day for a period)." } },
});

export const HistorySort = SortInput("History", HistorySortField, HistorySortField.DATE);
export type HistorySort = InstanceType<typeof HistorySort>;

@InputType({ description: "A milestone of the Pôle's history (staff)." })
export class CreateMilestoneInput {
  @Field(() => LocalDate, { description: "The day, or the first day of the period." })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day of the period." })
  endsOn?: IsoDate | null;

  @Field({ description: "Title (French), 1–200 characters." })
  @Length(1, 200)
  title!: string;

  @Field(() => String, { nullable: true, description: "What happened (French)." })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;
}

@InputType({ description: "A prize the Pôle won (staff)." })
export class CreateAwardInput {
  @Field({ description: "Name of the prize, 1–200 characters." })
  @Length(1, 200)
  name!: string;

  @Field({ description: "Who awards it, 1–200 characters." })
  @Length(1, 200)
  awardedBy!: string;

  @Field(() => LocalDate, { description: "Day it was awarded." })
  awardedOn!: IsoDate;

  @Field(() => String, { nullable: true, description: "What it rewards (French)." })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => Float, { nullable: true, description: "Prize money in euros." })
  @IsOptional()
  @IsEuros()
  amount?: number | null;
}
