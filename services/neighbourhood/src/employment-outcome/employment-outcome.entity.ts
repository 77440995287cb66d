import { Field, ID, Int, ObjectType } from "type-graphql";
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
import { formerNameOf, LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { NeighbourhoodAction } from "../neighbourhood-action/neighbourhood-action.entity";

/**
 * What an EMPLOYMENT_PARTNERSHIP action (with the plateforme dynamique de l'emploi) achieved over a period:
 * counts only, never people. Periods of one action do not overlap and stay within one calendar year, so
 * each count belongs to exactly one year of the annual report.
 */
@Entity("employment_outcome")
@Check("CHK_employment_outcome_period", `"period_end" >= "period_start"`)
@Check(
  "CHK_employment_outcome_one_year",
  `date_part('year', "period_start") = date_part('year', "period_end")`,
)
@Check(
  "CHK_employment_outcome_counts",
  `"training_count" >= 0 AND "immersion_count" >= 0 AND "return_to_employment_count" >= 0`,
)
@Exclusion(
  "EXC_employment_outcome_overlap",
  `USING gist ("action_id" WITH =, daterange("period_start", "period_end", '[]') WITH &&)`,
)
@Index(["actionId"])
@ObjectType({
  description:
    "Results of an employment partnership over a period (within one calendar year): trainings, immersions in member enterprises, returns to employment — aggregate counts, no personal data.",
})
export class EmploymentOutcome {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "action_id", type: "uuid" })
  actionId!: string;

  @ManyToOne(() => NeighbourhoodAction, { onDelete: "CASCADE" })
  @JoinColumn({ name: "action_id" })
  action?: NeighbourhoodAction;

  @Field(() => LocalDate, formerNameOf("startsOn", "First day of the period."))
  @Column({ name: "period_start", type: "date" })
  periodStart!: IsoDate;

  @Field(
    () => LocalDate,
    formerNameOf("endsOn", "Last day of the period (same calendar year as its first day)."),
  )
  @Column({ name: "period_end", type: "date" })
  periodEnd!: IsoDate;

  @Field(() => Int, { description: "Inhabitants who started a training during the period (a count)." })
  @Column({ name: "training_count", type: "int", default: 0 })
  trainingCount!: number;

  @Field(() => Int, {
    description: "Immersions of inhabitants in member enterprises during the period (a count).",
  })
  @Column({ name: "immersion_count", type: "int", default: 0 })
  immersionCount!: number;

  @Field(() => Int, { description: "Inhabitants who returned to employment during the period (a count)." })
  @Column({ name: "return_to_employment_count", type: "int", default: 0 })
  returnToEmploymentCount!: number;

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
