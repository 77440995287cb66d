import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * One successful mutation's change to one record, written in the same transaction as the change. Every
 * subgraph keeps its own trail in its own database (table `audit_entry`).
 */
@Entity("audit_entry")
@Index(["recordType", "recordId"])
@Index(["occurredAt"])
@ObjectType({
  description:
    "A change made by a successful mutation: who, what, when, which record (staff; a subgraph's audit-trail query may open the entries of their own records to other roles).",
})
@Directive("@shareable")
export class AuditEntry {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "When the mutation ran." })
  @CreateDateColumn({ name: "occurred_at", type: "timestamptz" })
  occurredAt!: Date;

  @Field({ description: "The mutation that made the change, e.g. createMember." })
  @Column({ type: "varchar", length: 100 })
  operation!: string;

  @Field({ description: "Type of the record changed, e.g. Member." })
  @Column({ name: "record_type", type: "varchar", length: 100 })
  recordType!: string;

  @Field({ description: "Id of the record changed." })
  @Column({ name: "record_id", type: "varchar", length: 100 })
  recordId!: string;

  @Field({
    description:
      "Subject (`sub` claim) of the caller's token; `anonymous` without one. Staff read every subject; another role reads its own, and for the others only their role (e.g. `staff`).",
  })
  @Column({ name: "actor_subject", type: "varchar", length: 200 })
  actorSubject!: string;

  @Field(() => String, { nullable: true, description: "Role of the caller; null when anonymous." })
  @Column({ name: "actor_role", type: "varchar", length: 20, nullable: true })
  actorRole!: string | null;

  @Field(() => String, { nullable: true, description: "Member the caller acted for (member tokens)." })
  @Column({ name: "actor_member_id", type: "uuid", nullable: true })
  actorMemberId!: string | null;

  @Field(() => String, { nullable: true, description: "Territory the caller acted for (territory tokens)." })
  @Column({ name: "actor_territory_id", type: "uuid", nullable: true })
  actorTerritoryId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The partner whose router sent the mutation with its partner key (e.g. besancon-planoise); null through the Pôle's gateway.",
  })
  @Column({ type: "varchar", length: 60, nullable: true })
  partner!: string | null;
}
