import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { ServiceOffering } from "../service-offering/service-offering.entity";

/** A custom professional training (formation-action): one or more sessions, attended by members. */
@Entity("training")
@ObjectType({ description: "A custom professional training the Pôle organises for its members." })
export class Training {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "offering_id", type: "uuid" })
  offeringId!: string;

  @ManyToOne(() => ServiceOffering, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "offering_id" })
  offering?: ServiceOffering;

  @Field({ description: "Title of the training (French)." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: "Content and aims (French)." })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Trainer or training body." })
  @Column({ type: "varchar", length: 200, nullable: true })
  trainer!: string | null;
}
