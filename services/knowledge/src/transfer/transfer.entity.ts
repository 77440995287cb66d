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
@ObjectType({
  description:
    "A transfer of the Pôle's good practice to another territory: a training, a briefing, project engineering… Attendees appear only as a kind of audience and a count.",
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
      "Who recorded the transfer, set when it is created and never changed: POLE when the Pôle's team (staff) did, the Pôle's own work; PARTNER_TERRITORY when the territory recorded it about itself. The council's report counts them apart (KnowledgeReport.transferCount and partnerTransferCount).",
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

  owners() {
    return { territoryId: this.territoryId };
  }
}
