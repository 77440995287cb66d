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
import type { AccessRule } from "@pole/subgraph-kit";
import { Member } from "../member/member.entity";
import { PricedServiceUse } from "../service-engagement/priced-service-use";
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
export class Booking extends PricedServiceUse {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "resource_id", type: "uuid" })
  resourceId!: string;

  @ManyToOne(() => SharedResource, { onDelete: "CASCADE" })
  @JoinColumn({ name: "resource_id" })
  resource?: SharedResource;

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
}
