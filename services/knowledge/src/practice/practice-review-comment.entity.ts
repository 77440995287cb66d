import { Field, ID, ObjectType } from "type-graphql";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { Practice } from "./practice.entity";

@Entity("practice_review_comment")
@Index(["practiceId", "createdAt"])
@ObjectType({
  description:
    "A reviewer's comment on a practice, left when it was returned to draft: what to change before it is submitted again.",
})
export class PracticeReviewComment {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "practice_id", type: "uuid" })
  practiceId!: string;

  @ManyToOne(() => Practice, { onDelete: "CASCADE" })
  @JoinColumn({ name: "practice_id" })
  practice?: Practice;

  @Field({
    description:
      "Role of the author: staff (the Pôle's reviewers) or territory (the practice's own territory pulling it back).",
  })
  @Column({ name: "author_role", type: "varchar", length: 20 })
  authorRole!: string;

  /** The author's token subject, for the audit; not exposed (a person's account). */
  @Column({ name: "author_subject", type: "varchar", length: 200 })
  authorSubject!: string;

  @Field({ description: "The comment (French)." })
  @Column({ type: "text" })
  comment!: string;

  @Field({ description: "When the comment was left." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
