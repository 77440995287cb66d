import { Field, ID, ObjectType } from "type-graphql";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { ProjectResult } from "./project-result.entity";

/** A dated step of a result (Decidim's timeline entry). */
@Entity("result_milestone")
@Index(["resultId"])
@ObjectType({ description: "A dated step in the life of a project result (Decidim's timeline entry)." })
export class ResultMilestone {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "result_id", type: "uuid" })
  resultId!: string;

  @ManyToOne(() => ProjectResult, { onDelete: "CASCADE" })
  @JoinColumn({ name: "result_id" })
  result?: ProjectResult;

  @Field(() => LocalDate, { description: "Day of the milestone." })
  @Column({ name: "occurred_on", type: "date" })
  occurredOn!: IsoDate;

  @Field({ description: "What happened (French), e.g. « Vote des habitants sur les maquettes »." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: "More about it (French)." })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
