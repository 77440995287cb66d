import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";

/** A meeting of the steering committee; its decisions hang from it. */
@Entity("steering_committee_meeting")
@Index(["heldOn"])
@ObjectType({ description: "A meeting of the steering committee." })
export class SteeringCommitteeMeeting {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => LocalDate, { description: "Day of the meeting." })
  @Column({ name: "held_on", type: "date" })
  heldOn!: IsoDate;

  @Field(() => String, { nullable: true, description: "Where it met." })
  @Column({ type: "varchar", length: 200, nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true, description: "Summary of the discussions (French)." })
  @Column({ type: "text", nullable: true })
  summary!: string | null;
}
