import { Directive, Field, ID, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from "typeorm";
import { LocalDate, type IsoDate, type OwnedResource } from "@pole/subgraph-kit";
import { Practice } from "../practice/practice.entity";
import { Territory } from "../territory/territory.entity";
import { Transfer } from "../transfer/transfer.entity";
import { AdoptionStatus } from "./adoption-status.enum";

@Entity("adoption")
@Unique("UQ_adoption_practice_territory", ["practiceId", "territoryId"])
@Index(["territoryId"])
@Index(["completedOn"])
// The change feed's order (`adoptions(filter: { updatedSince })`).
@Index(["updatedAt", "id"])
@Check(
  "CHK_adoption_completed_on",
  `("status" IN ('ADOPTED', 'ABANDONED')) = ("completed_on" IS NOT NULL) AND ("completed_on" IS NULL OR "completed_on" >= "started_on")`,
)
@ObjectType({
  description:
    "A territory's adoption of a practice: when it started, where it stands, what came of it. The record of good practice spreading from one territory to another.",
})
@Directive('@key(fields: "id")')
export class Adoption implements OwnedResource {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "practice_id", type: "uuid" })
  practiceId!: string;

  @ManyToOne(() => Practice, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "practice_id" })
  practice?: Practice;

  @Column({ name: "territory_id", type: "uuid" })
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "territory_id" })
  territory?: Territory;

  @Field(() => AdoptionStatus, { description: "Where the adoption stands." })
  @Column({
    type: "enum",
    enum: AdoptionStatus,
    enumName: "adoption_status",
    default: AdoptionStatus.PLANNED,
  })
  status!: AdoptionStatus;

  @Field(() => LocalDate, { description: "Date the territory started adopting the practice (its decision)." })
  @Column({ name: "started_on", type: "date" })
  startedOn!: IsoDate;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      "Date the adoption ended: the practice was in place (ADOPTED) or given up (ABANDONED); null before.",
  })
  @Column({ name: "completed_on", type: "date", nullable: true })
  completedOn!: IsoDate | null;

  @Field(() => String, {
    nullable: true,
    description:
      "What came of it (French): how the practice was adapted, its first results, or why it was given up.",
  })
  @Column({ type: "text", nullable: true })
  outcome!: string | null;

  @Column({ name: "transfer_id", type: "uuid", nullable: true })
  transferId!: string | null;

  @ManyToOne(() => Transfer, { onDelete: "SET NULL" })
  @JoinColumn({ name: "transfer_id" })
  transfer?: Transfer;

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field({
    description:
      "When the adoption last changed; set by the database on every write (also when its transfer is deleted). Harvesters ask for adoptions(filter: { updatedSince }).",
  })
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;

  owners() {
    return { territoryId: this.territoryId };
  }
}
