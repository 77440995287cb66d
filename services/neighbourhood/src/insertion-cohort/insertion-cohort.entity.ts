import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from "typeorm";
import { formerNameOf, LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { NeighbourhoodAction } from "../neighbourhood-action/neighbourhood-action.entity";

/**
 * A cohort of an INSERTION_PATHWAY action: a group of inhabitants who entered an insertion pathway through
 * cultural and creative jobs together, and how many left it for a job, a training or otherwise. Counts only.
 */
@Entity("insertion_cohort")
@Unique("UQ_insertion_cohort_label", ["actionId", "label"])
@Check("CHK_insertion_cohort_dates", `"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@Check(
  "CHK_insertion_cohort_counts",
  `"entry_count" >= 0 AND "exits_to_employment" >= 0 AND "exits_to_training" >= 0 AND "other_exits" >= 0`,
)
@Check(
  "CHK_insertion_cohort_exits",
  `"exits_to_employment" + "exits_to_training" + "other_exits" <= "entry_count"`,
)
@ObjectType({
  description:
    "A cohort of an insertion pathway through cultural and creative jobs: entries, and exits to employment, to training or otherwise — aggregate counts, no personal data.",
})
export class InsertionCohort {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "action_id", type: "uuid" })
  actionId!: string;

  @ManyToOne(() => NeighbourhoodAction, { onDelete: "CASCADE" })
  @JoinColumn({ name: "action_id" })
  action?: NeighbourhoodAction;

  @Field({
    description: "Name of the cohort (French), e.g. « Cohorte pilote automne 2013 »; unique per action.",
  })
  @Column({ type: "varchar", length: 200 })
  label!: string;

  @Field(() => LocalDate, {
    description: "Day the cohort entered the pathway; the annual report counts the cohort in this year.",
  })
  @Column({ name: "starts_on", type: "date" })
  startsOn!: IsoDate;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Day the pathway ended for the cohort; null while it runs.",
  })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn!: IsoDate | null;

  @Field(() => Int, { description: "Inhabitants who entered the pathway (a count)." })
  @Column({ name: "entry_count", type: "int" })
  entryCount!: number;

  @Field(() => Int, formerNameOf("exitToEmploymentCount", "Exits to employment (a count)."))
  @Column({ name: "exits_to_employment", type: "int", default: 0 })
  exitsToEmployment!: number;

  @Field(() => Int, formerNameOf("exitToTrainingCount", "Exits to a (qualifying) training (a count)."))
  @Column({ name: "exits_to_training", type: "int", default: 0 })
  exitsToTraining!: number;

  @Field(() => Int, formerNameOf("otherExitCount", "Other exits: moved away, dropped out… (a count)."))
  @Column({ name: "other_exits", type: "int", default: 0 })
  otherExits!: number;

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
