import { Field, Float, ID, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { centsToEuros, LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { Member } from "../member/member.entity";
import { bigintCents } from "../money";
import { CollaborationKind } from "./collaboration-kind.enum";

/**
 * A typed link between two members (economic collaboration): one leads (holds the contract or the bid), the
 * other is its partner. Both members see it; nobody else but staff.
 */
@Entity("collaboration")
@Index(["leadMemberId"])
@Index(["partnerMemberId"])
@Check(`"lead_member_id" <> "partner_member_id"`)
@Check(`"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@ObjectType({
  description: "An economic collaboration between two members (staff and the two members only).",
})
export class Collaboration {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => CollaborationKind, { description: "Co-contracting, subcontracting or joint bid." })
  @Column({ type: "enum", enum: CollaborationKind, enumName: "collaboration_kind" })
  kind!: CollaborationKind;

  @Column({ name: "lead_member_id", type: "uuid" })
  leadMemberId!: string;

  @ManyToOne(() => Member, { onDelete: "CASCADE" })
  @JoinColumn({ name: "lead_member_id" })
  leadMember?: Member;

  @Column({ name: "partner_member_id", type: "uuid" })
  partnerMemberId!: string;

  @ManyToOne(() => Member, { onDelete: "CASCADE" })
  @JoinColumn({ name: "partner_member_id" })
  partnerMember?: Member;

  @Field({ description: "What the collaboration is about (French)." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: "The client or the buyer of the call for tenders." })
  @Column({ type: "varchar", length: 200, nullable: true })
  client!: string | null;

  @Column({ name: "amount_cents", type: "bigint", nullable: true, transformer: bigintCents })
  amountCents!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Amount of the contract or bid in euros, exact to the cent.",
  })
  get amount(): number | null {
    return this.amountCents === null ? null : centsToEuros(this.amountCents);
  }

  @Field(() => LocalDate, { description: "First day of the collaboration." })
  @Column({ name: "starts_on", type: "date" })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day; null while running." })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn!: IsoDate | null;
}
