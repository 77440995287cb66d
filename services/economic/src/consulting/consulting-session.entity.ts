import { Field, Float, ID, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { Member } from "../member/member.entity";
import { numericValue } from "../money";
import { PricedServiceUse } from "../service-engagement/priced-service-use";
import { ServiceOffering } from "../service-offering/service-offering.entity";

/**
 * A tailored consulting session given to one member. Its prices at the member and public rates are taken
 * from the offering when it is recorded, so later rate changes do not rewrite history. Staff and the member
 * only (the list and fields that lead here check it).
 */
@Entity("consulting_session")
@Index(["memberId", "heldOn"])
@Check(`"hours" > 0`)
@ObjectType({ description: "A tailored consulting session for one member (staff and the member only)." })
export class ConsultingSession extends PricedServiceUse {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @ManyToOne(() => Member, { onDelete: "CASCADE" })
  @JoinColumn({ name: "member_id" })
  member?: Member;

  @Column({ name: "offering_id", type: "uuid" })
  offeringId!: string;

  @ManyToOne(() => ServiceOffering, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "offering_id" })
  offering?: ServiceOffering;

  @Field(() => LocalDate, { description: "Day of the session." })
  @Column({ name: "held_on", type: "date" })
  heldOn!: IsoDate;

  @Field(() => Float, { description: "Length of the session in hours." })
  @Column({ type: "numeric", precision: 5, scale: 2, transformer: numericValue })
  hours!: number;

  @Field({ description: "Subject of the advice (management, legal, strategy…), French." })
  @Column({ type: "varchar", length: 200 })
  topic!: string;

  @Field(() => String, { nullable: true, description: "Who gave the advice (the Pôle's team or an expert)." })
  @Column({ type: "varchar", length: 200, nullable: true })
  consultant!: string | null;
}
