import { Field, ID, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { ParticipatoryProject } from "../participatory-project/participatory-project.entity";

/**
 * A phase of a participatory project (Decidim's « étape »): dated, one after the other (phases of a project
 * never overlap). Inhabitants contribute to a phase that takes contributions while it is open.
 */
@Entity("project_phase")
@Check("CHK_project_phase_dates", `"ends_on" >= "starts_on"`)
@Exclusion(
  "EXC_project_phase_overlap",
  `USING gist ("project_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&)`,
)
@Index(["projectId"])
@ObjectType({
  description:
    "A phase of a participatory project, with its dates. While a phase that takes contributions is open (today, in Dijon, between its first and last day), anyone may contribute to it.",
})
export class ProjectPhase {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "project_id", type: "uuid" })
  projectId!: string;

  @ManyToOne(() => ParticipatoryProject, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id" })
  project?: ParticipatoryProject;

  @Field({ description: "Title of the phase (French), e.g. « Diagnostic partagé »." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field({ description: "What happens during the phase (French)." })
  @Column({ type: "text" })
  description!: string;

  @Field(() => LocalDate, { description: "First day of the phase." })
  @Column({ name: "starts_on", type: "date" })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { description: "Last day of the phase." })
  @Column({ name: "ends_on", type: "date" })
  endsOn!: IsoDate;

  @Field({ description: "Whether inhabitants may contribute during the phase." })
  @Column({ name: "accepts_contributions", type: "boolean", default: true })
  acceptsContributions!: boolean;

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
