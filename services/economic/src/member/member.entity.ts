import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { LocalDate, type IsoDate, type OwnedResource } from "@pole/subgraph-kit";
import { Activity, LegalForm, MembershipKind } from "./member.enums";

@Entity("member")
@ObjectType({
  description: "A member structure of the Pôle: a cultural or creative enterprise or organisation.",
})
@Directive('@key(fields: "id")')
export class Member implements OwnedResource {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "Name of the structure." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => LegalForm, { description: "Legal form of the structure." })
  @Column({ name: "legal_form", type: "enum", enum: LegalForm, enumName: "legal_form" })
  legalForm!: LegalForm;

  @Field(() => [Activity], {
    description: "Activities of the structure in the cultural and creative sector.",
  })
  @Column({ type: "enum", enum: Activity, enumName: "activity", array: true, default: "{}" })
  activities!: Activity[];

  @Field(() => MembershipKind, {
    description: "Installed in the Boutaric building, or associated elsewhere.",
  })
  @Column({ name: "membership_kind", type: "enum", enum: MembershipKind, enumName: "membership_kind" })
  membershipKind!: MembershipKind;

  @Field(() => LocalDate, { description: "Date the structure joined the Pôle." })
  @Column({ name: "joined_on", type: "date" })
  joinedOn!: IsoDate;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Date the structure left the Pôle; null while a member.",
  })
  @Column({ name: "left_on", type: "date", nullable: true })
  leftOn!: IsoDate | null;

  @Field(() => String, { nullable: true, description: "Public presentation of the structure (French)." })
  @Column({ name: "public_description", type: "text", nullable: true })
  publicDescription!: string | null;

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;

  owners() {
    return { memberId: this.id };
  }
}
