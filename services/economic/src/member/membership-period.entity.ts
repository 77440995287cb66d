import { Field, ObjectType } from "type-graphql";
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
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { Member } from "./member.entity";
import { MembershipKind } from "./member.enums";

/**
 * One stretch of a member's membership under one kind: a member moves into or out of the building on a date,
 * which closes a period and opens the next. The periods of a member never overlap; the yearly counts take,
 * for each member, the kind of its last period begun by the end of the year.
 */
@Entity("membership_period")
@Index(["memberId", "startsOn"])
@Check(`"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@Exclusion(`USING gist ("member_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&)`)
@ObjectType({ description: "A stretch of a member's membership under one kind (installed or associated)." })
export class MembershipPeriod {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "member_id", type: "uuid" })
  memberId!: string;

  @ManyToOne(() => Member, { onDelete: "CASCADE" })
  @JoinColumn({ name: "member_id" })
  member?: Member;

  @Field(() => MembershipKind, { description: "Installed in the building, or associated elsewhere." })
  @Column({ type: "enum", enum: MembershipKind, enumName: "membership_kind" })
  kind!: MembershipKind;

  @Field(() => LocalDate, { description: "First day of the period." })
  @Column({ name: "starts_on", type: "date" })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day of the period; null while in force." })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn!: IsoDate | null;
}
