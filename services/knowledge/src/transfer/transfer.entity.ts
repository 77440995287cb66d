import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
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
import { LocalDate, type IsoDate, type OwnedResource } from "@pole/subgraph-kit";
import { Territory } from "../territory/territory.entity";
import { AudienceKind } from "./audience-kind.enum";
import { TransferKind } from "./transfer-kind.enum";
import { TransferOrigin } from "./transfer-origin.enum";

@Entity("transfer")
@Index(["territoryId"])
@Index(["heldOn"])
// The change feed's order (`transfers(filter: { updatedSince })`).
@Index(["updatedAt", "id"])
@Check("CHK_transfer_participant_count", `"participant_count" >= 0`)
@Check(
  "CHK_transfer_from_other_territory",
  `"from_territory_id" IS NULL OR "from_territory_id" <> "territory_id"`,
)
@Index(["fromTerritoryId"])
@ObjectType({
  description:
    "A transfer of good practice to a territory — from the Pôle, or from another territory (fromTerritory): a training, a briefing, project engineering… Attendees appear only as a kind of audience and a count.",
})
@Directive('@key(fields: "id")')
export class Transfer implements OwnedResource {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => TransferKind, { description: "Kind of transfer." })
  @Column({ type: "enum", enum: TransferKind, enumName: "transfer_kind" })
  kind!: TransferKind;

  @Field({ description: "Title of the transfer (French)." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => LocalDate, {
    description: "Date the transfer took place (its first day when it lasted longer).",
  })
  @Column({ name: "held_on", type: "date" })
  heldOn!: IsoDate;

  @Column({ name: "territory_id", type: "uuid" })
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "territory_id" })
  territory?: Territory;

  /** The territory that gave the transfer; null when the Pôle did. Exposed by the `fromTerritory` field. */
  @Column({ name: "from_territory_id", type: "uuid", nullable: true })
  fromTerritoryId!: string | null;

  @ManyToOne(() => Territory, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "from_territory_id" })
  fromTerritory?: Territory;

  @Field({
    description:
      "Who attended, as a kind of audience (French), e.g. « élus », « opérateurs culturels »; never names.",
  })
  @Column({ type: "varchar", length: 200 })
  audience!: string;

  @Field(() => AudienceKind, { description: "Kind of audience, for counting and filtering." })
  @Column({ name: "audience_kind", type: "enum", enum: AudienceKind, enumName: "audience_kind" })
  audienceKind!: AudienceKind;

  @Field(() => Int, { description: "Number of participants." })
  @Column({ name: "participant_count", type: "int" })
  participantCount!: number;

  @Field(() => TransferOrigin, {
    description:
      "Whose work the transfer is, set when it is created and never changed: POLE when the Pôle's team (staff) recorded a transfer the Pôle gave (no fromTerritory); PARTNER_TERRITORY when a territory recorded it (about itself, as receiver or giver) or when another territory gave it (fromTerritory set). The council's report counts them apart (KnowledgeReport.transferCount and partnerTransferCount).",
  })
  @Column({ type: "enum", enum: TransferOrigin, enumName: "transfer_origin" })
  origin!: TransferOrigin;

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field({
    description:
      "When the transfer last changed (its fields, practices, facilitating members); set by the database on every write. Harvesters ask for transfers(filter: { updatedSince }).",
  })
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;

  /** The receiving territory owns the record (the giving one may also write it: see the mutations). */
  owners() {
    return { territoryId: this.territoryId };
  }
}
