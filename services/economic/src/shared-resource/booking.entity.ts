import { Authorized, Field, Float, ID, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { centsToEuros, type AccessRule, type OwnedResource } from "@pole/subgraph-kit";
import { Member } from "../member/member.entity";
import { bigintCents } from "../money";
import { SharedResource } from "./shared-resource.entity";

/**
 * A member's booking of a shared resource for a time slot. Two bookings of one resource never overlap (an
 * exclusion constraint; the API answers CONFLICT). Slots are public so everyone sees what is free; who
 * booked, why and at what price is for staff and the member.
 */
@Entity("booking")
@Index(["memberId"])
@Check(`"ends_at" > "starts_at"`)
@Exclusion(`USING gist ("resource_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)`)
@ObjectType({ description: "A booked slot of a shared room or piece of equipment." })
export class Booking implements OwnedResource {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "resource_id", type: "uuid" })
  resourceId!: string;

  @ManyToOne(() => SharedResource, { onDelete: "CASCADE" })
  @JoinColumn({ name: "resource_id" })
  resource?: SharedResource;

  @Column({ name: "member_id", type: "uuid" })
  memberId!: string;

  @ManyToOne(() => Member, { onDelete: "CASCADE" })
  @JoinColumn({ name: "member_id" })
  member?: Member;

  @Field({ description: "Start of the slot." })
  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt!: Date;

  @Field({ description: "End of the slot (exclusive: another booking may start then)." })
  @Column({ name: "ends_at", type: "timestamptz" })
  endsAt!: Date;

  @Field(() => Float, { description: "Length of the slot in hours." })
  get hours(): number {
    return (this.endsAt.getTime() - this.startsAt.getTime()) / 3_600_000;
  }

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => String, {
    nullable: true,
    description: "Why the member booked (staff and the member itself).",
  })
  @Column({ type: "varchar", length: 300, nullable: true })
  purpose!: string | null;

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
