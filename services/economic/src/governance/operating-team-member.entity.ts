import { Authorized, Field, ID, ObjectType } from "type-graphql";
import { Check, Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { LocalDate, type AccessRule, type IsoDate } from "@pole/subgraph-kit";

/** An employee of the association's operating team (la cellule opérationnelle d'animation). */
@Entity("operating_team_member")
@Check(`"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@ObjectType({ description: "An employee of the Pôle's operating team." })
export class OperatingTeamMember {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Authorized<AccessRule>("staff", "member")
  @Field(() => String, {
    nullable: true,
    description: "Full name: a person's name, for staff and members only.",
  })
  @Column({ name: "full_name", type: "varchar", length: 200 })
  fullName!: string;

  @Field({ description: "Job title (French), e.g. « Chargée de développement »." })
  @Column({ name: "job_title", type: "varchar", length: 200 })
  jobTitle!: string;

  @Field(() => LocalDate, { description: "First day in the team." })
  @Column({ name: "starts_on", type: "date" })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day in the team; null while in post." })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn!: IsoDate | null;
}
