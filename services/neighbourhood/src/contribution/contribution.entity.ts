import { Field, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { ProjectPhase } from "../project-phase/project-phase.entity";
import { ContributionStatus } from "./contribution-status.enum";

/** Bounds of a contribution's text and display name (characters, after trimming). */
export const CONTRIBUTION_BODY_LENGTH = { min: 10, max: 2000 } as const;
export const DISPLAY_NAME_LENGTH = { min: 2, max: 60 } as const;

/**
 * An inhabitant's contribution to a phase of a participatory project: a display name the inhabitant chose
 * and a text. Nothing else about its author is kept: no account, no contact data, no address (not even the
 * client's network address).
 */
@Entity("contribution")
@Check(
  "CHK_contribution_lengths",
  `char_length("display_name") BETWEEN 2 AND 60 AND char_length("body") BETWEEN 10 AND 2000`,
)
@Check("CHK_contribution_hidden_reason", `"status" <> 'HIDDEN' OR "moderation_reason" IS NOT NULL`)
@Check("CHK_contribution_vote_count", `"vote_count" >= 0`)
@Index(["phaseId", "status"])
@ObjectType({
  description:
    "An inhabitant's contribution to a phase of a participatory project: a display name the inhabitant chose and a text — no other data about its author. Hidden contributions and those awaiting moderation are visible to staff only.",
})
export class Contribution {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "phase_id", type: "uuid" })
  phaseId!: string;

  @ManyToOne(() => ProjectPhase, { onDelete: "CASCADE" })
  @JoinColumn({ name: "phase_id" })
  phase?: ProjectPhase;

  @Field({
    description:
      "The name the inhabitant chose to sign with (a pseudonym is welcome), e.g. « Une voisine de l'escalier B ».",
  })
  @Column({ name: "display_name", type: "varchar", length: DISPLAY_NAME_LENGTH.max })
  displayName!: string;

  @Field({ description: "The contribution's text (French, 10 to 2000 characters)." })
  @Column({ type: "text" })
  body!: string;

  @Field({ description: "When it was submitted." })
  @Column({ name: "submitted_at", type: "timestamptz", default: () => "now()" })
  submittedAt!: Date;

  @Field(() => ContributionStatus, { description: "Published, awaiting moderation, or hidden by it." })
  @Column({
    type: "enum",
    enum: ContributionStatus,
    enumName: "contribution_status",
    default: ContributionStatus.PUBLISHED,
  })
  status!: ContributionStatus;

  /** Staff only: see ContributionResolver. */
  @Column({ name: "moderation_reason", type: "varchar", length: 500, nullable: true })
  moderationReason!: string | null;

  /** Staff only: see ContributionResolver. */
  @Column({ name: "moderated_at", type: "timestamptz", nullable: true })
  moderatedAt!: Date | null;

  @Field(() => Int, {
    description: "Votes the contribution received (at most one per client and contribution).",
  })
  @Column({ name: "vote_count", type: "int", default: 0 })
  voteCount!: number;

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;
}
