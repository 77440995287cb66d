import { Authorized, Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { centsToEuros, type AccessRule, type OwnedResource } from "@pole/subgraph-kit";
import { Member } from "../member/member.entity";
import { bigintCents } from "../money";
import { GroupPurchase } from "./group-purchase.entity";

/** A member's share of a group purchase: what it paid, and what buying alone would have cost. */
@Entity("group_purchase_participant")
@Index(["purchaseId", "memberId"], { unique: true })
@Index(["memberId"])
@ObjectType({ description: "A member's share of a group purchase." })
export class GroupPurchaseParticipant implements OwnedResource {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "purchase_id", type: "uuid" })
  purchaseId!: string;

  @ManyToOne(() => GroupPurchase, { onDelete: "CASCADE" })
  @JoinColumn({ name: "purchase_id" })
  purchase?: GroupPurchase;

  @Column({ name: "member_id", type: "uuid" })
  memberId!: string;

  @ManyToOne(() => Member, { onDelete: "CASCADE" })
  @JoinColumn({ name: "member_id" })
  member?: Member;

  @Column({ name: "amount_cents", type: "bigint", transformer: bigintCents })
  amountCents!: number;

  @Column({ name: "public_amount_cents", type: "bigint", transformer: bigintCents })
  publicAmountCents!: number;

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => Float, {
    nullable: true,
    description: "What the member paid at the group price, in euros (staff and the member).",
  })
  get amount(): number {
    return centsToEuros(this.amountCents);
  }

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => Float, {
    nullable: true,
    description: "What buying alone would have cost, in euros (staff and the member).",
  })
  get publicAmount(): number {
    return centsToEuros(this.publicAmountCents);
  }

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => Float, {
    nullable: true,
    description: "publicAmount − amount, in euros (staff and the member itself).",
  })
  get savings(): number {
    return centsToEuros(this.publicAmountCents - this.amountCents);
  }

  owners() {
    return { memberId: this.memberId };
  }
}
