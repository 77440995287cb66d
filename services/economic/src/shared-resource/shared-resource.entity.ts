import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { centsToEuros } from "@pole/subgraph-kit";
import { bigintCents } from "../money";
import { SharedResourceKind } from "./shared-resource-kind.enum";

/** A room or a piece of equipment the members share and book by the hour. */
@Entity("shared_resource")
@ObjectType({ description: "A shared room or piece of equipment members book by the hour." })
export class SharedResource {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => SharedResourceKind, { description: "Room or equipment." })
  @Column({ type: "enum", enum: SharedResourceKind, enumName: "shared_resource_kind" })
  kind!: SharedResourceKind;

  @Field({ description: "Name (French), unique." })
  @Column({ type: "varchar", length: 200, unique: true })
  name!: string;

  @Field(() => String, { nullable: true, description: "What it is and holds (French)." })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => Int, { nullable: true, description: "Seats, for a room." })
  @Column({ type: "int", nullable: true })
  capacity!: number | null;

  @Column({ name: "member_hourly_rate_cents", type: "bigint", transformer: bigintCents })
  memberHourlyRateCents!: number;

  @Column({ name: "public_hourly_rate_cents", type: "bigint", nullable: true, transformer: bigintCents })
  publicHourlyRateCents!: number | null;

  @Field(() => Float, { description: "Rate per hour for members, in euros." })
  get memberHourlyRate(): number {
    return centsToEuros(this.memberHourlyRateCents);
  }

  @Field(() => Float, {
    nullable: true,
    description: "Rate per hour for others, in euros; null when not hired out.",
  })
  get publicHourlyRate(): number | null {
    return this.publicHourlyRateCents === null ? null : centsToEuros(this.publicHourlyRateCents);
  }
}
