import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { QPV_CODE_MAX_LENGTH } from "@pole/subgraph-kit";
import { TerritoryChangeStatus } from "./territory-change-status.enum";
import { TerritoryKind } from "./territory-kind.enum";
import { Territory } from "./territory.entity";

/** The fields of a territory that make its identity: a territory's own change of them waits for staff. */
export const TERRITORY_IDENTITY_FIELDS = [
  "name",
  "inseeCode",
  "siren",
  "kind",
  "qpvCode",
  "qpvCodes",
] as const;
export type TerritoryIdentityField = (typeof TERRITORY_IDENTITY_FIELDS)[number];

/**
 * A change of its identity (name, INSEE code, SIREN, kind, QPV codes) a territory asked for with its own
 * token: stored PENDING, applied only when the Pôle's staff approve it (other territories and harvesters
 * rely on these identifiers), or REJECTED with a reason. At most one PENDING change per territory: a new
 * request adds to it. The record holds the territory as it would be, and which fields the request changes.
 */
@Entity("territory_change")
// One pending change per territory (a partial unique index: decided changes stay as history).
@Index("UQ_territory_change_pending", ["territoryId"], { unique: true, where: `"status" = 'PENDING'` })
@Index(["territoryId", "requestedAt"])
@ObjectType({
  description:
    "A change of its name, codes or kind a territory asked for: pending until the Pôle's staff approve it (then applied) or reject it (with a reason). Visible to staff and that territory.",
})
export class TerritoryChange {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "territory_id", type: "uuid" })
  territoryId!: string;

  @ManyToOne(() => Territory, { onDelete: "CASCADE" })
  @JoinColumn({ name: "territory_id" })
  territory?: Territory;

  @Field(() => TerritoryChangeStatus, { description: "Where the change stands." })
  @Column({
    type: "enum",
    enum: TerritoryChangeStatus,
    enumName: "territory_change_status",
    default: TerritoryChangeStatus.PENDING,
  })
  status!: TerritoryChangeStatus;

  @Field(() => [String], {
    description: "The fields the change sets (among name, inseeCode, siren, kind, qpvCode, qpvCodes).",
  })
  @Column({ name: "changed_fields", type: "varchar", length: 20, array: true })
  changedFields!: TerritoryIdentityField[];

  @Field({ description: "Name the territory would have (French)." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "INSEE code the territory would have." })
  @Column({ name: "insee_code", type: "varchar", length: 5, nullable: true })
  inseeCode!: string | null;

  @Field(() => String, { nullable: true, description: "SIREN the territory would have." })
  @Column({ type: "varchar", length: 9, nullable: true })
  siren!: string | null;

  @Field(() => TerritoryKind, { description: "Administrative level the territory would have." })
  @Column({ type: "enum", enum: TerritoryKind, enumName: "territory_kind" })
  kind!: TerritoryKind;

  @Field(() => String, { nullable: true, description: "QPV code the territory would have." })
  @Column({ name: "qpv_code", type: "varchar", length: QPV_CODE_MAX_LENGTH, nullable: true })
  qpvCode!: string | null;

  @Field(() => [String], { description: "QPV codes the territory would have." })
  @Column({ name: "qpv_codes", type: "varchar", length: QPV_CODE_MAX_LENGTH, array: true, default: "{}" })
  qpvCodes!: string[];

  @Field({ description: "When the territory asked for it (its latest request when it added to it)." })
  @Column({ name: "requested_at", type: "timestamptz", default: () => "now()" })
  requestedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: "When staff approved or rejected it; null while pending.",
  })
  @Column({ name: "decided_at", type: "timestamptz", nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why staff rejected it (French); null otherwise." })
  @Column({ name: "rejection_reason", type: "text", nullable: true })
  rejectionReason!: string | null;
}
