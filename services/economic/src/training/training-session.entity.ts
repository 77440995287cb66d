import { Field, Float, ID, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { numericValue } from "../money";
import { Training } from "./training.entity";

/** One session of a training: a day (or part of one) with its hours. */
@Entity("training_session")
@Index(["trainingId", "heldOn"])
@Check(`"hours" > 0`)
@ObjectType({ description: "A session of a training." })
export class TrainingSession {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "training_id", type: "uuid" })
  trainingId!: string;

  @ManyToOne(() => Training, { onDelete: "CASCADE" })
  @JoinColumn({ name: "training_id" })
  training?: Training;

  @Field(() => LocalDate, { description: "Day of the session." })
  @Column({ name: "held_on", type: "date" })
  heldOn!: IsoDate;

  @Field(() => Float, { description: "Hours of training in the session." })
  @Column({ type: "numeric", precision: 5, scale: 2, transformer: numericValue })
  hours!: number;

  @Field(() => String, { nullable: true, description: "Where it took place." })
  @Column({ type: "varchar", length: 200, nullable: true })
  place!: string | null;
}
