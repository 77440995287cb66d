import { Authorized, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { centsToEuros, type AccessRule, type OwnedResource } from "@pole/subgraph-kit";
import { Member } from "../member/member.entity";
import { bigintCents } from "../money";
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
export class TrainingAttendance implements OwnedResource {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "session_id", type: "uuid" })
  sessionId!: string;

  @ManyToOne(() => TrainingSession, { onDelete: "CASCADE" })
  @JoinColumn({ name: "session_id" })
  session?: TrainingSession;

  @Column({ name: "member_id", type: "uuid" })
  memberId!: string;

  @ManyToOne(() => Member, { onDelete: "CASCADE" })
  @JoinColumn({ name: "member_id" })
  member?: Member;

  @Field(() => Int, { description: "People of the member who attended." })
  @Column({ name: "participant_count", type: "int" })
  participantCount!: number;

  @Column({ name: "member_amount_cents", type: "bigint", transformer: bigintCents })
  memberAmountCents!: number;

  @Column({ name: "public_amount_cents", type: "bigint", nullable: true, transformer: bigintCents })
  publicAmountCents!: number | null;

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => Float, { description: "Price at the member rate, in euros (staff and the member itself)." })
  get memberAmount(): number {
    return centsToEuros(this.memberAmountCents);
  }

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => Float, {
    nullable: true,
    description: "Price at the public rate, in euros (staff and the member).",
  })
  get publicAmount(): number | null {
    return this.publicAmountCents === null ? null : centsToEuros(this.publicAmountCents);
  }

  owners() {
    return { memberId: this.memberId };
  }
}
