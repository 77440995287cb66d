import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { ParticipatoryProject } from "../participatory-project/participatory-project.entity";

/**
 * A result of a participatory project, followed as Decidim's accountability module does: what was decided
 * with the inhabitants, how far it has got (progress in %), and its milestones.
 */
@Entity("project_result")
@Check("CHK_project_result_progress", `"progress" BETWEEN 0 AND 100`)
@Check("CHK_project_result_dates", `"ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on"`)
@Index(["projectId"])
@ObjectType({
  description:
    "A result of a participatory project (Decidim's accountability): what was decided with the inhabitants, its progress and its milestones.",
})
export class ProjectResult {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "project_id", type: "uuid" })
  projectId!: string;

  @ManyToOne(() => ParticipatoryProject, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project?: ParticipatoryProject;

  @Field({
    description: "Title of the result (French), e.g. « Des bancs et des jeux peints sur l'esplanade ».",
  })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field({ description: "What was decided and done (French)." })
  @Column({ type: "text" })
  description!: string;

  @Field(() => Int, {
    description: "Progress, in percent (0 to 100); the same number as `progressPercentage`.",
    deprecationReason:
      "2026-12-02: use progressPercentage (every percentage of the graph is a Float from 0 to 100 named …Percentage)",
  })
  @Column({ type: "smallint", default: 0 })
  progress!: number;

  @Field(() => LocalDate, {
    nullable: true,
    description: "When work on the result started; null if not yet.",
  })
  @Column({ name: "starts_on", type: "date", nullable: true })
  startsOn!: IsoDate | null;

  @Field(() => LocalDate, { nullable: true, description: "When it was, or is planned to be, completed." })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn!: IsoDate | null;

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
