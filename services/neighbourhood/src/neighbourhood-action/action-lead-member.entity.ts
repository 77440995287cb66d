import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { NeighbourhoodAction } from "./neighbourhood-action.entity";

/**
 * A member structure leading an action. `member_id` is a federated reference to the economic subgraph's
 * `Member`, which lives in another database: no foreign key, the id is kept as given.
 */
@Entity("action_lead_member")
@Index(["memberId"])
export class ActionLeadMember {
  @PrimaryColumn({ name: "action_id", type: "uuid" })
  actionId!: string;

  @PrimaryColumn({ name: "member_id", type: "uuid" })
  memberId!: string;

  @ManyToOne(() => NeighbourhoodAction, { onDelete: "CASCADE" })
  @JoinColumn({ name: "action_id" })
  action?: NeighbourhoodAction;
}
