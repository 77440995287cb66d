import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { DecisionOutcome } from "./governance.enums";
import { SteeringCommitteeMeeting } from "./steering-committee-meeting.entity";

/** A decision the steering committee took at a meeting. */
@Entity("steering_committee_decision")
@Index(["meetingId"])
@ObjectType({ description: "A decision of the steering committee." })
export class SteeringCommitteeDecision {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "meeting_id", type: "uuid" })
  meetingId!: string;

  @ManyToOne(() => SteeringCommitteeMeeting, { onDelete: "CASCADE" })
  @JoinColumn({ name: "meeting_id" })
  meeting?: SteeringCommitteeMeeting;

  @Field({ description: "What was decided on (French)." })
  @Column({ type: "varchar", length: 300 })
  title!: string;

  @Field(() => String, { nullable: true, description: "Details (French)." })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => DecisionOutcome, { description: "Adopted, rejected or postponed." })
  @Column({ type: "enum", enum: DecisionOutcome, enumName: "decision_outcome" })
  outcome!: DecisionOutcome;
}
