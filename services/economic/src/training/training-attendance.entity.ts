import { Field, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Member } from "../member/member.entity";
import { PricedServiceUse } from "../service-engagement/priced-service-use";
import { TrainingSession } from "./training-session.entity";

/**
 * A member's attendance at a training session: how many of its people came, and the price at the member
 * and public rates (from the training's offering when recorded).
 */
@Entity("training_attendance")
@Index(["sessionId", "memberId"], { unique: true })
@Index(["memberId"])
@Check(`"participant_count" > 0`)
@ObjectType({ description: "A member's attendance at a training session." })
export class TrainingAttendance extends PricedServiceUse {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "session_id", type: "uuid" })
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: "CASCADE" })
  @JoinColumn({ name: "session_id" })
  session?: TrainingSession;

  @ManyToOne(() => Member, { onDelete: "CASCADE" })
  @JoinColumn({ name: "member_id" })
  member?: Member;

  @Field(() => Int, { description: "People of the member who attended." })
  @Column({ name: "participant_count", type: "int" })
  participantCount!: number;
}
