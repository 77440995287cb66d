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
import { LocalDate, QPV_CODE_MAX_LENGTH, qpvCodeCheck, type IsoDate } from "@pole/subgraph-kit";
import { ParticipatoryProject } from "../participatory-project/participatory-project.entity";
import { ActionKind } from "./action-kind.enum";
import { ActionPlaceKind } from "./action-place-kind.enum";
import { ActionStatus } from "./action-status.enum";

@Entity("neighbourhood_action")
// Indexes on the folded title (trigrams, for titleContains) and place, created by the accent-folding
// migration; declared here, unsynchronized, so that schema checks leave them alone.
@Index("IDX_neighbourhood_action_title_folded", { synchronize: false })
@Index("IDX_neighbourhood_action_place_folded", { synchronize: false })
@Check("CHK_neighbourhood_action_qpv_code", qpvCodeCheck("qpv_code"))
@Check("CHK_neighbourhood_action_dates", `"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@Check(
  "CHK_neighbourhood_action_counts",
  `"inhabitants_reached" >= 0 AND "session_count" >= 0 AND "hours" >= 0`,
)
@Check("CHK_neighbourhood_action_done_has_end", `"status" <> 'DONE' OR "ends_on" IS NOT NULL`)
@Check(
  "CHK_neighbourhood_action_cancellation_reason",
  `"cancellation_reason" IS NULL OR "status" = 'CANCELLED'`,
)
@Index(["startsOn"])
@Index(["participatoryProjectId"])
@ObjectType({
  description:
    "An action of the Pôle with and for the inhabitants of the Grésilles priority neighbourhood (Dijon), led by member structures.",
})
@Directive('@key(fields: "id")')
export class NeighbourhoodAction {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => ActionKind, { description: "Kind of action." })
  @Column({ type: "enum", enum: ActionKind, enumName: "action_kind" })
  kind!: ActionKind;

  @Field({ description: "Title of the action (French)." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field({ description: "What the action is and who it is for, with its partners (French)." })
  @Column({ type: "text" })
  description!: string;

  @Field(() => LocalDate, { description: "First day of the action." })
  @Column({ name: "starts_on", type: "date" })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day of the action; null while it goes on." })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn!: IsoDate | null;

  @Field({ description: "Where it takes place, e.g. « Immeuble Boutaric », « Esplanade Boutaric »." })
  @Column({ type: "varchar", length: 200 })
  place!: string;

  @Field(() => ActionPlaceKind, {
    description: "Which part of the neighbourhood: the Boutaric building, the Esplanade, or elsewhere.",
  })
  @Column({ name: "place_kind", type: "enum", enum: ActionPlaceKind, enumName: "action_place_kind" })
  placeKind!: ActionPlaceKind;

  @Field(() => String, {
    nullable: true,
    description:
      "Code of the priority neighbourhood (quartier prioritaire de la politique de la ville): QN + 6 or 7 characters in the 2024 geography (e.g. QN02501M), QP + 6 digits in the 2015 one (e.g. QP021003).",
  })
  @Column({ name: "qpv_code", type: "varchar", length: QPV_CODE_MAX_LENGTH, nullable: true })
  qpvCode!: string | null;

  @Field(() => Int, {
    description: "Inhabitants who took part (an aggregate count: no personal data is kept).",
  })
  @Column({ name: "inhabitants_reached", type: "int", default: 0 })
  inhabitantsReached!: number;

  @Field(() => Int, { description: "Number of sessions (ateliers, performances, meetings) held." })
  @Column({ name: "session_count", type: "int", default: 0 })
  sessionCount!: number;

  @Field(() => Int, { description: "Hours of activity with the inhabitants, summed over the sessions." })
  @Column({ type: "int", default: 0 })
  hours!: number;

  @Field(() => [String], {
    description:
      "Partner organisations (names of organisations, never of people), e.g. « Plateforme dynamique de l'emploi », « Dijon Habitat ».",
  })
  @Column({ type: "varchar", length: 200, array: true, default: "{}" })
  partners!: string[];

  @Field(() => ActionStatus, { description: "Planned, running, done or cancelled." })
  @Column({ type: "enum", enum: ActionStatus, enumName: "action_status", default: ActionStatus.PLANNED })
  status!: ActionStatus;

  @Field(() => String, {
    nullable: true,
    description: "Why the action was cancelled (French); null unless it was.",
  })
  @Column({ name: "cancellation_reason", type: "varchar", length: 500, nullable: true })
  cancellationReason!: string | null;

  /** The participatory project the action belongs to, if any (see the `participatoryProject` field). */
  @Column({ name: "participatory_project_id", type: "uuid", nullable: true })
  participatoryProjectId!: string | null;

  @ManyToOne(() => ParticipatoryProject, { onDelete: "SET NULL" })
  @JoinColumn({ name: "participatory_project_id" })
  participatoryProject?: ParticipatoryProject;

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
