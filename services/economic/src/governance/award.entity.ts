import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { centsToEuros, LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { bigintCents } from "../money";

/** A prize the Pôle won (seed: ANRU/FACE and Concours Bourgogne ESS). */
@Entity("award")
@ObjectType({ description: "A prize the Pôle won." })
export class Award {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "Name of the prize." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field({ description: "Who awards it." })
  @Column({ name: "awarded_by", type: "varchar", length: 200 })
  awardedBy!: string;

  @Field(() => LocalDate, { description: "Day the prize was awarded." })
  @Column({ name: "awarded_on", type: "date" })
  awardedOn!: IsoDate;

  @Field(() => Int, { description: "Year of the prize." })
  get year(): number {
    return Number(this.awardedOn.slice(0, 4));
  }

  @Field(() => String, { nullable: true, description: "What it rewards (French)." })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Column({ name: "amount_cents", type: "bigint", nullable: true, transformer: bigintCents })
  amountCents!: number | null;

  @Field(() => Float, { nullable: true, description: "Prize money in euros, if any." })
  get amount(): number | null {
    return this.amountCents === null ? null : centsToEuros(this.amountCents);
  }
}
