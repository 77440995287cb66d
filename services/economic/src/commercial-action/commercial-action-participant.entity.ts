import { Authorized, Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { centsToEuros, type AccessRule, type OwnedResource } from "@pole/subgraph-kit";
import { Member } from "../member/member.entity";
import { bigintCents, numericValue } from "../money";
import { CommercialAction } from "./commercial-action.entity";

/** A member's part in a pooled commercial action: what it paid and what acting alone would have cost. */
@Entity("commercial_action_participant")
@Index(["actionId", "memberId"], { unique: true })
@Index(["memberId"])
@ObjectType({ description: "A member taking part in a pooled commercial action." })
export class CommercialActionParticipant implements OwnedResource {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "action_id", type: "uuid" })
  actionId!: string;

  @ManyToOne(() => CommercialAction, { onDelete: "CASCADE" })
  @JoinColumn({ name: "action_id" })
  action?: CommercialAction;

  @Column({ name: "member_id", type: "uuid" })
  memberId!: string;

  @ManyToOne(() => Member, { onDelete: "CASCADE" })
  @JoinColumn({ name: "member_id" })
  member?: Member;

  @Field(() => Float, { nullable: true, description: "Hours the Pôle spent on this member's part." })
  @Column({ type: "numeric", precision: 7, scale: 2, nullable: true, transformer: numericValue })
  hours!: number | null;

  @Column({ name: "contribution_cents", type: "bigint", transformer: bigintCents })
  contributionCents!: number;

  @Column({ name: "public_value_cents", type: "bigint", nullable: true, transformer: bigintCents })
  publicValueCents!: number | null;

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => Float, {
    nullable: true,
    description: "What the member paid, in euros (staff and the member itself).",
  })
  get contribution(): number {
    return centsToEuros(this.contributionCents);
  }

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => Float, {
    nullable: true,
    description:
      "What the same action would have cost the member alone, in euros (staff and the member itself).",
  })
  get publicValue(): number | null {
    return this.publicValueCents === null ? null : centsToEuros(this.publicValueCents);
  }

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => Float, {
    nullable: true,
    description: "publicValue − contribution, 0 without a public value (staff and the member).",
  })
  get savings(): number {
    return this.publicValueCents === null ? 0 : centsToEuros(this.publicValueCents - this.contributionCents);
  }

  owners() {
    return { memberId: this.memberId };
  }
}
