import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Contribution } from "./contribution.entity";

/**
 * One vote for a contribution. The voter is kept only as `voter_hash`: an HMAC-SHA256, under a server
 * secret, of the contribution's id and the client's network address. It lets the database refuse a second
 * vote from the same client for the same contribution (primary key), cannot be reversed without the secret,
 * and cannot link one client's votes across contributions. Never exposed through the API.
 */
@Entity("contribution_vote")
export class ContributionVote {
  @PrimaryColumn({ name: "contribution_id", type: "uuid" })
  contributionId!: string;

  @PrimaryColumn({ name: "voter_hash", type: "char", length: 64 })
  voterHash!: string;

  @ManyToOne(() => Contribution, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contribution_id" })
  contribution?: Contribution;

  @Column({ name: "voted_at", type: "timestamptz", default: () => "now()" })
  votedAt!: Date;
}
