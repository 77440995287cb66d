import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Practice } from "../practice/practice.entity";
import { Transfer } from "./transfer.entity";

/** A practice used in a transfer (what was taught or shared). */
@Entity("transfer_practice")
@Index(["practiceId"])
export class TransferPractice {
  @PrimaryColumn({ name: "transfer_id", type: "uuid" })
  transferId!: string;

  @PrimaryColumn({ name: "practice_id", type: "uuid" })
  practiceId!: string;

  @ManyToOne(() => Transfer, { onDelete: "CASCADE" })
  @JoinColumn({ name: "transfer_id" })
  transfer?: Transfer;

  @ManyToOne(() => Practice, { onDelete: "CASCADE" })
  @JoinColumn({ name: "practice_id" })
  practice?: Practice;
}
