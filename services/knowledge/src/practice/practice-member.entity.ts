import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Practice } from "./practice.entity";

/**
 * A member structure that contributed to a practice. `member_id` is a federated reference to the economic
 * subgraph's `Member`: another database, so no foreign key; the economic subgraph resolves it.
 */
@Entity("practice_member")
@Index(["memberId"])
export class PracticeMember {
  @PrimaryColumn({ name: "practice_id", type: "uuid" })
  practiceId!: string;

  @PrimaryColumn({ name: "member_id", type: "uuid" })
  memberId!: string;

  @ManyToOne(() => Practice, { onDelete: "CASCADE" })
  @JoinColumn({ name: "practice_id" })
  practice?: Practice;
}
