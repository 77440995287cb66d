import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { ActionKind } from "./action-kind.enum";

@Entity("neighbourhood_action")
@Check("CHK_neighbourhood_action_qpv_code", `"qpv_code" ~ '^QP[0-9]{6}$'`)
@Check("CHK_neighbourhood_action_dates", `"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@Check(
  "CHK_neighbourhood_action_counts",
  `"inhabitants_reached" >= 0 AND "session_count" >= 0 AND "hours" >= 0`,
)
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

  @Field(() => String, {
    nullable: true,
    description:
      "Code of the priority neighbourhood (quartier prioritaire de la politique de la ville): QP and 6 digits, e.g. QP021003.",
  })
  @Column({ name: "qpv_code", type: "varchar", length: 8, nullable: true })
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

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
