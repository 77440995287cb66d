import { Field, Float, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, ManyToOne, JoinColumn, PrimaryGeneratedColumn } from "typeorm";
import { centsToEuros, type OwnedResource } from "@pole/subgraph-kit";
import { Member } from "../member/member.entity";
import { bigintCents, numericValue } from "../money";

@Entity("member_year")
@Index(["memberId", "year"], { unique: true })
@ObjectType({ description: "A member structure's figures for one calendar year." })
export class MemberYear implements OwnedResource {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "member_id", type: "uuid" })
  memberId!: string;

  @ManyToOne(() => Member, { onDelete: "CASCADE" })
  @JoinColumn({ name: "member_id" })
  member?: Member;

  @Field(() => Int, { description: "Calendar year of the figures." })
  @Column({ type: "int" })
  year!: number;

  @Field(() => Float, { description: "Full-time equivalents (ETP) over the year." })
  @Column({ type: "numeric", precision: 7, scale: 2, transformer: numericValue })
  fte!: number;

  @Field(() => Int, { description: "Permanent employees (salariés permanents) at the end of the year." })
  @Column({ name: "permanent_employees", type: "int" })
  permanentEmployees!: number;

  @Column({ name: "budget_cents", type: "bigint", transformer: bigintCents })
  budgetCents!: number;

  @Column({ name: "revenue_cents", type: "bigint", transformer: bigintCents })
  revenueCents!: number;

  @Column({ name: "equity_cents", type: "bigint", transformer: bigintCents })
  equityCents!: number;

  @Field(() => Float, { description: "Budget of the year in euros, exact to the cent." })
  get budget(): number {
    return centsToEuros(this.budgetCents);
  }

  @Field(() => Float, {
    description: "Revenue (chiffre d'affaires) of the year in euros, exact to the cent.",
  })
  get revenue(): number {
    return centsToEuros(this.revenueCents);
  }

  @Field(() => Float, {
    description: "Equity (fonds propres) at the end of the year in euros, exact to the cent.",
  })
  get equity(): number {
    return centsToEuros(this.equityCents);
  }

  owners() {
    return { memberId: this.memberId };
  }
}
