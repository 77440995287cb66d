import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** Events partners' webhooks receive. */
export type WebhookEvent = "practicePublished";

/**
 * One event to deliver to one partner's webhook: the outbox, written in the transaction of the change it
 * announces (so no event without its change, and no change without its event), then POSTed by the
 * dispatcher until the partner accepts it or the attempts run out. Its id is the delivery id partners
 * deduplicate on: the same on every retry. Not in the API.
 */
@Entity("webhook_delivery")
@Index("IDX_webhook_delivery_pending", ["nextAttemptAt"], {
  where: `"delivered_at" IS NULL AND "failed_at" IS NULL`,
})
export class WebhookDelivery {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  /** The partner's name (its key signs the delivery, its configured address receives it). */
  @Column({ type: "varchar", length: 60 })
  partner!: string;

  @Column({ type: "varchar", length: 60 })
  event!: WebhookEvent;

  /** What the event says (e.g. the practice published), sent as `data`. */
  @Column({ type: "jsonb" })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  /** Attempts made so far. */
  @Column({ type: "int", default: 0 })
  attempts!: number;

  /** When the next attempt is due (also the end of a replica's claim while it delivers). */
  @Column({ name: "next_attempt_at", type: "timestamptz", default: () => "now()" })
  nextAttemptAt!: Date;

  @Column({ name: "delivered_at", type: "timestamptz", nullable: true })
  deliveredAt!: Date | null;

  /** When the dispatcher gave up (attempts exhausted); `lastError` says why the last one failed. */
  @Column({ name: "failed_at", type: "timestamptz", nullable: true })
  failedAt!: Date | null;

  /** What went wrong the last time (HTTP status, timeout, refused connection); never the response body. */
  @Column({ name: "last_error", type: "varchar", length: 300, nullable: true })
  lastError!: string | null;
}
