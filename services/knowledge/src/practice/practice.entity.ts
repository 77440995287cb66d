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
  UpdateDateColumn,
} from "typeorm";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { Territory } from "../territory/territory.entity";
import { PracticeStatus } from "./practice-status.enum";

/** Licence of a practice unless stated otherwise: others may reuse and adapt it, crediting the Pôle. */
export const DEFAULT_PRACTICE_LICENCE = "CC-BY-SA-4.0";

@Entity("practice")
@Index(["status"])
@Index(["territoryId"])
@Check("CHK_practice_published_on", `"status" <> 'PUBLISHED' OR "published_on" IS NOT NULL`)
@ObjectType({
  description:
    "A good practice of the Pôle or of another territory, modelled so that other territories can read and reuse it.",
})
@Directive('@key(fields: "id")')
export class Practice {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "Title of the practice (French)." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field({ description: "What the practice is and what it achieved, in a few paragraphs (French)." })
  @Column({ type: "text" })
  summary!: string;

  @Field(() => PracticeStatus, {
    description: "Editorial status; callers other than staff only ever see PUBLISHED.",
  })
  @Column({ type: "enum", enum: PracticeStatus, enumName: "practice_status", default: PracticeStatus.DRAFT })
  status!: PracticeStatus;

  @Field(() => [String], {
    description: "Free keywords describing the practice (French), e.g. « mutualisation ».",
  })
  @Column({ type: "text", array: true, default: "{}" })
  themes!: string[];

  @Column({ name: "territory_id", type: "uuid", nullable: true })
  territoryId!: string | null;

  @ManyToOne(() => Territory, { onDelete: "SET NULL" })
  @JoinColumn({ name: "territory_id" })
  territory?: Territory;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Date the practice was published; null until then.",
  })
  @Column({ name: "published_on", type: "date", nullable: true })
  publishedOn!: IsoDate | null;

  @Field({ description: "SPDX identifier of the licence the practice is shared under, e.g. CC-BY-SA-4.0." })
  @Column({ type: "varchar", length: 40, default: DEFAULT_PRACTICE_LICENCE })
  licence!: string;

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
