import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Practice } from "./practice.entity";

/**
 * A neighbourhood action a practice was drawn from. `action_id` is a federated reference to the
 * neighbourhood subgraph's `NeighbourhoodAction`: another database, so no foreign key.
 */
@Entity("practice_source_action")
@Index(["actionId"])
export class PracticeSourceAction {
  @PrimaryColumn({ name: "practice_id", type: "uuid" })
  practiceId!: string;

  @PrimaryColumn({ name: "action_id", type: "uuid" })
  actionId!: string;

  @ManyToOne(() => Practice, { onDelete: "CASCADE" })
  @JoinColumn({ name: "practice_id" })
  practice?: Practice;
}
