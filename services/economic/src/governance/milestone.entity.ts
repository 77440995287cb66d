import { Field, ID, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";

/** A step of the Pôle's history: a day (the association's founding) or a period (2007–2010). */
@Entity("milestone")
@Index(["startsOn"])
@Check(`"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@ObjectType({ description: "A milestone of the Pôle's history." })
export class Milestone {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => LocalDate, { description: "The day, or the first day of the period." })
  @Column({ name: "starts_on", type: "date" })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day of the period; null for a single day." })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn!: IsoDate | null;

  @Field({ description: "Title (French)." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: "What happened (French)." })
  @Column({ type: "text", nullable: true })
  description!: string | null;
}
