import { Field, ID, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { formerNameOf, LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { BodyKind } from "./governance.enums";

/** A body represented on the steering committee (comité de pilotage); one seat in force chairs it. */
@Entity("steering_committee_seat")
@Index(["isChair"], { unique: true, where: `"is_chair" AND "until" IS NULL` })
@Check(`"until" IS NULL OR "until" >= "since"`)
@ObjectType({ description: "A body represented on the steering committee." })
export class SteeringCommitteeSeat {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "Name of the body, e.g. « Ville de Dijon »." })
  @Column({ name: "body_name", type: "varchar", length: 200 })
  bodyName!: string;

  @Field(() => BodyKind, { description: "Kind of body." })
  @Column({ name: "body_kind", type: "enum", enum: BodyKind, enumName: "body_kind" })
  bodyKind!: BodyKind;

  @Field({ description: "Whether this body chairs the committee." })
  @Column({ name: "is_chair", type: "boolean", default: false })
  isChair!: boolean;

  @Field(() => LocalDate, formerNameOf("startsOn", "Since when the body sits."))
  @Column({ type: "date" })
  since!: IsoDate;

  @Field(() => LocalDate, {
    nullable: true,
    ...formerNameOf("endsOn", "Last day it sat; null while it sits."),
  })
  @Column({ type: "date", nullable: true })
  until!: IsoDate | null;

  @Field(() => LocalDate, { description: "First day the body sits (days are named …On)." })
  get startsOn(): IsoDate {
    return this.since;
  }

  @Field(() => LocalDate, { nullable: true, description: "Last day it sat; null while it sits." })
  get endsOn(): IsoDate | null {
    return this.until;
  }
}
