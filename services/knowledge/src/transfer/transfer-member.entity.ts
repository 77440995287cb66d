import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Transfer } from "./transfer.entity";

/**
 * A member structure that facilitated a transfer. `member_id` is a federated reference to the economic
 * subgraph's `Member`: another database, so no foreign key.
 */
@Entity("transfer_member")
@Index(["memberId"])
export class TransferMember {
  @PrimaryColumn({ name: "transfer_id", type: "uuid" })
  transferId!: string;

  @PrimaryColumn({ name: "member_id", type: "uuid" })
  memberId!: string;

  @ManyToOne(() => Transfer, { onDelete: "CASCADE" })
  @JoinColumn({ name: "transfer_id" })
  transfer?: Transfer;
}
