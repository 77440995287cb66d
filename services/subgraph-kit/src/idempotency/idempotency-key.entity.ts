import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * A mutation request applied under an `Idempotency-Key`, per caller: inserted in the mutation's own
 * transaction (so no write is committed without it), its answer stored once the answer is ready. A retry
 * with the same key gets that answer back instead of running the mutation again. Rows older than 24 hours
 * are ignored and purged. Every subgraph keeps its own in its own database (table `idempotency_key`).
 */
@Entity("idempotency_key")
@Index(["createdAt"])
export class IdempotencyKey {
  /** Who sent it: the token's subject (`sub:…`) or, anonymous, the client's address (`ip:…`). */
  @PrimaryColumn({ type: "varchar", length: 300 })
  caller!: string;

  /** The key as the subgraph received it (the gateway adds `#2`, `#3` to a subgraph's later parts). */
  @PrimaryColumn({ type: "varchar", length: 120 })
  key!: string;

  /** SHA-256 (hex) of the request's operation and variables: the same key for another request is CONFLICT. */
  @Column({ name: "request_hash", type: "char", length: 64 })
  requestHash!: string;

  /** The answer sent (data and errors); null until it is stored, right after the transaction commits. */
  @Column({ type: "jsonb", nullable: true })
  response!: Record<string, unknown> | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
